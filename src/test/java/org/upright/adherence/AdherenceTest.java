package org.upright.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.adherence.Fixtures.march;
import static org.upright.adherence.Fixtures.marchDays;
import static org.upright.adherence.Fixtures.plan;
import static org.upright.adherence.Fixtures.rated;
import static org.upright.adherence.Fixtures.running;
import static org.upright.adherence.Fixtures.stretches;
import static org.upright.adherence.Fixtures.walks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.logging.DayActivity;
import org.upright.program.Pause;
import org.upright.program.Prescribed;
import org.upright.program.ProgramSpan;

class AdherenceTest {

    private static ProgramFigures figures(ProgramSpan span, DayActivity... activities) {
        return new ProgramFigures(span, List.of(activities));
    }

    @Test
    void adherence_is_credited_sessions_over_due_sessions() {
        // W = 2, S = 1 → due 3 a day.
        // Mon 3: 2 walks + 1 stretch → 2+1 = 3.  Tue 4: 1 walk → 1+0 = 1.  Wed 5: 1 stretch → 0+1 = 1.
        // 5 / 9.
        var figures = figures(
                running(march(3), plan(march(3), 2, 15, 1)),
                new DayActivity(march(3), 2, 1, 30, 0, 0),
                walks(march(4), 1, 15),
                stretches(march(5), 1));

        assertThat(figures.adherence(marchDays(3, 6)).getAsDouble()).isEqualTo(5.0 / 9);
    }

