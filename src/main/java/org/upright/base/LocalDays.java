package org.upright.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A person's today: the clock's date in their time zone. Every "today" of a patient is computed here. */
public final class LocalDays {

    private LocalDays() {}

    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
