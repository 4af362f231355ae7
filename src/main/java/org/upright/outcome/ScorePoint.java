package org.upright.outcome;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One completed response on a chart: its day and score, or why it has none. */
public record ScorePoint(
        long responseId,
        LocalDate answeredOn,
        @Nullable Double score,
        @Nullable NotScored notScored) {}
