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

    /** The single day {@code day}. */
    public static DateRange of(LocalDate day) {
        return new DateRange(day, day.plusDays(1));
    }

    public Stream<LocalDate> dates() {
        return from.datesUntil(toExclusive);
    }
}
