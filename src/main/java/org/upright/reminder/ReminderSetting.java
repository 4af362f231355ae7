package org.upright.reminder;

import org.jspecify.annotations.Nullable;

/** A patient's reminder choice: on with its times, or off (times kept from before, if any). */
public record ReminderSetting(boolean enabled, @Nullable ReminderTimes times, boolean pushOfferClosed) {

    /** No choice made yet: reminders off, and Today may offer them. */
    public static final ReminderSetting NONE = new ReminderSetting(false, null, false);
}
