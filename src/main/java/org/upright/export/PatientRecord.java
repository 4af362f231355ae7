package org.upright.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.upright.alert.AlertRecords;
import org.upright.logging.SafetyCheck;
import org.upright.logging.SessionRecords;
import org.upright.outcome.QuestionnaireResponse;
import org.upright.program.PrescriptionHistory;
import org.upright.security.Role;

/** Everything an export holds about one patient, read straight from the tables. */
record PatientRecord(
        long id,
        String givenName,
        String familyName,
        String email,
        @Nullable LocalDate birthDate,
        String timeZone,
        Set<String> contraindications,
        @Nullable String notes,
        Instant createdAt,
        LocalDate today,
        List<PrescriptionHistory.Version> versions,
        List<SessionRecords.Session> sessions,
        Map<Long, String> exerciseNames,
        Map<Long, String> exerciseCodes,
        long therapistId,
        Map<Long, Staff> staff,
        List<PrescriptionHistory.PauseRecord> pauses,
        List<SafetyCheck> safetyChecks,
        List<AlertRecords.Alert> alerts,
        List<QuestionnaireResponse> questionnaires) {

    /** A member of staff named in the record: the therapist, whoever saved a version or acknowledged an alert. */
    record Staff(String name, Role role) {}

    /** The staff member with an account id; a removed account still has a name in the record. */
    Staff staff(long accountId) {
        return staff.getOrDefault(accountId, new Staff("#" + accountId, Role.THERAPIST));
    }

    String exerciseCode(long exerciseId) {
        return exerciseCodes.getOrDefault(exerciseId, "EXERCISE_" + exerciseId);
    }

    /** The name of a logged exercise, as the library has it now. */
    String exerciseName(long exerciseId) {
        return exerciseNames.getOrDefault(exerciseId, "Exercise");
    }

    String fullName() {
        return givenName + " " + familyName;
    }

    /** The version in force today in the live program, or else the next one to come; none without a live program. */
    PrescriptionHistory.@Nullable Version inForce() {
        PrescriptionHistory.Version inForce = null;
        PrescriptionHistory.Version next = null;
        for (PrescriptionHistory.Version v : versions) {
            if (!v.live() || v.withdrawn()) {
                continue;
            }
            if (!v.effectiveFrom().isAfter(today)) {
                if (inForce == null
                        || v.effectiveFrom().isAfter(inForce.effectiveFrom())
                        || (v.effectiveFrom().equals(inForce.effectiveFrom())
                                && v.savedAt().isAfter(inForce.savedAt()))) {
                    inForce = v;
                }
            } else if (next == null || v.effectiveFrom().isBefore(next.effectiveFrom())) {
                next = v;
            }
        }
        return inForce != null ? inForce : next;
    }
}
