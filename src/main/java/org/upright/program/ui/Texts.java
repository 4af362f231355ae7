package org.upright.program.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.upright.program.Prescription;
import org.upright.program.ProgramOverview;

/** How doses read on screen, in one place. */
final class Texts {

    private Texts() {
    }

    static String weekdays(Set<DayOfWeek> days) {
        if (days.containsAll(EnumSet.allOf(DayOfWeek.class))) {
            return "Every day";
        }
        return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
            .collect(Collectors.joining(", "));
    }

    static String walking(Prescription p) {
        return p.getWalksPerDay() + (p.getWalksPerDay() == 1 ? " walk" : " walks") + " × " + p.getMinutesPerWalk()
            + " min";
    }

    static String dose(@Nullable Integer holdSeconds, @Nullable Integer reps, @Nullable Integer sets) {
        StringBuilder sb = new StringBuilder();
        if (sets != null && sets > 1) {
            sb.append(sets).append(" × ");
        }
        if (reps != null) {
            sb.append(reps).append(" reps");
        }
        if (holdSeconds != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("hold ").append(holdSeconds).append(" s");
        }
        return sb.toString();
    }

    static String exercises(Prescription p, ProgramOverview overview) {
        if (p.getExercises().isEmpty()) {
            return "Walking only";
        }
        return p.getExercises().stream()
            .map(e -> overview.exerciseName(e.getExerciseId()) + " (" + dose(e.getHoldSeconds(), e.getReps(), e.getSets())
                + ")")
            .collect(Collectors.joining("; "));
    }
}
