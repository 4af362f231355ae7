package org.upright.patient;

/** A patient just created, with the one-time password to hand over; it is shown once, never stored. */
public record NewPatient(Patient patient, String email, String oneTimePassword) {}
