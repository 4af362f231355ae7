package org.upright.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An alert as the inbox shows it. */
public record AlertEntry(long id, long patientId, String patientName, AlertRule rule, AlertSeverity severity,
        String message, Instant raisedAt, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy,
        @Nullable String acknowledgementNote) {

    public boolean open() {
        return acknowledgedAt == null;
    }
}
