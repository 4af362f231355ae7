package org.upright.logging;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A walk: minutes, and optionally discomfort after (and before), a note and context tags. */
public record WalkEntry(
        String clientKey,
        LocalDate date,
        @Nullable Integer minutes,
        @Nullable Integer discomfortBefore,
        @Nullable Integer discomfortAfter,
        @Nullable String note,
        Set<ContextTag> contextTags)
        implements SessionEntry {

    public WalkEntry {
        contextTags = Set.copyOf(contextTags);
    }

    public static WalkEntry of(
            String clientKey, LocalDate date, int minutes, @Nullable Integer discomfortAfter, @Nullable String note) {
        return new WalkEntry(clientKey, date, minutes, null, discomfortAfter, note, Set.of());
    }

    @Override
    public SessionKind kind() {
        return SessionKind.WALK;
    }
}