    @Test
    void extra_walks_never_make_up_for_a_missed_day() {
        // W = 2. Mon 3: 4 walks → min(4,2) = 2. Tue 4: none → 0. 2 / 4 = 50 %, not 100 %.
        var figures = figures(running(march(3), plan(march(3), 2, 15, 0)), walks(march(3), 4, 60));

        assertThat(figures.adherence(marchDays(3, 5)).getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void extra_stretch_sessions_never_make_up_for_missed_walks() {
        // W = 2, S = 1. 3 stretch sessions, no walk → min(0,2) + min(3,1) = 1; due 3 → 1/3.
        var figures = figures(running(march(3), plan(march(3), 2, 15, 1)), stretches(march(3), 3));

        assertThat(figures.adherence(marchDays(3, 4)).getAsDouble()).isEqualTo(1.0 / 3);
    }

    @Test
    void four_of_five_is_adherent() {
        // W = 1 for Mon 3 … Fri 7, walked on four of them → 4/5 = 0.8 ≥ ADHERENT.
        var figures = figures(
                running(march(3), plan(march(3), 1, 15, 0)),
                walks(march(3), 1, 15),
                walks(march(4), 1, 15),
                walks(march(6), 1, 15),
                walks(march(7), 1, 15));

        assertThat(figures.adherence(marchDays(3, 8)).getAsDouble())
                .isEqualTo(0.8)
                .isGreaterThanOrEqualTo(ProgramFigures.ADHERENT);
    }

    @Test
    void a_late_log_counts_for_the_day_it_is_dated() {
        // W = 2. On Wed 5 the patient logs a walk they did on Mon 3: it arrives as a second activity
        // dated Mon 3 and adds to the walk already logged that day → Mon 3: min(2,2) = 2 of 2.
        var figures = figures(
                running(march(3), plan(march(3), 2, 15, 0)),
                walks(march(3), 1, 15),
                walks(march(5), 2, 30),
                walks(march(3), 1, 15));

        assertThat(figures.adherence(marchDays(3, 4)).getAsDouble()).isEqualTo(1.0);
        // Tue 4 stays missed: 0/2.
        assertThat(figures.adherence(marchDays(4, 5)).getAsDouble()).isEqualTo(0.0);
    }

    @Test
    void a_day_activity_date_is_taken_as_given() {
        // 04:30 UTC on 5 March is 23:30 on 4 March in New York; the caller maps it to the local day.
        var zone = ZoneId.of("America/New_York");
        LocalDate localDay = LocalDate.ofInstant(Instant.parse("2025-03-05T04:30:00Z"), zone);
        var figures = figures(running(march(3), plan(march(3), 1, 15, 0)), walks(localDay, 1, 15));

        assertThat(figures.adherence(marchDays(4, 5)).getAsDouble()).isEqualTo(1.0);
        assertThat(figures.adherence(marchDays(5, 6)).getAsDouble()).isEqualTo(0.0);
    }

    @Test
    void a_period_with_nothing_prescribed_has_no_adherence() {
        // Program starts Mon 10, paused [Wed 12, Sat 15). Activity on unprescribed days changes nothing.
        var figures = figures(
                new ProgramSpan(
                        march(10), null, List.of(plan(march(10), 1, 15, 0)), List.of(new Pause(march(12), march(15)))),
                walks(march(5), 3, 45),
                walks(march(13), 1, 15));

        assertThat(figures.adherence(marchDays(3, 10))).isEmpty();
        assertThat(figures.adherence(marchDays(12, 15))).isEmpty();
        assertThat(figures.adherence(marchDays(10, 10))).isEmpty();
        assertThat(figures.consistency(marchDays(12, 15))).isEmpty();
        assertThat(figures.walkingDose(marchDays(12, 15))).isEmpty();
    }

    @Test
    void consistency_is_the_share_of_prescribed_days_with_any_session_done() {
        // W = 3, program [Mon 3, Fri 7) → 4 prescribed days.
        // Mon 3: 1 walk (yes). Tue 4: nothing (no). Wed 5: a stretch session only (yes — any session).
        // Thu 6: 5 walks (yes). Sat 8 is outside the program and does not count. → 3/4.
        var figures = figures(
                new ProgramSpan(march(3), march(7), List.of(plan(march(3), 3, 10, 0)), List.of()),
                walks(march(3), 1, 10),
                stretches(march(5), 1),
                walks(march(6), 5, 50),
                walks(march(8), 1, 10));

        assertThat(figures.consistency(marchDays(3, 10)).getAsDouble()).isEqualTo(0.75);
    }

    @Test
    void walking_dose_caps_each_day_at_the_prescribed_minutes() {
        // W = 2 × 15 min = 30 a day until Thu 6; from Thu 6 only 1 stretch session (W = 0).
        // Mon 3: 45 min → 30. Tue 4: 10 min → 10. Wed 5: 0 → 0. Σ 40 / Σ 90.
        // Thu 6: W = 0 → adds 0 to both sums, its 20 walk minutes do not count.
        var figures = figures(
                running(march(3), plan(march(3), 2, 15, 0), plan(march(6), 0, 15, 1)),
                walks(march(3), 3, 45),
                walks(march(4), 1, 10),
                walks(march(6), 1, 20));

        assertThat(figures.walkingDose(marchDays(3, 7)).getAsDouble()).isEqualTo(40.0 / 90);
        // Thu 6 alone: prescribed (S = 1), so adherence exists, but there is no walking dose.
        assertThat(figures.adherence(marchDays(6, 7))).isPresent();
        assertThat(figures.walkingDose(marchDays(6, 7))).isEmpty();
    }

    @Test
    void days_lists_one_entry_per_day_for_the_calendar() {
        // W = 2 × 10 min, S = 1, start Mon 3.
        // Sun 2 (before start): 5 walk minutes, nothing prescribed → credited 0, due 0.
        // Mon 3: 3 walks (35 min) + 1 stretch, ratings 2 and 4 → credited 2+1 = 3, due 3, discomfort 3.0.
        // Tue 4: nothing → credited 0, due 3, no discomfort.
        var figures = figures(
                running(march(3), plan(march(3), 2, 10, 1)),
                walks(march(2), 1, 5),
                walks(march(3), 3, 35),
                rated(march(3), 2, 4));

        assertThat(figures.days(marchDays(2, 5)))
                .containsExactly(
                        new DayFigures(march(2), null, 0, 0, 5, null),
                        new DayFigures(march(3), new Prescribed(2, 1, 10), 3, 3, 35, 3.0),
                        new DayFigures(march(4), new Prescribed(2, 1, 10), 0, 3, 0, null));
    }

    @Test
    void a_long_range_sums_over_every_day() {
        // W = 1 all of March from Mon 3 (29 days), one walk every second day starting Mon 3 → 15 of 29.
        var activities = new ArrayList<DayActivity>();
        for (int d = 3; d <= 31; d += 2) {
            activities.add(walks(march(d), 1, 15));
        }
        var figures = new ProgramFigures(running(march(3), plan(march(3), 1, 15, 0)), activities);

        assertThat(figures.adherence(new DateRange(march(1), LocalDate.of(2025, 4, 1)))
                        .getAsDouble())
                .isEqualTo(15.0 / 29);
    }
}
