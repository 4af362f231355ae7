package org.upright.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.base.InLists;

/**
 * The audit trail as the admin's view reads it. {@code accounts} are the accounts whose e-mail
 * matched the filter's user text (a patient's address is not in the trail).
 */
@Component
class AuditQueries {

    private final JdbcTemplate jdbc;

    AuditQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEvent> find(AuditFilter filter, List<Long> accounts, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, accounts, args);
        args.add(Math.max(0, limit));
        args.add(Math.max(0, offset));
        return jdbc.query(
                """
            SELECT e.id, e.at, e.actor_id, e.actor_email, e.actor_role, e.action,
                   e.patient_id, e.entity, e.entity_id, e.detail
            FROM audit_event e
            """ + where + " ORDER BY e.at DESC, e.id DESC LIMIT ? OFFSET ?",
                (rs, row) -> new AuditEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getObject("actor_id", Long.class),
                        rs.getString("actor_email"),
                        rs.getString("actor_role"),
                        rs.getString("action"),
                        rs.getObject("patient_id", Long.class),
                        rs.getString("entity"),
                        rs.getObject("entity_id", Long.class),
                        rs.getString("detail")),
                args.toArray());
    }

    int count(AuditFilter filter, List<Long> accounts) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, accounts, args);
        Integer count =
                jdbc.queryForObject("SELECT COUNT(*) FROM audit_event e " + where, Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(AuditFilter filter, List<Long> accounts, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        if (filter.user() != null && !filter.user().isBlank()) {
            String like = "%"
                    + filter.user()
                            .trim()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            if (accounts.isEmpty()) {
                clauses.add("LOWER(e.actor_email) LIKE ?");
            } else {
                clauses.add("(LOWER(e.actor_email) LIKE ? OR e.actor_id IN (" + InLists.placeholders(accounts.size())
                        + "))");
            }
            args.add(like);
            args.addAll(accounts);
        }
        if (filter.patientId() != null) {
            clauses.add("e.patient_id = ?");
            args.add(filter.patientId());
        }
        if (filter.action() != null) {
            clauses.add("e.action = ?");
            args.add(filter.action().name());
        }
        if (filter.from() != null) {
            clauses.add("e.at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            clauses.add("e.at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses);
    }
}
