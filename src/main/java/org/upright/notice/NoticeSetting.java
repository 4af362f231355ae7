package org.upright.notice;

import java.time.LocalTime;
import java.time.ZoneId;

/** A therapist's notices: at once on a red flag or critical alert, and the morning count at a local time. */
public record NoticeSetting(boolean immediate, boolean digest, LocalTime digestTime, ZoneId zone) {

    public static final LocalTime DEFAULT_DIGEST_TIME = LocalTime.of(7, 30);

    /** No choice made: no notices (they are opt-in). */
    public static NoticeSetting none(ZoneId zone) {
        return new NoticeSetting(false, false, DEFAULT_DIGEST_TIME, zone);
    }
}
