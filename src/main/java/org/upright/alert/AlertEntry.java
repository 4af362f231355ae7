package org.upright.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An alert as the inbox shows it: the latest message, how often its rule fired while it was open, and
 * when it last did.
 */
public record AlertEntry(
        long id,
        long patientId,
        String patientName,
        AlertRule rule,
        AlertSeverity severity,
        String message,
        Instant raisedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        @Nullable String acknowledgementNote,
        int timesFired,
        Instant lastFiredAt,
        @Nullable String lastValue) {

    public boolean open() {
        return acknowledgedAt == null;
    }

    /** A red flag is named as such and always ranks first. */
    public boolean redFlag() {
        return rule == AlertRule.RED_FLAG;
    }
}
