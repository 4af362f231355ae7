package org.upright.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail, for admins: newest first, filtered, a page at a time. Read-only. */
@Service
public class AuditService {

    public static final int MAX_PAGE = 500;

    private final JdbcTemplate jdbc;
    private final AuditActors actors;

    AuditService(JdbcTemplate jdbc, AuditActors actors) {
        this.jdbc = jdbc;
        this.actors = actors;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(Math.max(0, Math.min(limit, MAX_PAGE)));
        args.add(Math.max(0, offset));
        List<AuditEvent> events = jdbc.query(
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
        // a patient is written to the trail by account id only: their address is looked up as it is now
        Map<Long, String> emails = actors.emailsOf(events.stream()
                .filter(e -> e.actorEmail() == null && e.actorId() != null)
                .map(AuditEvent::actorId)
                .collect(Collectors.toSet()));
        return events.stream()
                .map(e -> e.actorEmail() != null || e.actorId() == null
                        ? e
                        : new AuditEvent(
                                e.id(),
                                e.at(),
                                e.actorId(),
                                emails.get(e.actorId()),
                                e.actorRole(),
                                e.action(),
                                e.patientId(),
                                e.entity(),
                                e.entityId(),
                                e.detail()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Integer count =
                jdbc.queryForObject("SELECT COUNT(*) FROM audit_event e " + where, Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    private String where(AuditFilter filter, List<Object> args) {
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
            List<Long> accounts = actors.withEmailContaining(filter.user());
            if (accounts.isEmpty()) {
                clauses.add("LOWER(e.actor_email) LIKE ?");
            } else {
                clauses.add("(LOWER(e.actor_email) LIKE ? OR e.actor_id IN ("
                        + String.join(",", Collections.nCopies(accounts.size(), "?")) + "))");
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
