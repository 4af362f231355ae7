package org.upright.patient;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.security.TherapistCaseloads;

/** Tells the account service how many patients a therapist has before it disables them. */
@Component
class PatientCaseloads implements TherapistCaseloads {

    private final PatientRepository patients;

    PatientCaseloads(PatientRepository patients) {
        this.patients = patients;
    }

    @Override
    @Transactional(readOnly = true)
    public int patientsOf(long therapistAccountId) {
        return patients.countByTherapistId(therapistAccountId);
    }
}
