package org.upright.adherence.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.upright.adherence.Trend;
import org.upright.base.LocalFormats;
import org.upright.base.MessageBundles;

/** How figures read on screen: "—" where there is no figure, never 0 % or 100 %. */
final class Format {

    static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Format() {}

    static String percent(@Nullable Double ratio) {
        return ratio == null ? NONE : Math.round(ratio * 100) + " %";
    }

    static String rating(@Nullable Double rating) {
        return rating == null ? NONE : String.format(Locale.ROOT, "%.1f", rating);
    }

    static String day(@Nullable LocalDate day) {
        return day == null ? NONE : DAY.format(day);
    }

    static String longDay(LocalDate day) {
        return LONG_DAY.format(day);
    }

    /** A day as the reader's language writes it ("29 Nov", "29. Nov."). */
    static String day(@Nullable LocalDate day, Locale locale) {
        return day == null ? NONE : LocalFormats.dayMonth(day, locale);
    }

    static String longDay(LocalDate day, Locale locale) {
        return LocalFormats.fullDay(day, locale);
    }

    /** A rating with the reader's decimal separator ("2.5", "2,5"). */
    static String rating(@Nullable Double rating, Locale locale) {
        return rating == null
                ? NONE
                : String.format(MessageBundles.PSEUDO.equals(locale) ? Locale.ENGLISH : locale, "%.1f", rating);
    }

    static String trend(Trend trend) {
        return switch (trend) {
            case RISING -> "↑ rising";
            case IMPROVING -> "↓ improving";
            case STABLE -> "→ stable";
            case UNKNOWN -> NONE;
        };
    }
}
