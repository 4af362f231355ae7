package org.upright.program;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exercises a clinic template's phases hold, with their doses, as the therapist wants them saved.
 * Phases not listed keep their exercises.
 */
public record TemplateExercises(long templateId, List<Phase> phases) {

    /** One phase's exercises in the order the patient does them; an empty list leaves the phase to walking. */
    public record Phase(int phaseNumber, List<Item> exercises) {}

    public record Item(
            long exerciseId,
            @Nullable Integer holdSeconds,
            @Nullable Integer reps,
            @Nullable Integer sets) {}

    /** Field key of one exercise's dose in a phase, e.g. {@code phase2.exercise.14.reps}. */
    public static String field(int phaseNumber, long exerciseId, String dose) {
        return "phase" + phaseNumber + ".exercise." + exerciseId + "." + dose;
    }

    /** Field key of a phase's list of exercises, for errors about the list as a whole. */
    public static String field(int phaseNumber) {
        return "phase" + phaseNumber + ".exercises";
    }
}
