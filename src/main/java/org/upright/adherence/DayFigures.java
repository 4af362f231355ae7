package org.upright.adherence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.upright.program.Prescribed;

/**
 * One day for calendars and charts: {@code credited} = min(w, W) + min(s, S) and {@code due} = W + S,
 * both 0 when nothing is prescribed; {@code discomfort} is the day's mean after-session rating.
 */
public record DayFigures(
        LocalDate date,
        @Nullable Prescribed prescribed,
        int credited,
        int due,
        int walkMinutes,
        @Nullable Double discomfort) {

    /** Completed ÷ prescribed for the calendar, or null when nothing was prescribed. */
    public @Nullable Double completion() {
        return due == 0 ? null : (double) credited / due;
    }

    /**
     * The calendar's shade: 0 none done, 1 under half, 2 half or more, 3 all done; -1 when nothing
     * was prescribed.
     */
    public int shade() {
        Double completion = completion();
        if (completion == null) {
            return -1;
        }
        if (credited == 0) {
            return 0;
        }
        return completion >= 1 ? 3 : completion >= 0.5 ? 2 : 1;
    }
}
