package org.upright.logging;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What was done on one local day, counting only logs that are not deleted. {@code walkMinutes}
 * are the minutes of walk logs only; {@code discomfortSum}/{@code discomfortCount} add up that
 * day's after-session ratings (0–10 each).
 */
public record DayActivity(
        LocalDate date, int walks, int stretchSessions, int walkMinutes, int discomfortSum, int discomfortCount) {

    /** The baseline is the mean discomfort of a patient's first this many days with a rating (PRODUCT.md). */
    public static final int BASELINE_DAYS = 7;

    public DayActivity {
        Objects.requireNonNull(date, "date");
        if (walks < 0 || stretchSessions < 0 || walkMinutes < 0 || discomfortSum < 0 || discomfortCount < 0) {
            throw new IllegalArgumentException("activity numbers must not be negative");
        }
        if (discomfortSum > 10 * discomfortCount) {
            throw new IllegalArgumentException("ratings are 0 to 10");
        }
    }

    public static DayActivity none(LocalDate date) {
        return new DayActivity(date, 0, 0, 0, 0, 0);
    }

    public int sessions() {
        return walks + stretchSessions;
    }

    public DayActivity plus(DayActivity other) {
        return new DayActivity(
                date,
                walks + other.walks,
                stretchSessions + other.stretchSessions,
                walkMinutes + other.walkMinutes,
                discomfortSum + other.discomfortSum,
                discomfortCount + other.discomfortCount);
    }
}
