package org.upright.adherence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A program: {@code start} is prescribed, {@code end} is not; {@code end} is null while it runs. */
public record ProgramSpan(LocalDate start, @Nullable LocalDate end, List<PlanVersion> versions, List<Pause> pauses) {

    public ProgramSpan {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("program ends before it starts");
        }
        versions = List.copyOf(versions);
        pauses = List.copyOf(pauses);
    }

    boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end))
                && pauses.stream().noneMatch(p -> p.covers(day));
    }
}
