package org.upright.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.adherence.ProgramFigures;
import org.upright.logging.DayActivity;
import org.upright.program.PlanVersion;
import org.upright.program.ProgramSpan;

/** The alert rules from hand-worked examples; 3 March 2025 is a Monday (ISO week 2025-W10). */
class AlertRulesTest {

    static final AlertThresholds DEFAULTS = AlertThresholds.DEFAULTS;

    static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    /** One walk of 30 minutes a day from 1 March. */
    static ProgramFigures figures(List<DayActivity> days) {
        return new ProgramFigures(
                new ProgramSpan(
                        march(1),
                        null,
                        List.of(new PlanVersion(
                                march(1),
                                Instant.parse("2025-02-28T09:00:00Z"),
                                1,
                                30,
                                0,
                                EnumSet.allOf(DayOfWeek.class))),
                        List.of()),
                days);
    }

    static DayActivity walk(int day, int rating) {
        return new DayActivity(march(day), 1, 0, 30, rating, 1);
    }

    @Test
    void a_rating_at_the_threshold_is_critical_and_below_it_is_not() {
        assertThat(AlertRules.rating(41, 7, DEFAULTS))
                .isEqualTo(new AlertRules.Raise(
                        AlertRule.HIGH_RATING, "log-41", "Discomfort rated 7 of 10 after a session.", "7 of 10"));
        assertThat(AlertRules.rating(41, 6, DEFAULTS)).isNull();
        assertThat(AlertRules.rating(41, null, DEFAULTS)).isNull();
        assertThat(AlertRules.rating(41, 6, new AlertThresholds(6, 2, 30, 3, 50)))
                .isNotNull();
    }

    @Test
    void a_meaningful_rise_is_named_by_the_week_and_a_fall_raises_nothing() {
        // baseline: 1–7 March rated 2 → 2.0. Then 8–10 March rated 5 → 7-day mean on 10 March
        // over 4–10 March = (2+2+2+2+5+5+5)/7 = 23/7 ≈ 3.29: a rise of 1.29 ≥ 30 % of 2 (0.6) → rising.
        var days = new ArrayList<DayActivity>();
        for (int d = 1; d <= 7; d++) {
            days.add(walk(d, 2));
        }
        days.add(walk(8, 5));
        days.add(walk(9, 5));
        days.add(walk(10, 5));
        var raise = AlertRules.risingDiscomfort(figures(days), march(10), DEFAULTS);
        assertThat(raise.rule()).isEqualTo(AlertRule.RISING_DISCOMFORT);
        assertThat(raise.cause()).isEqualTo("week-2025-W11");
        // with a 70 % threshold and 3 points, 1.29 is no longer meaningful
        assertThat(AlertRules.risingDiscomfort(figures(days), march(10), new AlertThresholds(7, 3, 70, 3, 50)))
                .isNull();

        var falling = new ArrayList<DayActivity>();
        for (int d = 1; d <= 7; d++) {
            falling.add(walk(d, 6));
        }
        falling.add(walk(8, 1));
        falling.add(walk(9, 1));
        falling.add(walk(10, 1));
        assertThat(AlertRules.risingDiscomfort(figures(falling), march(10), DEFAULTS))
                .isNull();
    }

    @Test
    void three_missed_prescribed_days_raise_an_alert_named_by_the_first_missed_day() {
        // walked 1–5 March; nothing 6, 7, 8 March; today 9 March → 3 missed from 6 March
        var days = new ArrayList<DayActivity>();
        for (int d = 1; d <= 5; d++) {
            days.add(walk(d, 2));
        }
        var raise = AlertRules.missedDays(figures(days), march(9), DEFAULTS);
        assertThat(raise.cause()).isEqualTo("from-2025-03-06");
        // the next day the run is longer but keeps its name: the same alert, not a new one
        assertThat(AlertRules.missedDays(figures(days), march(10), DEFAULTS).cause())
                .isEqualTo("from-2025-03-06");
        // on 8 March only 2 days were missed
        assertThat(AlertRules.missedDays(figures(days), march(8), DEFAULTS)).isNull();
    }

    @Test
    void adherence_under_half_over_the_last_seven_days_is_low() {
        // 4–10 March: walked on 4, 5, 6 → 3/7 ≈ 43 % < 50 % → low, named by the ISO week of 10 March
        var days = List.of(walk(4, 2), walk(5, 2), walk(6, 2));
        var raise = AlertRules.lowAdherence(figures(days), march(10), DEFAULTS);
        assertThat(raise.rule()).isEqualTo(AlertRule.LOW_ADHERENCE);
        assertThat(raise.cause()).isEqualTo("week-2025-W11");
        assertThat(raise.message()).isEqualTo("Adherence over the last 7 days is 43 %.");
        // walked on 4 of 7 days → 57 %: not low
        var better = List.of(walk(4, 2), walk(5, 2), walk(6, 2), walk(7, 2));
        assertThat(AlertRules.lowAdherence(figures(better), march(10), DEFAULTS))
                .isNull();
    }

    @Test
    void thresholds_outside_their_ranges_get_a_message_at_each_field() {
        var errors = AlertSettings.validate(new AlertThresholds(11, 0, 2, 0, 101));
        assertThat(errors)
                .containsOnlyKeys(
                        "criticalRating", "changePoints", "changePercent", "missedDays", "lowAdherencePercent");
        assertThat(AlertSettings.validate(DEFAULTS)).isEmpty();
    }
}
