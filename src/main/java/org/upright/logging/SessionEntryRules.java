package org.upright.logging;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.upright.base.Problem;
import org.upright.program.Exercise;
import org.upright.program.ExerciseKind;

/** The rules of a log form, each with a problem (message key) at its field. */
final class SessionEntryRules {

    private SessionEntryRules() {}

    /** Every rule of a log form, with a problem per field; empty when all is well. */
    static Map<String, Problem> validate(SessionEntry entry, LocalDate today, Map<Long, Exercise> library) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        if (entry.clientKey().isBlank() || entry.clientKey().length() > LoggingService.CLIENT_KEY_MAX) {
            errors.put("clientKey", Problem.of("logging.error.form-out-of-date"));
        }
        if (entry.date().isAfter(today)) {
            errors.put("date", Problem.of("logging.error.date-future"));
        } else if (entry.date().isBefore(today.minusDays(LoggingService.DAYS_BACK))) {
            errors.put("date", Problem.of("logging.error.date-too-old", LoggingService.DAYS_BACK));
        }
        discomfort(errors, "discomfortBefore", entry.discomfortBefore());
        discomfort(errors, "discomfortAfter", entry.discomfortAfter());
        if (entry.note() != null && entry.note().strip().length() > LoggingService.NOTE_MAX) {
            errors.put("note", Problem.of("logging.error.note-too-long", LoggingService.NOTE_MAX));
        }
        switch (entry) {
            case WalkEntry walk -> {
                if (walk.minutes() == null || walk.minutes() < 1 || walk.minutes() > LoggingService.MINUTES_MAX) {
                    errors.put("minutes", Problem.of("logging.error.minutes", LoggingService.MINUTES_MAX));
                }
            }
            case StretchEntry stretch -> {
                if (stretch.discomfortAfter() == null) {
                    errors.put("discomfortAfter", Problem.of("logging.error.discomfort-after-missing"));
                }
                Integer warmUp = stretch.warmUpMinutes();
                if (warmUp != null && (warmUp < 0 || warmUp > LoggingService.MINUTES_MAX)) {
                    errors.put("warmUpMinutes", Problem.of("logging.error.warm-up", LoggingService.MINUTES_MAX));
                }
                validateExercises(errors, stretch.exercises(), library);
            }
        }
        return errors;
    }

    private static void validateExercises(
            Map<String, Problem> errors, List<ExerciseResult> results, Map<Long, Exercise> library) {
        if (results.size() > LoggingService.EXERCISES_MAX) {
            errors.put("exercises", Problem.of("logging.error.too-many-exercises", LoggingService.EXERCISES_MAX));
            return;
        }
        Set<Long> ids = new HashSet<>();
        for (ExerciseResult r : results) {
            Exercise exercise = library.get(r.exerciseId());
            if (exercise == null || exercise.getKind() == ExerciseKind.WALK || !ids.add(r.exerciseId())) {
                errors.put("exercises", Problem.of("logging.error.exercise-once"));
            } else if (r.discomfort() != null
                    && (r.discomfort() < 0 || r.discomfort() > LoggingService.DISCOMFORT_MAX)) {
                errors.put("exercises", Problem.of("logging.error.exercise-rating"));
            }
            Objects.requireNonNull(r.outcome(), "outcome");
        }
    }

    private static void discomfort(Map<String, Problem> errors, String field, @Nullable Integer value) {
        if (value != null && (value < 0 || value > LoggingService.DISCOMFORT_MAX)) {
            errors.put(field, Problem.of("logging.error.rating"));
        }
    }
}
