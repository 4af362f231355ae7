package org.upright.patient;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a therapist types to create or edit a patient. Email is used only when creating. */
public record PatientForm(
        String givenName,
        String familyName,
        String email,
        @Nullable LocalDate birthDate,
        String timeZone,
        Set<String> contraindications,
        @Nullable String notes) {}
