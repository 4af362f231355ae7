package org.upright.logging;

import org.jspecify.annotations.Nullable;

/** How one exercise of a stretch session went, with an optional discomfort rating for it. */
public record ExerciseResult(
        long exerciseId, ExerciseOutcome outcome, @Nullable Integer discomfort) {}
