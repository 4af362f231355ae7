package org.upright.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail. There is no way to change one once written. */
public record AuditEvent(
        long id,
        Instant at,
        @Nullable Long actorId,
        @Nullable String actorEmail,
        @Nullable String actorRole,
        String action,
        @Nullable Long patientId,
        @Nullable String entity,
        @Nullable Long entityId,
        @Nullable String detail) {}
