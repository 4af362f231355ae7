package org.upright.logging;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.upright.program.Exercise;
import org.upright.program.ExerciseKind;

/** The rules of a log form, each with a plain message at its field. */
final class SessionEntryRules {

    private SessionEntryRules() {}

    /** Every rule of a log form, with a plain message per field; empty when all is well. */
    static Map<String, String> validate(SessionEntry entry, LocalDate today, Map<Long, Exercise> library) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (entry.clientKey().isBlank() || entry.clientKey().length() > LoggingService.CLIENT_KEY_MAX) {
            errors.put("clientKey", "This form is out of date. Please open it again.");
        }
        if (entry.date().isAfter(today)) {
            errors.put("date", "You cannot log a day that has not come yet.");
        } else if (entry.date().isBefore(today.minusDays(LoggingService.DAYS_BACK))) {
            errors.put("date", "You can log today or up to " + LoggingService.DAYS_BACK + " days back.");
        }
        discomfort(errors, "discomfortBefore", entry.discomfortBefore());
        discomfort(errors, "discomfortAfter", entry.discomfortAfter());
        if (entry.note() != null && entry.note().strip().length() > LoggingService.NOTE_MAX) {
            errors.put("note", "Keep the note to " + LoggingService.NOTE_MAX + " characters or fewer.");
        }
        switch (entry) {
            case WalkEntry walk -> {
                if (walk.minutes() == null || walk.minutes() < 1 || walk.minutes() > LoggingService.MINUTES_MAX) {
                    errors.put(
                            "minutes",
                            "Enter how many minutes you walked, from 1 to " + LoggingService.MINUTES_MAX + ".");
                }
            }
            case StretchEntry stretch -> {
                if (stretch.discomfortAfter() == null) {
                    errors.put("discomfortAfter", "Rate your discomfort after the session, from 0 to 10.");
                }
                Integer warmUp = stretch.warmUpMinutes();
                if (warmUp != null && (warmUp < 0 || warmUp > LoggingService.MINUTES_MAX)) {
                    errors.put(
                            "warmUpMinutes",
                            "Enter the warm-up minutes, from 0 to " + LoggingService.MINUTES_MAX + ".");
                }
                validateExercises(errors, stretch.exercises(), library);
            }
        }
        return errors;
    }

    private static void validateExercises(
            Map<String, String> errors, List<ExerciseResult> results, Map<Long, Exercise> library) {
        if (results.size() > LoggingService.EXERCISES_MAX) {
            errors.put("exercises", "A session can list at most " + LoggingService.EXERCISES_MAX + " exercises.");
            return;
        }
        Set<Long> ids = new HashSet<>();
        for (ExerciseResult r : results) {
            Exercise exercise = library.get(r.exerciseId());
            if (exercise == null || exercise.getKind() == ExerciseKind.WALK || !ids.add(r.exerciseId())) {
                errors.put("exercises", "Choose each exercise of your plan once.");
            } else if (r.discomfort() != null
                    && (r.discomfort() < 0 || r.discomfort() > LoggingService.DISCOMFORT_MAX)) {
                errors.put("exercises", "Rate each exercise from 0 (no pain) to 10 (worst imaginable).");
            }
            Objects.requireNonNull(r.outcome(), "outcome");
        }
    }

    private static void discomfort(Map<String, String> errors, String field, @Nullable Integer value) {
        if (value != null && (value < 0 || value > LoggingService.DISCOMFORT_MAX)) {
            errors.put(field, "Choose a number from 0 (no pain) to 10 (worst imaginable).");
        }
    }
}
