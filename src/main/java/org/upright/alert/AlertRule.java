package org.upright.alert;

/** The alert rules of PRODUCT.md, each with its severity. */
public enum AlertRule {
    HIGH_RATING(AlertSeverity.CRITICAL),
    RED_FLAG(AlertSeverity.CRITICAL),
    RISING_DISCOMFORT(AlertSeverity.HIGH),
    MISSED_DAYS(AlertSeverity.HIGH),
    LOW_ADHERENCE(AlertSeverity.LOW);

    private final AlertSeverity severity;

    AlertRule(AlertSeverity severity) {
        this.severity = severity;
    }

    public AlertSeverity severity() {
        return severity;
    }
}
