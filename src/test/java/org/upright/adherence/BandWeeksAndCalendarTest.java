package org.upright.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.upright.adherence.Fixtures.march;
import static org.upright.adherence.Fixtures.marchDays;
import static org.upright.adherence.Fixtures.plan;
import static org.upright.adherence.Fixtures.running;
import static org.upright.adherence.Fixtures.walks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.logging.DayActivity;

class BandWeeksAndCalendarTest {

    // A change is meaningful at ≥ 2 points OR ≥ 30 % of the baseline, so the band of no meaningful
    // change is as wide as the nearer of the two edges.

    @Test
    void the_band_is_thirty_percent_either_side_of_a_low_baseline() {
        // baseline 4: 0.3 × 4 = 1.2 < 2 → 4 ± 1.2 = [2.8, 5.2]; a mean of 5.2 is already a rise
        var band = ProgramFigures.band(4);
        assertThat(band.low()).isCloseTo(2.8, within(1e-9));
        assertThat(band.high()).isCloseTo(5.2, within(1e-9));
        assertThat(ProgramFigures.meaningfulChange(4, 5.2)).isTrue();
        assertThat(ProgramFigures.meaningfulChange(4, 5.1)).isFalse();
    }

    @Test
    void the_band_is_two_points_either_side_of_a_high_baseline() {
        // baseline 8: 0.3 × 8 = 2.4 > 2 → 8 ± 2 = [6, 10]
        var band = ProgramFigures.band(8);
        assertThat(band.low()).isEqualTo(6.0);
        assertThat(band.high()).isEqualTo(10.0);
    }

    @Test
    void a_baseline_of_zero_gets_two_points_above() {
        var band = ProgramFigures.band(0);
        assertThat(band.high()).isEqualTo(2.0);
    }

    @Test
    void the_clinics_own_thresholds_move_the_band_and_the_change_test() {
        // 3 points, 50 %: baseline 8 → half width min(3, 4) = 3
        var band = ProgramFigures.band(8, 3, 0.5);
        assertThat(band.low()).isEqualTo(5.0);
        assertThat(band.high()).isEqualTo(11.0);
        assertThat(ProgramFigures.meaningfulChange(8, 10.5, 3, 0.5)).isFalse();
        assertThat(ProgramFigures.meaningfulChange(8, 11, 3, 0.5)).isTrue();
        assertThat(ProgramFigures.meaningfulChange(8, 10, 2, 0.3)).isTrue();
    }

