package org.upright.alert;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;

/**
 * Raises alerts: one open alert per patient and rule. Every cause is recorded once (alert_cause), so a
 * cause seen before changes nothing. A new cause while the rule's alert is open updates that alert
 * (times fired, latest value and date); otherwise it opens a new alert. The unique keys hold this also
 * when several app instances raise at once.
 */
@Component
public class Alerts {

    /** What raising did. */
    public enum Outcome {
        /** A new open alert. */
        RAISED,
        /** The rule's open alert counted one more firing. */
        REPEATED,
        /** This cause was seen before: nothing changed. */
        KNOWN
    }

    /** Metric: alerts opened (not repeats counted on an open alert), tagged with rule and severity. */
    public static final String ALERTS_RAISED = "upright.alerts.raised";

    private static final int MESSAGE_MAX = 500;
    private static final int VALUE_MAX = 100;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;

    Alerts(JdbcTemplate jdbc, AuditLog audit, Clock clock, MeterRegistry meters, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Outcome raise(long patientId, AlertRules.Raise raise) {
        return raise(patientId, raise.rule(), raise.cause(), raise.message(), raise.value());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome raise(long patientId, AlertRule rule, String causeKey, String message, String value) {
        Timestamp now = Timestamp.from(clock.instant());
        String text = cut(message, MESSAGE_MAX);
        String latest = cut(value, VALUE_MAX);
        int newCause = jdbc.update("""
            INSERT IGNORE INTO alert_cause (patient_id, rule_code, cause_key, fired_at) VALUES (?, ?, ?, ?)""", patientId, rule.name(), causeKey, now);
        if (newCause == 0) {
            return Outcome.KNOWN;
        }
        for (int attempt = 1; ; attempt++) {
            Long open = openAlert(patientId, rule);
            if (open != null) {
                jdbc.update("""
                    UPDATE alert SET times_fired = times_fired + 1, message = ?, last_value = ?, last_fired_at = ?,
                                     version = version + 1
                    WHERE id = ?""", text, latest, now, open);
                link(patientId, rule, causeKey, open);
                return Outcome.REPEATED;
            }
            try {
                jdbc.update("""
                    INSERT INTO alert (patient_id, rule_code, severity, cause_key, message, raised_at, times_fired,
                                       last_value, last_fired_at)
                    VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)""", patientId, rule.name(), rule.severity().name(), causeKey, text, now, latest, now);
            } catch (DuplicateKeyException another) {
                // another instance opened the rule's alert a moment ago: count this firing on it
                if (attempt >= 3) {
                    throw another;
                }
                continue;
            }
            Long id = openAlert(patientId, rule);
            link(patientId, rule, causeKey, id);
            audit.record(AuditAction.ALERT_RAISED, patientId, "alert", id, rule.name() + " " + causeKey);
            countRaised(rule);
            events.publishEvent(new AlertRaised(patientId, id, rule));
            return Outcome.RAISED;
        }
    }

    /** {@value #ALERTS_RAISED}: a new open alert, by rule and severity only, once its transaction has committed. */
    private void countRaised(AlertRule rule) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                meters.counter(
                                ALERTS_RAISED,
                                "rule",
                                rule.name().toLowerCase(Locale.ROOT),
                                "severity",
                                rule.severity().name().toLowerCase(Locale.ROOT))
                        .increment();
            }
        });
    }

    private Long openAlert(long patientId, AlertRule rule) {
        return jdbc
                .queryForList(
                        "SELECT id FROM alert WHERE open_patient_id = ? AND rule_code = ?",
                        Long.class,
                        patientId,
                        rule.name())
                .stream()
                .findFirst()
                .orElse(null);
    }

    private void link(long patientId, AlertRule rule, String causeKey, Long alertId) {
        jdbc.update(
                "UPDATE alert_cause SET alert_id = ? WHERE patient_id = ? AND rule_code = ? AND cause_key = ?",
                alertId,
                patientId,
                rule.name(),
                causeKey);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
