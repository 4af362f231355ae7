package org.upright.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as each language writes them ("Sunday 29 November", "Sonntag, 29. November", "domingo, 29 de
 * noviembre"), from the JDK's locale data rather than one English pattern. English reads the British
 * way, day before month, as the app always did.
 */
public final class LocalFormats {

    private LocalFormats() {}

    /** Weekday, day and month in full: the heading of a day. */
    public static String weekdayDayMonth(LocalDate date, Locale locale) {
        return format(date, locale, "EEEE d MMMM", "EEEE, d. MMMM", "EEEE, d 'de' MMMM");
    }

    /** Short weekday, day and short month: a day in a list. */
    public static String shortWeekdayDayMonth(LocalDate date, Locale locale) {
        return format(date, locale, "EEE d MMM", "EEE, d. MMM", "EEE, d MMM");
    }

    /** Day and short month: a chart's axis. */
    public static String dayMonth(LocalDate date, Locale locale) {
        return format(date, locale, "d MMM", "d. MMM", "d MMM");
    }

    /** Short weekday, day, short month and year. */
    public static String fullDay(LocalDate date, Locale locale) {
        return format(date, locale, "EEE d MMM yyyy", "EEE, d. MMM yyyy", "EEE, d MMM yyyy");
    }

    /** Day, short month and year: a date in a record or a table ("29 Nov 2026", "29. Nov. 2026"). */
    public static String date(LocalDate date, Locale locale) {
        return format(date, locale, "d MMM yyyy", "d. MMM yyyy", "d MMM yyyy");
    }

    /** Day, short month, year and time of day: when something happened ("29 Nov 2026, 14:05", "29.11.2026, 14:05"). */
    public static String dayAndTime(Instant instant, ZoneId zone, Locale locale, boolean seconds) {
        LocalDateTime at = LocalDateTime.ofInstant(instant, zone);
        String time = String.format(
                Locale.ROOT, seconds ? "%02d:%02d:%02d" : "%02d:%02d", at.getHour(), at.getMinute(), at.getSecond());
        return format(at.toLocalDate(), locale, "d MMM yyyy", "dd.MM.yyyy", "d MMM yyyy") + ", " + time;
    }

    /** The short weekday names, Monday first. */
    public static java.util.List<String> weekdaysFromMonday(Locale locale) {
        LocalDate monday = LocalDate.of(2024, 1, 1);
        return java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> format(monday.plusDays(i), locale, "EEE", "EEE", "EEE"))
                .toList();
    }

    // one pattern per language the app speaks
    private static String format(LocalDate date, Locale locale, String english, String german, String spanish) {
        String pattern = switch (locale.getLanguage()) {
            case "de" -> german;
            case "es" -> spanish;
            default -> english;
        };
        if (MessageBundles.PSEUDO.equals(locale)) {
            // marked and lengthened like every other text, so a date that would not fit shows too
            return MessageBundles.pseudo(
                    DateTimeFormatter.ofPattern(pattern, Locale.UK).format(date));
        }
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }
}