    @Test
    void weekly_figures_are_whole_iso_weeks() {
        // One walk a day from Sat 1 March. Period Sat 1 … Sun 16, today Mon 17 (the period ends yesterday).
        // Week of Mon 24 Feb: only Sat 1 and Sun 2 are prescribed (the program starts on Sat 1); walked on
        // Sat → adherence 1/2, consistency 1/2. Week of Mon 3: walked Mon–Thu (4 of 7) → 4/7 both.
        // Week of Mon 10: nothing → 0 both. Every week is finished on Mon 17.
        var figures = new ProgramFigures(
                running(march(1), plan(march(1), 1, 30, 0)),
                List.of(
                        walks(march(1), 1, 30),
                        walks(march(3), 1, 30),
                        walks(march(4), 2, 60),
                        walks(march(5), 1, 30),
                        walks(march(6), 1, 30)));

        var weeks = figures.weeks(marchDays(1, 17), march(17));

        assertThat(weeks).hasSize(3);
        assertThat(weeks.get(0).monday()).isEqualTo(java.time.LocalDate.of(2025, 2, 24));
        assertThat(weeks.get(0).adherence().getAsDouble()).isEqualTo(0.5);
        assertThat(weeks.get(0).consistency().getAsDouble()).isEqualTo(0.5);
        assertThat(weeks.get(1).monday()).isEqualTo(march(3));
        assertThat(weeks.get(1).adherence().getAsDouble()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(weeks.get(1).consistency().getAsDouble()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(weeks.get(2).adherence().getAsDouble()).isEqualTo(0.0);
        assertThat(weeks).noneMatch(ProgramFigures.WeekFigures::unfinished);
    }

    @Test
    void a_period_is_widened_to_whole_weeks_and_the_current_week_counts_its_finished_days() {
        // One walk a day from Sat 1 March; walked Mon 3, Tue 4 (twice), Wed 5, Thu 6 and Mon 10. Today Wed 12.
        // The period Wed 5 … Tue 11 is widened to the week of Mon 3 (3–9, Mon 3 and Tue 4 included):
        // 4 of 7 → 4/7. The week of Mon 10 counts Mon 10 and Tue 11 only (today is not finished):
        // 1 of 2 → 1/2, and it is marked unfinished.
        var figures = new ProgramFigures(
                running(march(1), plan(march(1), 1, 30, 0)),
                List.of(
                        walks(march(3), 1, 30),
                        walks(march(4), 2, 60),
                        walks(march(5), 1, 30),
                        walks(march(6), 1, 30),
                        walks(march(10), 1, 30)));

        var weeks = figures.weeks(marchDays(5, 12), march(12));

        assertThat(weeks).extracting(ProgramFigures.WeekFigures::monday).containsExactly(march(3), march(10));
        assertThat(weeks.get(0).adherence().getAsDouble()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(weeks.get(0).unfinished()).isFalse();
        assertThat(weeks.get(1).adherence().getAsDouble()).isEqualTo(0.5);
        assertThat(weeks.get(1).consistency().getAsDouble()).isEqualTo(0.5);
        assertThat(weeks.get(1).unfinished()).isTrue();
    }

    @Test
    void a_week_before_the_program_has_no_adherence() {
        var figures = new ProgramFigures(running(march(10), plan(march(10), 1, 30, 0)), List.of());
        var weeks = figures.weeks(marchDays(3, 10), march(10));
        assertThat(weeks).hasSize(1);
        assertThat(weeks.get(0).adherence()).isEmpty();
        assertThat(weeks.get(0).consistency()).isEmpty();
    }

    @Test
    void calendar_days_are_shaded_by_completed_over_prescribed() {
        // 2 walks + 2 stretch sessions a day from Sat 1 (due 4).
        // Sat 1: nothing (0/4 → shade 0). Sun 2: 1 walk (1/4 → 1). Mon 3: 2 walks (2/4 → 2).
        // Tue 4: 3 walks + 2 stretches (2 + 2 = 4/4 → 3; the third walk earns nothing). 28 Feb: before the start (−1).
        var figures = new ProgramFigures(
                running(march(1), plan(march(1), 2, 30, 2)),
                List.of(walks(march(2), 1, 30), walks(march(3), 2, 60), new DayActivity(march(4), 3, 2, 90, 0, 0)));

        var days = figures.days(new DateRange(march(1).minusDays(1), march(5)));

        assertThat(days).extracting(DayFigures::shade).containsExactly(-1, 0, 1, 2, 3);
        assertThat(days.get(0).completion()).isNull();
        assertThat(days.get(2).completion()).isEqualTo(0.25);
        assertThat(days.get(4).completion()).isEqualTo(1.0);
    }

    @Test
    void the_missed_run_is_named_by_its_first_day() {
        // One walk a day from Sat 1; walked Sat 1 and Sun 2, nothing after. Today Fri 7:
        // missed Mon 3 … Thu 6 → the run starts on Mon 3, also when asked again on Sat 8.
        var figures = new ProgramFigures(
                running(march(1), plan(march(1), 1, 30, 0)), List.of(walks(march(1), 1, 30), walks(march(2), 1, 30)));

        assertThat(figures.missedPrescribedDaysInARow(march(7))).isEqualTo(4);
        assertThat(figures.missedRunStart(march(7))).isEqualTo(march(3));
        assertThat(figures.missedRunStart(march(8))).isEqualTo(march(3));
        assertThat(figures.missedRunStart(march(3))).isNull();
    }
}
