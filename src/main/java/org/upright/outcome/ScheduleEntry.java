package org.upright.outcome;

import org.jspecify.annotations.Nullable;

/** When one questionnaire is asked during a program: at the start, every {@code everyWeeks} weeks, at the end. */
public record ScheduleEntry(
        String questionnaireCode, boolean atStart, @Nullable Integer everyWeeks, boolean atEnd) {

    public static final int DEFAULT_WEEKS = 2;
    public static final int MAX_WEEKS = 52;

    public boolean asksAnything() {
        return atStart || everyWeeks != null || atEnd;
    }
}
