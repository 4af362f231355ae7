package org.upright.patient;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One patient on a therapist's caseload. Read with set-based queries for a whole page at once;
 * figure columns (adherence, discomfort trend, open alerts) are added as further components
 * filled by the same page query.
 *
 * @param phase the current phase of the live program, or null without one
 * @param dayInProgram day 1 is the start date, in the patient's own calendar; null without a live program
 * @param lastActivity the latest day with a session logged and not deleted
 */
public record CaseloadRow(
        long patientId,
        String givenName,
        String familyName,
        @Nullable Integer phase,
        @Nullable String phaseName,
        @Nullable Integer dayInProgram,
        CaseloadStatus status,
        @Nullable LocalDate lastActivity) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
