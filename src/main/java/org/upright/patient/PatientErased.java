package org.upright.patient;

/**
 * Published inside the erasure's transaction: each module clears its own free text and health details
 * of this patient in the same transaction, so an erasure is all or nothing.
 */
public record PatientErased(long patientId) {}
