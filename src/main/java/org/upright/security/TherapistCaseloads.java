package org.upright.security;

/**
 * How many patients a therapist looks after, so that a therapist is never disabled with patients
 * left behind. The patient module provides it; security needs not know what a patient is.
 */
public interface TherapistCaseloads {

    /** Patients, archived ones included, whose therapist is this account. */
    int patientsOf(long therapistAccountId);
}
