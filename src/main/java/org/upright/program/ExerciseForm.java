package org.upright.program;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the clinic types to add an exercise to its library. */
public record ExerciseForm(
        String name,
        @Nullable ExerciseKind kind,
        String instructions,
        @Nullable String cautions,
        @Nullable Integer defaultHoldSeconds,
        @Nullable Integer defaultReps,
        @Nullable Integer defaultSets,
        @Nullable Integer defaultMinutes,
        Set<String> contraindications) {}
