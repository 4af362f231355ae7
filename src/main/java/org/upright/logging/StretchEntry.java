package org.upright.logging;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stretch session: the warm-up walk's minutes (null when there was none), how each exercise
 * went, discomfort after (required) and before (optional), a note and context tags.
 */
public record StretchEntry(
        String clientKey,
        LocalDate date,
        @Nullable Integer warmUpMinutes,
        List<ExerciseResult> exercises,
        @Nullable Integer discomfortBefore,
        @Nullable Integer discomfortAfter,
        @Nullable String note,
        Set<ContextTag> contextTags)
        implements SessionEntry {

    public StretchEntry {
        exercises = List.copyOf(exercises);
        contextTags = Set.copyOf(contextTags);
    }

    @Override
    public SessionKind kind() {
        return SessionKind.STRETCH;
    }
}
