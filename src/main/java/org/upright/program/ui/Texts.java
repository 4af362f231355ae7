package org.upright.program.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.upright.program.Dose;
import org.upright.program.ExerciseKind;
import org.upright.program.Prescription;
import org.upright.program.ProgramOverview;

/** How doses read on screen, in one place. */
final class Texts {

    private Texts() {}

    static String weekdays(Set<DayOfWeek> days) {
        if (days.containsAll(EnumSet.allOf(DayOfWeek.class))) {
            return "Every day";
        }
        return days.stream()
                .sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }

    static String walking(Prescription p) {
        return p.getWalksPerDay() + (p.getWalksPerDay() == 1 ? " walk" : " walks") + " × " + p.getMinutesPerWalk()
                + " min";
    }

    static String dose(@Nullable Integer holdSeconds, @Nullable Integer reps, @Nullable Integer sets) {
        return new Dose(holdSeconds, reps, sets).describe();
    }

    static String kind(ExerciseKind kind) {
        return switch (kind) {
            case WALK -> "Walk";
            case STRETCH -> "Stretch";
            case STRENGTH -> "Strength";
        };
    }

    static IntegerField bounded(String label, int min, int max) {
        IntegerField field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setHelperText(min + " to " + max);
        return field;
    }

    /** Errors that belong to no field, in a notification (the fields show their own). */
    static void notifyRest(Map<String, String> rest) {
        if (!rest.isEmpty()) {
            Notification.show(String.join(" ", rest.values()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static String exercises(Prescription p, ProgramOverview overview) {
        if (p.getExercises().isEmpty()) {
            return "Walking only";
        }
        return p.getExercises().stream()
                .map(e -> overview.exerciseName(e.getExerciseId()) + " ("
                        + dose(e.getHoldSeconds(), e.getReps(), e.getSets()) + ")")
                .collect(Collectors.joining("; "));
    }
}
