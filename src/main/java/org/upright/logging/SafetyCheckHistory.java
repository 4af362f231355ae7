package org.upright.logging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.patient.PatientAccess;

/** Every safety check a patient answered, for their therapist or an admin; reading them is audited. */
@Service
public class SafetyCheckHistory {

    private final PatientAccess access;
    private final RedFlagChecks stored;
    private final AuditLog audit;

    SafetyCheckHistory(PatientAccess access, RedFlagChecks stored, AuditLog audit) {
        this.access = access;
        this.stored = stored;
        this.audit = audit;
    }

    /** Newest first. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public List<SafetyCheck> checksOf(long patientId) {
        access.require(patientId);
        List<SafetyCheck> checks = stored.all(patientId).stream()
                .map(c -> parse(c.id(), c.answeredAt(), c.answers()))
                .toList();
        audit.record(AuditAction.RED_FLAG_CHECKS_VIEWED, patientId, "patient", patientId, null);
        return checks;
    }

    /** Stored as "NAME=yes,NAME=no,…"; a name this version does not know is kept apart, never dropped. */
    static SafetyCheck parse(long id, java.time.Instant at, String stored) {
        Map<RedFlagQuestion, Boolean> answers = new EnumMap<>(RedFlagQuestion.class);
        List<String> unknown = new ArrayList<>();
        for (String pair : stored.split(",")) {
            String[] parts = pair.split("=", 2);
            try {
                answers.put(
                        RedFlagQuestion.valueOf(parts[0].trim()), parts.length == 2 && "yes".equals(parts[1].trim()));
            } catch (IllegalArgumentException ex) {
                unknown.add(pair.trim());
            }
        }
        return new SafetyCheck(id, at, answers, unknown);
    }
}
