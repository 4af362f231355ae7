package org.upright.logging;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The values a log had before each change (session_log_history), kept with the patient's records
 * where erasure reaches them rather than in the unchangeable audit trail.
 */
@Component
class SessionLogHistory {

    private final JdbcTemplate jdbc;

    SessionLogHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long patientId, long sessionLogId, Instant changedAt, String change, String before) {
        jdbc.update("""
            INSERT INTO session_log_history (patient_id, session_log_id, changed_at, change_kind, before_values)
            VALUES (?, ?, ?, ?, ?)""", patientId, sessionLogId, Timestamp.from(changedAt), change, before);
    }
}
