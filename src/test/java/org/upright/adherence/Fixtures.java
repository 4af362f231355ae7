package org.upright.adherence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.upright.logging.DayActivity;
import org.upright.program.PlanVersion;
import org.upright.program.ProgramSpan;

/** Builders for hand-worked examples. All dates are in March 2025; 3 March 2025 is a Monday. */
final class Fixtures {

    static final Set<DayOfWeek> ALL_WEEK = EnumSet.allOf(DayOfWeek.class);
    static final Instant SAVED = Instant.parse("2025-02-28T09:00:00Z");

    private Fixtures() {}

    static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    /** [march(from), march(toExclusive)). */
    static DateRange marchDays(int from, int toExclusive) {
        return new DateRange(march(from), march(toExclusive));
    }

    static PlanVersion plan(LocalDate effectiveFrom, int walks, int minutesPerWalk, int stretches) {
        return new PlanVersion(effectiveFrom, SAVED, walks, minutesPerWalk, stretches, ALL_WEEK);
    }

    static ProgramSpan running(LocalDate start, PlanVersion... versions) {
        return new ProgramSpan(start, null, List.of(versions), List.of());
    }

    static DayActivity walks(LocalDate date, int walks, int minutes) {
        return new DayActivity(date, walks, 0, minutes, 0, 0);
    }

    static DayActivity stretches(LocalDate date, int sessions) {
        return new DayActivity(date, 0, sessions, 0, 0, 0);
    }

    /** One stretch session per rating, each with that after-session rating. */
    static DayActivity rated(LocalDate date, int... ratings) {
        int sum = 0;
        for (int r : ratings) {
            sum += r;
        }
        return new DayActivity(date, 0, ratings.length, 0, sum, ratings.length);
    }
}
