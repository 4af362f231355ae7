package org.upright.alert;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The alert evaluations owed after logs (alert_evaluation_due: ids only, no rating) and the claims
 * of the daily run (alert_daily_run: one per patient and local day).
 */
@Component
class EvaluationQueue {

    private final JdbcTemplate jdbc;

    EvaluationQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Owes the evaluation of a log, due now; owing it again makes it due now again. */
    void owe(long patientId, long sessionLogId, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
            INSERT INTO alert_evaluation_due (patient_id, session_log_id, created_at, attempts, next_attempt_at)
            VALUES (?, ?, ?, 0, ?)
            ON DUPLICATE KEY UPDATE next_attempt_at = VALUES(next_attempt_at)""", patientId, sessionLogId, at, at);
    }

    /** The logs whose evaluation is due at {@code now}, oldest first, at most 500. */
    List<Long> due(Instant now) {
        return jdbc.queryForList(
                "SELECT session_log_id FROM alert_evaluation_due WHERE next_attempt_at <= ? ORDER BY id LIMIT 500",
                Long.class,
                Timestamp.from(now));
    }

    int owed() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM alert_evaluation_due", Integer.class);
        return n == null ? 0 : n;
    }

    /**
     * Locks the owed evaluation of a log until the transaction ends and returns its patient; empty
     * when it is done already. The row lock makes two workers (or the listener and a worker) do it once.
     */
    Optional<Long> claim(long sessionLogId) {
        return jdbc
                .queryForList(
                        "SELECT patient_id FROM alert_evaluation_due WHERE session_log_id = ? FOR UPDATE",
                        Long.class,
                        sessionLogId)
                .stream()
                .findFirst();
    }

    void done(long sessionLogId) {
        jdbc.update("DELETE FROM alert_evaluation_due WHERE session_log_id = ?", sessionLogId);
    }

    int attempts(long sessionLogId) {
        return jdbc
                .queryForList(
                        "SELECT attempts FROM alert_evaluation_due WHERE session_log_id = ?",
                        Integer.class,
                        sessionLogId)
                .stream()
                .findFirst()
                .orElse(0);
    }

    void retryAt(long sessionLogId, Instant next) {
        jdbc.update(
                "UPDATE alert_evaluation_due SET attempts = attempts + 1, next_attempt_at = ? WHERE session_log_id = ?",
                Timestamp.from(next),
                sessionLogId);
    }

    /** Claims the daily run of a patient's local day; false when it ran already. */
    boolean claimDay(long patientId, LocalDate localDate, Instant ranAt) {
        return jdbc.update(
                        "INSERT IGNORE INTO alert_daily_run (patient_id, local_date, ran_at) VALUES (?, ?, ?)",
                        patientId,
                        Date.valueOf(localDate),
                        Timestamp.from(ranAt))
                == 1;
    }
}
