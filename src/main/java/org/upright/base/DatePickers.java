package org.upright.base;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A date picker's calendar in the reader's language: the picker formats the date in its field by
 * its locale, but the month and weekday names of the calendar it opens and its buttons are English
 * unless they are given.
 */
public final class DatePickers {

    private DatePickers() {}

    /** Sets the picker's locale and calendar words from the page's language; returns the picker. */
    public static DatePicker localised(DatePicker picker) {
        Locale locale = picker.getLocale();
        picker.setLocale(locale);
        DatePicker.DatePickerI18n words = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        picker.setI18n(words.setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(fromSunday(TextStyle.FULL, locale))
                .setWeekdaysShort(fromSunday(TextStyle.SHORT, locale))
                // weeks start on Monday, as in every calendar of the app (the picker counts from Sunday = 0)
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("base.date-picker.today"))
                .setCancel(picker.getTranslation("base.date-picker.cancel")));
        return picker;
    }

    private static List<String> fromSunday(TextStyle style, Locale locale) {
        return IntStream.range(0, 7)
                .mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale))
                .toList();
    }
}
