package org.upright.logging;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;

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

    /**
     * The baseline of PRODUCT.md: the mean of the day means over the first {@link #BASELINE_DAYS} days
     * with a rating; empty until there are that many. The one way it is computed, for the figures and
     * for the value logging keeps (activity_summary.baseline), so both agree to the last bit.
     */
    public static OptionalDouble baselineOf(Iterable<DayActivity> oldestFirst) {
        double[] means = new double[BASELINE_DAYS];
        int n = 0;
        for (DayActivity day : oldestFirst) {
            if (day.discomfortCount() > 0) {
                means[n++] = (double) day.discomfortSum() / day.discomfortCount();
                if (n == BASELINE_DAYS) {
                    return DoubleStream.of(means).average();
                }
            }
        }
        return OptionalDouble.empty();
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
