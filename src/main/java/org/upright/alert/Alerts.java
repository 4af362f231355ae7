package org.upright.alert;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;

/**
 * Raises alerts. One alert per patient, rule and cause: the unique key makes a repeat a no-op,
 * also when several app instances raise the same alert at once.
 */
@Component
public class Alerts {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Alerts(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when a new alert was raised, false when one for this cause existed already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean raise(long patientId, AlertRule rule, String causeKey, String message) {
        int inserted = jdbc.update("""
            INSERT IGNORE INTO alert (patient_id, rule_code, severity, cause_key, message, raised_at)
            VALUES (?, ?, ?, ?, ?, ?)""",
            patientId, rule.name(), rule.severity().name(), causeKey,
            message.length() > 500 ? message.substring(0, 500) : message, Timestamp.from(clock.instant()));
        if (inserted == 1) {
            audit.record(AuditAction.ALERT_RAISED, patientId, "alert", null, rule + " " + causeKey);
        }
        return inserted == 1;
    }
}
