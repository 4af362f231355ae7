package org.upright.program.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.upright.base.LocalFormats;
import org.upright.program.ExerciseKind;
import org.upright.program.Prescription;

/** How doses, days and dates read on screen, in one place and in the page's language. */
final class Texts {

    private Texts() {}

    /** The text of a message key in the current page's language. */
    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    static String date(LocalDate date) {
        return LocalFormats.date(date, locale());
    }

    static String weekdays(Set<DayOfWeek> days) {
        if (days.containsAll(EnumSet.allOf(DayOfWeek.class))) {
            return t("program.weekdays.every-day");
        }
        return days.stream().sorted().map(Texts::weekday).collect(Collectors.joining(", "));
    }

    static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale());
    }

    /** "2 walks × 30 min", with the plural of the page's language. */
    static String walking(Prescription p) {
        return walking(p.getWalksPerDay(), p.getMinutesPerWalk());
    }

    static String walking(int walks, int minutes) {
        return t("program.dose.walking", walks, minutes);
    }

    /** "hold 30 s, 5 repetitions, 2 sets"; what is not set is left out. */
    static String dose(@Nullable Integer holdSeconds, @Nullable Integer reps, @Nullable Integer sets) {
        List<String> parts = new ArrayList<>();
        if (holdSeconds != null) {
            parts.add(t("program.dose.hold", holdSeconds));
        }
        if (reps != null) {
            parts.add(t("program.dose.reps", reps));
        }
        if (sets != null) {
            parts.add(t("program.dose.sets", sets));
        }
        return parts.isEmpty() ? t("program.dose.as-instructed") : String.join(", ", parts);
    }

    static String kind(ExerciseKind kind) {
        return t("program.kind." + kind.name());
    }

    static IntegerField bounded(String labelKey, int min, int max) {
        IntegerField field = new IntegerField(t(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setHelperText(t("program.field.range", min, max));
        return field;
    }

    /** Errors that belong to no field, in a notification (the fields show their own). */
    static void notifyRest(Map<String, String> rest) {
        if (!rest.isEmpty()) {
            Notification.show(String.join(" ", rest.values()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The exercises of a version with their doses, named by {@code name} (the reader's language). */
    static String exercises(Prescription p, Function<Long, String> name) {
        if (p.getExercises().isEmpty()) {
            return t("program.exercises.walking-only");
        }
        return p.getExercises().stream()
                .map(e -> t(
                        "program.exercise.item",
                        name.apply(e.getExerciseId()),
                        dose(e.getHoldSeconds(), e.getReps(), e.getSets())))
                .collect(Collectors.joining("; "));
    }
}
