package org.upright.program;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A program as the numbers see it: {@code start} is prescribed, {@code end} is not ({@code end} is null
 * while it runs), its plan versions and pauses. It answers what is prescribed on a day (PRODUCT.md).
 */
public record ProgramSpan(LocalDate start, @Nullable LocalDate end, List<PlanVersion> versions, List<Pause> pauses) {

    public ProgramSpan {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("program ends before it starts");
        }
        // latest effective date last; of equal dates, saved last last
        versions = versions.stream()
                .sorted(Comparator.comparing(PlanVersion::effectiveFrom).thenComparing(PlanVersion::savedAt))
                .toList();
        pauses = List.copyOf(pauses);
    }

    /**
     * What is prescribed on {@code day}, or null when nothing is: outside the program, during a pause,
     * before the first version takes effect, on an unticked weekday, or when W + S = 0.
     */
    public @Nullable Prescribed prescribedOn(LocalDate day) {
        if (!runsOn(day)) {
            return null;
        }
        PlanVersion version = versionOn(day);
        if (version == null || !version.weekdays().contains(day.getDayOfWeek())) {
            return null;
        }
        Prescribed prescribed =
                new Prescribed(version.walksPerDay(), version.stretchSessionsPerDay(), version.minutesPerWalk());
        return prescribed.due() == 0 ? null : prescribed;
    }

    /** The version in force on {@code day}: the latest effective date on or before it, of equal dates the one saved last. */
    public @Nullable PlanVersion versionOn(LocalDate day) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).effectiveFrom().isAfter(day)) {
                return versions.get(i);
            }
        }
        return null;
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start)
                && (end == null || day.isBefore(end))
                && pauses.stream().noneMatch(p -> p.covers(day));
    }
}
