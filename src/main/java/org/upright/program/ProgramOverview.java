package org.upright.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A patient's live program as a therapist sees it: the version in force today, every version
 * (newest first), what the patient's contraindications leave out, and whether the next phase is
 * due, and who saved each version.
 */
public record ProgramOverview(
        Program program,
        LocalDate today,
        @Nullable Prescription inForce,
        Prescription latest,
        List<Prescription> versions,
        Map<Long, Exercise> exercises,
        List<ExcludedExercise> excluded,
        boolean nextPhaseSuggested,
        int dayInProgram,
        Set<Long> withdrawn,
        Map<Long, String> authorNames) {

    /** The name of who saved a version, or empty when their account is gone. */
    public java.util.Optional<String> authorOf(Prescription version) {
        return java.util.Optional.ofNullable(authorNames.get(version.getSavedBy()));
    }

    /** True for a scheduled version that a phase change withdrew: it never takes effect. */
    public boolean isWithdrawn(Prescription version) {
        return withdrawn.contains(version.getId());
    }

    /**
     * The version in force on {@code day}, or null before the first one: the latest effective date on or
     * before the day, of equal dates the one saved last; withdrawn versions never are.
     */
    public @Nullable Prescription inForceOn(LocalDate day) {
        return versions.stream()
                .filter(v -> !isWithdrawn(v) && !v.getEffectiveFrom().isAfter(day))
                .findFirst()
                .orElse(null);
    }

    /** The first version in effect dated after {@code day}: the one that takes over from it. */
    public @Nullable Prescription nextAfter(LocalDate day) {
        Prescription next = null;
        for (Prescription v : versions) {
            if (!isWithdrawn(v) && v.getEffectiveFrom().isAfter(day)) {
                next = v;
            }
        }
        return next;
    }

    public String exerciseName(long exerciseId) {
        Exercise exercise = exercises.get(exerciseId);
        return exercise == null ? "?" : exercise.getName();
    }
}
