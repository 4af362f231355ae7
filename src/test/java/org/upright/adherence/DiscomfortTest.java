package org.upright.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.adherence.Fixtures.march;
import static org.upright.adherence.Fixtures.plan;
import static org.upright.adherence.Fixtures.rated;
import static org.upright.adherence.Fixtures.running;
import static org.upright.adherence.Fixtures.walks;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.logging.DayActivity;
import org.upright.program.ProgramSpan;

class DiscomfortTest {

    private static final ProgramSpan PROGRAM = running(march(1), plan(march(1), 1, 15, 1));

    private static ProgramFigures figures(List<DayActivity> activities) {
        return new ProgramFigures(PROGRAM, activities);
    }

    /** Seven baseline days, Sat 1 … Fri 7, each rated 3 → baseline 3.0. */
    private static List<DayActivity> baselineOfThree() {
        var activities = new ArrayList<DayActivity>();
        for (int d = 1; d <= 7; d++) {
            activities.add(rated(march(d), 3));
        }
        return activities;
    }

    private static List<DayActivity> with(List<DayActivity> activities, DayActivity... more) {
        var all = new ArrayList<>(activities);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void day_discomfort_is_the_mean_of_that_days_after_session_ratings() {
        // Ratings 3 and 6 → 4.5. A walk without a rating → no discomfort that day.
        var figures = figures(List.of(rated(march(3), 3, 6), walks(march(4), 1, 15)));

        assertThat(figures.dayDiscomfort(march(3)).getAsDouble()).isEqualTo(4.5);
        assertThat(figures.dayDiscomfort(march(4))).isEmpty();
        assertThat(figures.dayDiscomfort(march(5))).isEmpty();
    }

    @Test
    void baseline_needs_seven_rated_days_and_then_uses_only_the_first_seven() {
        // Day means: Sat 1: 2. Sun 2: (3+5)/2 = 4. Mon 3: walk, no rating. Tue 4: 3. Wed 5: 1. Thu 6: 5.
        // Fri 7: 2. That is 6 rated days → no baseline.
        // Given out of order on purpose: "first" means chronologically first.
        var sixDays = List.of(
                rated(march(7), 2),
                rated(march(1), 2),
                rated(march(2), 3, 5),
                walks(march(3), 1, 15),
                rated(march(4), 3),
                rated(march(5), 1),
                rated(march(6), 5));
        assertThat(figures(sixDays).baseline()).isEmpty();

        // Sat 8: 4 → 7 rated days: (2+4+3+1+5+2+4)/7 = 21/7 = 3.0 (mean of day means; pooling every
        // rating would give 25/8). Sun 9 rated 10 is an eighth day and does not move it.
        assertThat(figures(with(sixDays, rated(march(8), 4))).baseline().getAsDouble())
                .isEqualTo(3.0);
        assertThat(figures(with(sixDays, rated(march(8), 4), rated(march(9), 10)))
                        .baseline()
                        .getAsDouble())
                .isEqualTo(3.0);
    }

    @Test
    void seven_day_mean_needs_three_rated_days_in_the_last_seven_calendar_days() {
        // Today Mon 10 → window Tue 4 … Mon 10. Mon 3 (rated 9) is outside.
        // Rated in window: Tue 4: 2, Mon 10: 4 → only 2 days → none.
        var twoDays = List.of(rated(march(3), 9), rated(march(4), 2), rated(march(10), 4));
        assertThat(figures(twoDays).sevenDayMean(march(10))).isEmpty();

        // Add Fri 7 rated 5 and 6 → day mean 5.5 → (2 + 5.5 + 4)/3 = 11.5/3.
        assertThat(figures(with(twoDays, rated(march(7), 5, 6)))
                        .sevenDayMean(march(10))
                        .getAsDouble())
                .isEqualTo(11.5 / 3);
    }

    @Test
    void a_change_of_two_points_is_meaningful() {
        assertThat(ProgramFigures.meaningfulChange(5, 7)).isTrue(); // +2
        assertThat(ProgramFigures.meaningfulChange(5, 3)).isTrue(); // −2
        assertThat(ProgramFigures.meaningfulChange(10, 8)).isTrue(); // −2, only 20 % of 10
        assertThat(ProgramFigures.meaningfulChange(8, 6.1)).isFalse(); // 1.9 < 2 and < 30 % of 8 = 2.4
    }

    @Test
    void a_change_of_thirty_percent_of_a_non_zero_baseline_is_meaningful() {
        assertThat(ProgramFigures.meaningfulChange(3, 3.9)).isTrue(); // 0.9 = 30 % of 3, exactly on the line
        assertThat(ProgramFigures.meaningfulChange(3, 2.1)).isTrue(); // −0.9
        assertThat(ProgramFigures.meaningfulChange(3, 3.8)).isFalse(); // 0.8 < 0.9
        assertThat(ProgramFigures.meaningfulChange(1, 1.3)).isTrue(); // 0.3 = 30 % of 1
        assertThat(ProgramFigures.meaningfulChange(1, 1.2)).isFalse(); // 0.2 < 0.3
    }

    @Test
    void a_change_exactly_on_the_thirty_percent_line_is_meaningful_despite_rounding() {
        // Baseline days Sat 1 … Fri 7 rated 3,3,3,3,3,3,4 → 22/7. Window Sat 8 … Fri 14 rated 2,2,2,2,3 → 11/5.
        // Change 22/7 − 11/5 = (110 − 77)/35 = 33/35; 30 % of 22/7 = 6.6/7 = 33/35 → exactly on the line.
        // (In doubles the change comes out a hair below 0.3 × baseline.)
        var activities = new ArrayList<DayActivity>();
        for (int d = 1; d <= 6; d++) {
            activities.add(rated(march(d), 3));
        }
        activities.add(rated(march(7), 4));
        for (int d = 8; d <= 11; d++) {
            activities.add(rated(march(d), 2));
        }
        activities.add(rated(march(12), 3));

        assertThat(figures(activities).trend(march(14))).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void with_a_zero_baseline_only_two_points_are_meaningful() {
        assertThat(ProgramFigures.meaningfulChange(0, 1.9)).isFalse();
        assertThat(ProgramFigures.meaningfulChange(0, 2)).isTrue();
    }

    @Test
    void trend_is_unknown_without_a_baseline() {
        // Five rated days (Mon 10 … Fri 14) give a 7-day mean but no baseline.
        var activities = new ArrayList<DayActivity>();
        for (int d = 10; d <= 14; d++) {
            activities.add(rated(march(d), 8));
        }
        assertThat(figures(activities).trend(march(14))).isEqualTo(Trend.UNKNOWN);
    }

    @Test
    void trend_is_unknown_without_a_seven_day_mean() {
        // Baseline 3.0 from Sat 1 … Fri 7; today Fri 14 → window Sat 8 … Fri 14 has 2 rated days.
        var figures = figures(with(baselineOfThree(), rated(march(8), 9), rated(march(9), 9)));

        assertThat(figures.trend(march(14))).isEqualTo(Trend.UNKNOWN);
    }

    @Test
    void trend_is_rising_on_a_meaningful_rise() {
        // Baseline 3.0; window Sat 8 … Fri 14 rated 4, 4, 4 → mean 4; +1 ≥ 30 % of 3 = 0.9 → rising.
        var figures = figures(with(baselineOfThree(), rated(march(8), 4), rated(march(9), 4), rated(march(10), 4)));

        assertThat(figures.trend(march(14))).isEqualTo(Trend.RISING);
    }

    @Test
    void trend_is_improving_on_a_meaningful_fall() {
        // Baseline 3.0; window rated 2, 2, 2 → mean 2; −1, |−1| ≥ 0.9 → improving.
        var figures = figures(with(baselineOfThree(), rated(march(8), 2), rated(march(9), 2), rated(march(10), 2)));

        assertThat(figures.trend(march(14))).isEqualTo(Trend.IMPROVING);
    }

    @Test
    void trend_is_stable_without_a_meaningful_change() {
        // Baseline 3.0; window rated 3, 4, 3 → mean 10/3 ≈ 3.33; +0.33 < 0.9 and < 2 → stable.
        var figures = figures(with(baselineOfThree(), rated(march(8), 3), rated(march(9), 4), rated(march(10), 3)));

        assertThat(figures.trend(march(14))).isEqualTo(Trend.STABLE);
    }
}
