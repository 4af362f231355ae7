package org.upright.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.patient.PatientAccess;
import org.upright.patient.PatientService;
import org.upright.security.AccountPrincipal;
import org.upright.security.AccountService;
import org.upright.security.CurrentUser;
import org.upright.security.Role;

/** The alerts inbox: a therapist sees their caseload's alerts, an admin all; acknowledging needs a note. */
@Service
public class AlertService {

    public static final int NOTE_MAX = 1000;
    static final int INBOX_MAX = 500;

    private final JdbcTemplate jdbc;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final PatientService patients;
    private final AccountService accounts;

    AlertService(
            JdbcTemplate jdbc,
            PatientAccess access,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            PatientService patients,
            AccountService accounts) {
        this.patients = patients;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first, at most 500; {@code open} true for open alerts, false for acknowledged ones; severity null for all. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AlertEntry> inbox(boolean open, @Nullable AlertSeverity severity) {
        AccountPrincipal me = currentUser.require();
        // the alert table is this module's; names come from the patient and security modules
        StringBuilder sql = new StringBuilder("""
            SELECT a.id, a.patient_id, a.rule_code, a.severity, a.message, a.raised_at, a.acknowledged_at,
                   a.acknowledged_by, a.acknowledgement_note, a.times_fired,
                   COALESCE(a.last_fired_at, a.raised_at), a.last_value
            FROM alert a
            WHERE a.acknowledged_at IS""").append(open ? " NULL" : " NOT NULL");
        List<Object> args = new ArrayList<>();
        if (me.role() != Role.ADMIN) {
            List<Long> mine = patients.myPatientIds();
            if (mine.isEmpty()) {
                return List.of();
            }
            sql.append(" AND a.patient_id IN (")
                    .append(String.join(",", java.util.Collections.nCopies(mine.size(), "?")))
                    .append(')');
            args.addAll(mine);
        }
        if (severity != null) {
            sql.append(" AND a.severity = ?");
            args.add(severity.name());
        }
        // red flags first, then by severity, then the latest firing first
        sql.append(' ').append("""
             ORDER BY a.rule_code = 'RED_FLAG' DESC,
                      CASE a.severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END,
                      COALESCE(a.last_fired_at, a.raised_at) DESC, a.id DESC LIMIT""").append(' ').append(INBOX_MAX);
        record Row(
                long id,
                long patientId,
                String rule,
                String severity,
                String message,
                java.time.Instant raisedAt,
                java.time.@Nullable Instant acknowledgedAt,
                @Nullable Long acknowledgedBy,
                @Nullable String note,
                int timesFired,
                java.time.Instant lastFiredAt,
                @Nullable String lastValue) {}
        List<Row> rows = jdbc.query(
                sql.toString(),
                (rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, Long.class),
                        rs.getString(9),
                        rs.getInt(10),
                        rs.getTimestamp(11).toInstant(),
                        rs.getString(12)),
                args.toArray());
        Map<Long, String> names =
                patients.namesOf(rows.stream().map(Row::patientId).distinct().toList());
        Map<Long, String> staff = accounts.displayNames(rows.stream()
                .map(Row::acknowledgedBy)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream()
                .map(r -> new AlertEntry(
                        r.id(),
                        r.patientId(),
                        names.getOrDefault(r.patientId(), "Patient #" + r.patientId()),
                        AlertRule.valueOf(r.rule()),
                        AlertSeverity.valueOf(r.severity()),
                        r.message(),
                        r.raisedAt(),
                        r.acknowledgedAt(),
                        r.acknowledgedBy() == null ? null : staff.get(r.acknowledgedBy()),
                        r.note(),
                        r.timesFired(),
                        r.lastFiredAt(),
                        r.lastValue()))
                .toList();
    }

    /** Open alerts of one patient, for their pages. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public int openCount(long patientId) {
        access.require(patientId);
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM alert WHERE patient_id = ? AND acknowledged_at IS NULL",
                Integer.class,
                patientId);
        return n == null ? 0 : n;
    }

    /** Acknowledges an open alert with a note; acknowledging twice keeps the first acknowledgement. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void acknowledge(long alertId, String note) {
        List<Long> patient = jdbc.queryForList("SELECT patient_id FROM alert WHERE id = ?", Long.class, alertId);
        if (patient.isEmpty()) {
            throw new NotFoundException();
        }
        access.require(patient.get(0));
        acknowledgeOpen(patient.get(0), List.of(alertId), checkedNote(note));
    }

    /** Acknowledges every open alert of one patient with one note; returns how many were open. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public int acknowledgeAll(long patientId, String note) {
        access.require(patientId);
        String checked = checkedNote(note);
        List<Long> open = jdbc.queryForList(
                "SELECT id FROM alert WHERE patient_id = ? AND acknowledged_at IS NULL", Long.class, patientId);
        return acknowledgeOpen(patientId, open, checked);
    }

    private int acknowledgeOpen(long patientId, List<Long> alertIds, String note) {
        int acknowledged = 0;
        for (long alertId : alertIds) {
            int updated = jdbc.update(
                    """
                UPDATE alert SET acknowledged_at = ?, acknowledged_by = ?, acknowledgement_note = ?, version = version + 1
                WHERE id = ? AND acknowledged_at IS NULL""", Timestamp.from(clock.instant()), currentUser.require().accountId(), note, alertId);
            if (updated == 1) {
                audit.record(AuditAction.ALERT_ACKNOWLEDGED, patientId, "alert", alertId, null);
                acknowledged++;
            }
        }
        return acknowledged;
    }

    private static String checkedNote(String note) {
        String trimmed = note.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("note", "Write a short note on what you did or decided.");
        }
        if (trimmed.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "Use at most " + NOTE_MAX + " characters.");
        }
        return trimmed;
    }
}
