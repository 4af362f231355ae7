package org.upright.adherence;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.adherence.Fixtures.march;
import static org.upright.adherence.Fixtures.marchDays;
import static org.upright.adherence.Fixtures.plan;
import static org.upright.adherence.Fixtures.running;
import static org.upright.adherence.Fixtures.walks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.logging.DayActivity;
import org.upright.program.Pause;
import org.upright.program.PlanVersion;
import org.upright.program.Prescribed;
import org.upright.program.ProgramSpan;

class PrescribedOnTest {

    private static ProgramFigures figures(ProgramSpan span, DayActivity... activities) {
        return new ProgramFigures(span, List.of(activities));
    }

    @Test
    void a_prescription_change_mid_week_applies_from_its_effective_date() {
        // v1 from Mon 3: 2 walks × 20 min; v2 from Thu 6: 3 walks × 15 min + 1 stretch session.
        var figures = figures(
                running(march(3), plan(march(3), 2, 20, 0), plan(march(6), 3, 15, 1)),
                walks(march(3), 2, 40),
                walks(march(4), 2, 40),
                walks(march(5), 2, 40),
                walks(march(6), 2, 40),
                walks(march(7), 2, 40),
                walks(march(8), 2, 40),
                walks(march(9), 2, 40));

        assertThat(figures.prescribedOn(march(5))).isEqualTo(new Prescribed(2, 0, 20));
        assertThat(figures.prescribedOn(march(6))).isEqualTo(new Prescribed(3, 1, 15));
        assertThat(figures.prescribedOn(march(9))).isEqualTo(new Prescribed(3, 1, 15));
        // 2 walks every day. Mon–Wed: credited 2, due 2 → 6/6. Thu–Sun: credited min(2,3)+min(0,1) = 2,
        // due 4 → 8/16. Week: 14/22.
        assertThat(figures.adherence(marchDays(3, 10)).getAsDouble()).isEqualTo(14.0 / 22);
    }

    @Test
    void of_two_versions_with_the_same_effective_date_the_one_saved_last_wins() {
        var early = new PlanVersion(march(3), Instant.parse("2025-03-01T09:00:00Z"), 2, 20, 0, Fixtures.ALL_WEEK);
        var late = new PlanVersion(march(3), Instant.parse("2025-03-01T10:00:00Z"), 4, 10, 0, Fixtures.ALL_WEEK);
        // Given in the "wrong" order on purpose: order of the list must not matter.
        var figures = figures(running(march(3), late, early));

        assertThat(figures.prescribedOn(march(3))).isEqualTo(new Prescribed(4, 0, 10));
        assertThat(figures.prescribedOn(march(20))).isEqualTo(new Prescribed(4, 0, 10));
    }

    @Test
    void nothing_is_prescribed_before_the_start_and_the_start_day_is() {
        // The version took effect long before the program started: still nothing before the start.
        var figures = figures(running(march(3), plan(LocalDate.of(2025, 2, 1), 1, 10, 0)));

        assertThat(figures.prescribedOn(march(2))).isNull();
        assertThat(figures.prescribedOn(march(3))).isEqualTo(new Prescribed(1, 0, 10));
    }

    @Test
    void nothing_is_prescribed_before_the_first_version_takes_effect() {
        var figures = figures(running(march(3), plan(march(5), 1, 10, 0)));

        assertThat(figures.prescribedOn(march(3))).isNull();
        assertThat(figures.prescribedOn(march(4))).isNull();
        assertThat(figures.prescribedOn(march(5))).isNotNull();
    }

    @Test
    void the_day_the_program_ends_is_not_prescribed() {
        var figures = figures(new ProgramSpan(march(3), march(10), List.of(plan(march(3), 1, 10, 0)), List.of()));

        assertThat(figures.prescribedOn(march(9))).isNotNull();
        assertThat(figures.prescribedOn(march(10))).isNull();
        assertThat(figures.prescribedOn(march(11))).isNull();
    }

    @Test
    void a_pause_day_is_not_prescribed_and_the_resume_day_is() {
        // Two pauses: [Wed 5, Fri 7) and [Mon 10, Tue 11).
        var figures = figures(new ProgramSpan(
                march(3),
                null,
                List.of(plan(march(3), 1, 10, 0)),
                List.of(new Pause(march(5), march(7)), new Pause(march(10), march(11)))));

        assertThat(figures.prescribedOn(march(4))).isNotNull();
        assertThat(figures.prescribedOn(march(5))).isNull();
        assertThat(figures.prescribedOn(march(6))).isNull();
        assertThat(figures.prescribedOn(march(7))).isNotNull();
        assertThat(figures.prescribedOn(march(10))).isNull();
        assertThat(figures.prescribedOn(march(11))).isNotNull();
    }

    @Test
    void an_open_pause_stops_prescribing_from_its_first_day_on() {
        var figures = figures(
                new ProgramSpan(march(3), null, List.of(plan(march(3), 1, 10, 0)), List.of(new Pause(march(5), null))));

        assertThat(figures.prescribedOn(march(4))).isNotNull();
        assertThat(figures.prescribedOn(march(5))).isNull();
        assertThat(figures.prescribedOn(LocalDate.of(2026, 1, 1))).isNull();
    }

    @Test
    void nothing_is_prescribed_on_an_unticked_weekday() {
        var monWedFri = new PlanVersion(march(3), Fixtures.SAVED, 1, 10, 0, Set.of(MONDAY, WEDNESDAY, FRIDAY));
        var figures = figures(
                running(march(3), monWedFri),
                walks(march(3), 1, 10),
                walks(march(4), 1, 10),
                walks(march(5), 1, 10),
                walks(march(8), 1, 10));

        assertThat(figures.prescribedOn(march(3))).isNotNull(); // Monday
        assertThat(figures.prescribedOn(march(4))).isNull(); // Tuesday
        assertThat(figures.prescribedOn(march(7))).isNotNull(); // Friday
        assertThat(figures.prescribedOn(march(8))).isNull(); // Saturday
        // Prescribed Mon 3, Wed 5, Fri 7; done on Mon and Wed (Tue and Sat walks do not count) → 2/3.
        assertThat(figures.adherence(marchDays(3, 10)).getAsDouble()).isEqualTo(2.0 / 3);
    }

    @Test
    void a_version_with_no_walks_and_no_stretches_prescribes_nothing() {
        var figures = figures(running(march(3), plan(march(3), 0, 10, 0)), walks(march(3), 1, 10));

        assertThat(figures.prescribedOn(march(3))).isNull();
        assertThat(figures.adherence(marchDays(3, 4))).isEmpty();
    }
}
