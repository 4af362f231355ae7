package org.upright.alert;

public enum AlertSeverity {
    CRITICAL,
    HIGH,
    LOW
}
