package org.upright.adherence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/** Half-open range of local days: {@code from} included, {@code toExclusive} not. */
public record DateRange(LocalDate from, LocalDate toExclusive) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (toExclusive.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts");
        }
    }

    /** The {@code n} days ending with {@code today}: [today − n + 1, today + 1). */
    public static DateRange lastDays(LocalDate today, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        return new DateRange(today.minusDays(n - 1L), today.plusDays(1));
    }

    /**
     * The {@code n} finished days before {@code today}: [today − n, today). PRODUCT.md's "last 7 days"
     * and the dashboard periods are these: today is unfinished, so it never counts as missed.
     */
    public static DateRange finishedDaysBefore(LocalDate today, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        return new DateRange(today.minusDays(n), today);
    }

    /** The single day {@code day}. */
    public static DateRange of(LocalDate day) {
        return new DateRange(day, day.plusDays(1));
    }

    public Stream<LocalDate> dates() {
        return from.datesUntil(toExclusive);
    }
}
