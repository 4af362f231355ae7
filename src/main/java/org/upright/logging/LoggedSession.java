package org.upright.logging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A logged session as screens show it. {@code editable} is true only on the day it was logged
 * (in the patient's time zone) and only for the patient who logged it.
 */
public record LoggedSession(
        long id,
        long patientId,
        LocalDate date,
        SessionKind kind,
        @Nullable Integer walkMinutes,
        @Nullable Integer warmUpMinutes,
        @Nullable Integer discomfortBefore,
        @Nullable Integer discomfortAfter,
        @Nullable String note,
        Set<ContextTag> contextTags,
        List<Exercise> exercises,
        Instant loggedAt,
        boolean editable,
        long version) {

    public record Exercise(
            long exerciseId,
            String name,
            ExerciseOutcome outcome,
            @Nullable Integer discomfort) {}

    /** The minutes the session took: the walk, or the warm-up walk of a stretch session. */
    public @Nullable Integer minutes() {
        return kind == SessionKind.WALK ? walkMinutes : warmUpMinutes;
    }
}
