package org.upright.alert;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

    private final AlertQueries queries;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final PatientService patients;
    private final AccountService accounts;

    AlertService(
            AlertQueries queries,
            PatientAccess access,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            PatientService patients,
            AccountService accounts) {
        this.patients = patients;
        this.accounts = accounts;
        this.queries = queries;
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
        List<AlertQueries.Row> rows =
                queries.inbox(open, severity, me.role() == Role.ADMIN ? null : patients.myPatientIds(), INBOX_MAX);
        Map<Long, String> names = patients.namesOf(
                rows.stream().map(AlertQueries.Row::patientId).distinct().toList());
        Map<Long, String> staff = accounts.displayNames(rows.stream()
                .map(AlertQueries.Row::acknowledgedBy)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream()
                .map(r -> new AlertEntry(
                        r.id(),
                        r.patientId(),
                        names.getOrDefault(r.patientId(), "Patient #" + r.patientId()),
                        r.rule(),
                        r.severity(),
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
        return queries.openCount(patientId);
    }

    /** Acknowledges an open alert with a note; acknowledging twice keeps the first acknowledgement. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void acknowledge(long alertId, String note) {
        long patientId = queries.patientOf(alertId).orElseThrow(NotFoundException::new);
        access.require(patientId);
        acknowledgeOpen(patientId, List.of(alertId), checkedNote(note));
    }

    /** Acknowledges every open alert of one patient with one note; returns how many were open. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public int acknowledgeAll(long patientId, String note) {
        access.require(patientId);
        String checked = checkedNote(note);
        return acknowledgeOpen(patientId, queries.openIds(patientId), checked);
    }

    private int acknowledgeOpen(long patientId, List<Long> alertIds, String note) {
        int acknowledged = 0;
        for (long alertId : alertIds) {
            if (queries.acknowledge(
                    alertId, clock.instant(), currentUser.require().accountId(), note)) {
                audit.record(AuditAction.ALERT_ACKNOWLEDGED, patientId, "alert", alertId, null);
                acknowledged++;
            }
        }
        return acknowledged;
    }

    private static String checkedNote(String note) {
        String trimmed = note.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("note", "alert.error.note-empty");
        }
        if (trimmed.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "alert.error.note-too-long", NOTE_MAX);
        }
        return trimmed;
    }
}
