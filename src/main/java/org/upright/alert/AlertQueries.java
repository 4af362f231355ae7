package org.upright.alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.base.InLists;

/** The alert table as the inbox reads and acknowledges it. */
@Component
class AlertQueries {

    private final JdbcTemplate jdbc;

    AlertQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert as stored; names of the patient and of who acknowledged it are looked up elsewhere. */
    record Row(
            long id,
            long patientId,
            AlertRule rule,
            AlertSeverity severity,
            String message,
            Instant raisedAt,
            @Nullable Instant acknowledgedAt,
            @Nullable Long acknowledgedBy,
            @Nullable String note,
            int timesFired,
            Instant lastFiredAt,
            @Nullable String lastValue) {}

    /**
     * Open or acknowledged alerts, red flags first, then by severity, then the latest firing first;
     * of the given patients only, or of everyone when {@code patientIds} is null.
     */
    List<Row> inbox(boolean open, @Nullable AlertSeverity severity, @Nullable List<Long> patientIds, int limit) {
        StringBuilder sql = new StringBuilder("""
            SELECT a.id, a.patient_id, a.rule_code, a.severity, a.message, a.raised_at, a.acknowledged_at,
                   a.acknowledged_by, a.acknowledgement_note, a.times_fired,
                   COALESCE(a.last_fired_at, a.raised_at), a.last_value
            FROM alert a
            WHERE a.acknowledged_at IS""").append(open ? " NULL" : " NOT NULL");
        List<Object> args = new ArrayList<>();
        if (patientIds != null) {
            if (patientIds.isEmpty()) {
                return List.of();
            }
            sql.append(" AND a.patient_id IN (")
                    .append(InLists.placeholders(patientIds.size()))
                    .append(')');
            args.addAll(patientIds);
        }
        if (severity != null) {
            sql.append(" AND a.severity = ?");
            args.add(severity.name());
        }
        sql.append(' ').append("""
             ORDER BY a.rule_code = 'RED_FLAG' DESC,
                      CASE a.severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END,
                      COALESCE(a.last_fired_at, a.raised_at) DESC, a.id DESC LIMIT ?""");
        args.add(limit);
        return jdbc.query(
                sql.toString(),
                (rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        AlertRule.valueOf(rs.getString(3)),
                        AlertSeverity.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, Long.class),
                        rs.getString(9),
                        rs.getInt(10),
                        rs.getTimestamp(11).toInstant(),
                        rs.getString(12)),
                args.toArray());
    }

    int openCount(long patientId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM alert WHERE patient_id = ? AND acknowledged_at IS NULL",
                Integer.class,
                patientId);
        return n == null ? 0 : n;
    }

    Optional<Long> patientOf(long alertId) {
        return jdbc.queryForList("SELECT patient_id FROM alert WHERE id = ?", Long.class, alertId).stream()
                .findFirst();
    }

    List<Long> openIds(long patientId) {
        return jdbc.queryForList(
                "SELECT id FROM alert WHERE patient_id = ? AND acknowledged_at IS NULL", Long.class, patientId);
    }

    /** Acknowledges the alert if it is still open; false when someone else did first. */
    boolean acknowledge(long alertId, Instant at, long byAccountId, String note) {
        return jdbc.update("""
                UPDATE alert SET acknowledged_at = ?, acknowledged_by = ?, acknowledgement_note = ?, version = version + 1
                WHERE id = ? AND acknowledged_at IS NULL""", Timestamp.from(at), byAccountId, note, alertId) == 1;
    }
}
