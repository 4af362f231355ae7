package org.upright.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A prescription being tailored: the values of the version it started from, edited by the
 * therapist. {@code basedOnPrescriptionId} tells whether someone saved another version meanwhile.
 */
public record PrescriptionDraft(
        long basedOnPrescriptionId,
        LocalDate effectiveFrom,
        int walksPerDay,
        int minutesPerWalk,
        int stretchSessionsPerDay,
        int warmUpMinutes,
        Set<DayOfWeek> weekdays,
        int phaseMinDays,
        List<Item> exercises,
        @Nullable String note) {

    public record Item(
            long exerciseId,
            @Nullable Integer holdSeconds,
            @Nullable Integer reps,
            @Nullable Integer sets) {}

    public PrescriptionDraft withEffectiveFrom(LocalDate date) {
        return new PrescriptionDraft(
                basedOnPrescriptionId,
                date,
                walksPerDay,
                minutesPerWalk,
                stretchSessionsPerDay,
                warmUpMinutes,
                weekdays,
                phaseMinDays,
                exercises,
                note);
    }

    public PrescriptionDraft withBasedOn(long prescriptionId) {
        return new PrescriptionDraft(
                prescriptionId,
                effectiveFrom,
                walksPerDay,
                minutesPerWalk,
                stretchSessionsPerDay,
                warmUpMinutes,
                weekdays,
                phaseMinDays,
                exercises,
                note);
    }

    public PrescriptionDraft withWalking(int walks, int minutes) {
        return new PrescriptionDraft(
                basedOnPrescriptionId,
                effectiveFrom,
                walks,
                minutes,
                stretchSessionsPerDay,
                warmUpMinutes,
                weekdays,
                phaseMinDays,
                exercises,
                note);
    }
}
