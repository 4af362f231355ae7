package org.upright.alert;

/**
 * Published inside the transaction that opened a new alert, so a listener that owes something for it
 * (a therapist's notice) can write that in the same transaction: it commits with the alert or not at all.
 */
public record AlertRaised(long patientId, long alertId, AlertRule rule) {

    public boolean critical() {
        return rule.severity() == AlertSeverity.CRITICAL;
    }
}
