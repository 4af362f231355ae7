package org.upright.adherence;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.adherence.Fixtures.march;
import static org.upright.adherence.Fixtures.plan;
import static org.upright.adherence.Fixtures.running;
import static org.upright.adherence.Fixtures.stretches;
import static org.upright.adherence.Fixtures.walks;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.logging.DayActivity;
import org.upright.program.Pause;
import org.upright.program.PlanVersion;
import org.upright.program.ProgramSpan;

class StreakAndMissedDaysTest {

    private static final ProgramSpan DAILY_WALK_FROM_3 = running(march(3), plan(march(3), 1, 15, 0));

    private static ProgramFigures figures(ProgramSpan span, DayActivity... activities) {
        return new ProgramFigures(span, List.of(activities));
    }

    @Test
    void streak_ends_today_when_today_has_a_session() {
        // Sessions Mon 3, Tue 4, Wed 5 (a stretch session counts too); today Wed 5 → 3.
        var figures =
                figures(DAILY_WALK_FROM_3, walks(march(3), 1, 15), walks(march(4), 1, 15), stretches(march(5), 1));

        assertThat(figures.streak(march(5))).isEqualTo(3);
    }

    @Test
    void streak_ends_yesterday_when_today_has_nothing_yet() {
        // Sessions Mon 3 … Wed 5; today Thu 6 with nothing yet → still 3.
        var figures =
                figures(DAILY_WALK_FROM_3, walks(march(3), 1, 15), walks(march(4), 1, 15), walks(march(5), 1, 15));

        assertThat(figures.streak(march(6))).isEqualTo(3);
    }

    @Test
    void streak_is_broken_by_a_day_without_sessions() {
        // Sessions Sat 1, Sun 2, (none Mon 3), Tue 4, Wed 5; today Wed 5 → 2.
        var figures = figures(
                DAILY_WALK_FROM_3,
                walks(march(1), 1, 15),
                walks(march(2), 1, 15),
                walks(march(4), 1, 15),
                walks(march(5), 1, 15));

        assertThat(figures.streak(march(5))).isEqualTo(2);
    }

    @Test
    void streak_is_zero_when_neither_today_nor_yesterday_has_a_session() {
        // Session Mon 3 only; today Wed 5 → nothing on Wed 5 or Tue 4 → 0.
        var figures = figures(DAILY_WALK_FROM_3, walks(march(3), 1, 15));

        assertThat(figures.streak(march(5))).isEqualTo(0);
    }

    @Test
    void streak_does_not_depend_on_the_prescription() {
        // The program starts Mon 10, but sessions on Mon 3 … Wed 5 still count; today Wed 5 → 3.
        var figures = figures(
                running(march(10), plan(march(10), 1, 15, 0)),
                walks(march(3), 1, 15),
                walks(march(4), 1, 15),
                walks(march(5), 1, 15));

        assertThat(figures.streak(march(5))).isEqualTo(3);
    }

    @Test
    void missed_days_are_counted_back_from_yesterday_and_today_does_not_count() {
        // Walked Mon 3; nothing on Tue 4, Wed 5, Thu 6; today Fri 7 (already walked — irrelevant).
        // Back from Thu 6: Thu, Wed, Tue missed; Mon 3 done → 3.
        var figures = figures(DAILY_WALK_FROM_3, walks(march(3), 1, 15), walks(march(7), 1, 15));

        assertThat(figures.missedPrescribedDaysInARow(march(7))).isEqualTo(3);
    }

    @Test
    void a_day_with_any_session_ends_the_run_of_missed_days() {
        // Walked Mon 3 and Wed 5; today Fri 7 → Thu 6 missed, Wed 5 done → 1.
        var figures = figures(DAILY_WALK_FROM_3, walks(march(3), 1, 15), walks(march(5), 1, 15));

        assertThat(figures.missedPrescribedDaysInARow(march(7))).isEqualTo(1);
    }

    @Test
    void missed_days_skip_unticked_weekdays() {
        // Mon/Wed/Fri only, from Mon 3, nothing done; today Mon 10.
        // Sun 9 skip, Sat 8 skip, Fri 7 missed, Thu 6 skip, Wed 5 missed, Tue 4 skip, Mon 3 missed,
        // Sun 2 is before the start → 3.
        var monWedFri = new PlanVersion(march(3), Fixtures.SAVED, 1, 15, 0, Set.of(MONDAY, WEDNESDAY, FRIDAY));
        var figures = figures(running(march(3), monWedFri));

        assertThat(figures.missedPrescribedDaysInARow(march(10))).isEqualTo(3);
    }

    @Test
    void missed_days_skip_a_pause() {
        // Daily walk from Mon 3, paused [Wed 5, Sat 8); walked Mon 3 only; today Mon 10.
        // Sun 9 missed, Sat 8 missed, Fri 7 / Thu 6 / Wed 5 paused (skip), Tue 4 missed, Mon 3 done → 3.
        var figures = figures(
                new ProgramSpan(
                        march(3), null, List.of(plan(march(3), 1, 15, 0)), List.of(new Pause(march(5), march(8)))),
                walks(march(3), 1, 15));

        assertThat(figures.missedPrescribedDaysInARow(march(10))).isEqualTo(3);
    }

    @Test
    void missed_days_stop_at_the_program_start() {
        // Daily walk from Wed 5, nothing done; today Fri 7 → Thu 6, Wed 5 missed, then the start → 2.
        var figures = figures(running(march(5), plan(march(5), 1, 15, 0)));

        assertThat(figures.missedPrescribedDaysInARow(march(7))).isEqualTo(2);
    }
}
