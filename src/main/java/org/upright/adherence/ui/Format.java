package org.upright.adherence.ui;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.upright.base.LocalFormats;
import org.upright.base.MessageBundles;

/** How figures read on screen: "—" where there is no figure, never 0 % or 100 %. */
final class Format {

    static final String NONE = "—";

    private Format() {}

    static String percent(@Nullable Double ratio) {
        return ratio == null ? NONE : Math.round(ratio * 100) + " %";
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
}
