package org.upright.program;

import java.time.LocalDate;
import java.util.List;

/**
 * What advancing to the next phase from a date would do, shown to the therapist before they confirm:
 * the version it saves, each value that changes, the scheduled versions it withdraws, and warnings.
 */
public record PhaseAdvance(
        int phase,
        String phaseName,
        LocalDate from,
        PrescriptionDraft draft,
        List<Change> changes,
        List<Prescription> withdrawn,
        List<String> warnings) {

    /** One value that differs from the version in force on the day before the new phase starts. */
    public record Change(String what, String before, String after) {}
}
