package org.upright.logging;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a patient entered in a log form. {@code clientKey} is made once when the form opens, so
 * that saving the same form twice stores one log.
 */
public sealed interface SessionEntry permits WalkEntry, StretchEntry {

    String clientKey();

    LocalDate date();

    @Nullable
    Integer discomfortBefore();

    @Nullable
    Integer discomfortAfter();

    @Nullable
    String note();

    Set<ContextTag> contextTags();

    SessionKind kind();
}
