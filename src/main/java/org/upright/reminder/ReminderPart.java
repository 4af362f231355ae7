package org.upright.reminder;

import org.jspecify.annotations.Nullable;
import org.upright.logging.DayActivity;
import org.upright.program.Prescribed;

/**
 * What a reminder is about: the walks, the stretch session, or the rest of the day's plan (both). It
 * carries no numbers and no ratings, only which part of the plan is still open.
 */
public enum ReminderPart {
    WALK,
    STRETCH,
    PLAN;

    /**
     * The part of the day's plan still open, or null when nothing is prescribed that day (not a
     * prescribed day, paused, ended) or when everything prescribed is done.
     */
    public static @Nullable ReminderPart open(@Nullable Prescribed prescribed, DayActivity done) {
        if (prescribed == null) {
            return null;
        }
        boolean walks = done.walks() < prescribed.walks();
        boolean stretches = done.stretchSessions() < prescribed.stretchSessions();
        if (walks && stretches) {
            return PLAN;
        }
        return walks ? WALK : stretches ? STRETCH : null;
    }
}
