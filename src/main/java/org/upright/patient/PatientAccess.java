package org.upright.patient;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.NotFoundException;
import org.upright.security.AccountPrincipal;
import org.upright.security.CurrentUser;

/**
 * The one place that decides whether the current user may see a patient: a patient their own
 * record, a therapist their own caseload, an admin everyone. Anything else is "not found", the
 * same answer as for an id that does not exist.
 */
@Component
public class PatientAccess {

    private final PatientRepository patients;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    PatientAccess(PatientRepository patients, CurrentUser currentUser, AuditLog audit) {
        this.patients = patients;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The patient if the current user may see them; otherwise {@link NotFoundException}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Patient require(long patientId) {
        AccountPrincipal me = currentUser.require();
        Patient patient = patients.findById(patientId).orElseThrow(NotFoundException::new);
        boolean allowed = switch (me.role()) {
            case ADMIN -> true;
            case THERAPIST -> patient.getTherapistId() == me.accountId();
            case PATIENT -> patient.getAccountId() == me.accountId();
        };
        if (!allowed) {
            audit.recordIndependently(AuditAction.ACCESS_REFUSED, null, "patient", patientId, null);
            throw new NotFoundException();
        }
        return patient;
    }

    /** For a signed-in patient: their own record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Patient requireSelf() {
        AccountPrincipal me = currentUser.require();
        return patients.findByAccountId(me.accountId()).orElseThrow(NotFoundException::new);
    }
}
