package org.upright.program;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** One immutable prescription version; on an unticked weekday nothing is prescribed. */
public record PlanVersion(
        LocalDate effectiveFrom,
        Instant savedAt,
        int walksPerDay,
        int minutesPerWalk,
        int stretchSessionsPerDay,
        Set<DayOfWeek> weekdays) {

    public PlanVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(savedAt, "savedAt");
        if (walksPerDay < 0 || minutesPerWalk < 0 || stretchSessionsPerDay < 0) {
            throw new IllegalArgumentException("prescription numbers must not be negative");
        }
        weekdays = Set.copyOf(weekdays);
    }
}
