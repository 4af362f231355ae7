package org.upright.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the admin filters the trail by; every part optional. {@code user} matches part of an
 * email (the actor's); dates are whole UTC days, both ends included.
 */
public record AuditFilter(
        @Nullable String user,
        @Nullable Long patientId,
        @Nullable AuditAction action,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
