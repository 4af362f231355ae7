package org.upright.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A patient's live program as a therapist sees it: the version in force today, every version
 * (newest first), what the patient's contraindications leave out, and whether the next phase is
 * due.
 */
public record ProgramOverview(Program program, LocalDate today, @Nullable Prescription inForce,
        Prescription latest, List<Prescription> versions, Map<Long, Exercise> exercises,
        List<ExcludedExercise> excluded, boolean nextPhaseSuggested, int dayInProgram) {

    public String exerciseName(long exerciseId) {
        Exercise exercise = exercises.get(exerciseId);
        return exercise == null ? "?" : exercise.getName();
    }
}
