package org.upright.reminder;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.upright.base.InvalidInputException;

/**
 * One or two times of day, on the patient's own clock, at which a reminder may go out. The form and
 * the service both check through this type; its messages are bundle keys the form translates.
 */
public record ReminderTimes(LocalTime first, @Nullable LocalTime second) {

    /** At most this many reminders a day. */
    public static final int MAX = 2;

    public ReminderTimes {
        first = first.truncatedTo(ChronoUnit.MINUTES);
        second = second == null ? null : second.truncatedTo(ChronoUnit.MINUTES);
        if (first.equals(second)) {
            throw new InvalidInputException("second", "reminder.settings.error.same");
        }
    }

    /** The times a form holds (empty ones skipped), or a refusal naming the field. */
    public static ReminderTimes of(@Nullable LocalTime first, @Nullable LocalTime second) {
        if (first == null && second == null) {
            throw new InvalidInputException("first", "reminder.settings.error.none");
        }
        return first == null ? new ReminderTimes(second, null) : new ReminderTimes(first, second);
    }

    /** Slot 1 and, when chosen, slot 2, earliest first. */
    public List<LocalTime> slots() {
        List<LocalTime> slots = new ArrayList<>(List.of(first));
        if (second != null) {
            slots.add(second);
        }
        slots.sort(null);
        return List.copyOf(slots);
    }
}
