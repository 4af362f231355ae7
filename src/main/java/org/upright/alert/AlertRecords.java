package org.upright.alert;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every alert ever raised for a patient, open or acknowledged, oldest first, for the record
 * exports. A data door for services: the caller checks that the patient may be read; who
 * acknowledged is an account id, named by the caller.
 */
@Component
public class AlertRecords {

    private final JdbcTemplate jdbc;

    AlertRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored alert. */
    public record Alert(
            long id,
            AlertRule rule,
            AlertSeverity severity,
            String message,
            Instant raisedAt,
            int timesFired,
            Instant lastFiredAt,
            @Nullable String lastValue,
            @Nullable Instant acknowledgedAt,
            @Nullable Long acknowledgedBy,
            @Nullable String acknowledgementNote) {

        public boolean open() {
            return acknowledgedAt == null;
        }
    }

    @Transactional(readOnly = true)
    public List<Alert> of(long patientId) {
        return jdbc.query(
                """
            SELECT id, rule_code, severity, message, raised_at, times_fired, COALESCE(last_fired_at, raised_at),
                   last_value, acknowledged_at, acknowledged_by, acknowledgement_note
            FROM alert WHERE patient_id = ? ORDER BY raised_at, id""",
                (rs, n) -> new Alert(
                        rs.getLong(1),
                        AlertRule.valueOf(rs.getString(2)),
                        AlertSeverity.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getInt(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(),
                        rs.getObject(10, Long.class),
                        rs.getString(11)),
                patientId);
    }
}
