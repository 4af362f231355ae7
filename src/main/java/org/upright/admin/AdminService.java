package org.upright.admin;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.patient.PatientService;
import org.upright.security.AccountService;
import org.upright.security.TherapistCaseloads;

/** The admin's view of all patients, and erasing (anonymising) one. */
@Service
public class AdminService {

    public static final String ERASED_GIVEN_NAME = PatientService.ERASED_GIVEN_NAME;

    private final JdbcTemplate jdbc;
    private final PatientAccess access;
    private final AccountService accountService;
    private final PatientService patients;
    private final TherapistCaseloads caseloads;
    private final AuditLog audit;

    AdminService(
            JdbcTemplate jdbc,
            PatientAccess access,
            AccountService accountService,
            PatientService patients,
            TherapistCaseloads caseloads,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.accountService = accountService;
        this.patients = patients;
        this.caseloads = caseloads;
        this.audit = audit;
    }

    /**
     * Disables a therapist and, in the same transaction, hands every patient of theirs to {@code successorId}
     * (required when they have any), so nobody is left without a therapist.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int disableTherapist(long accountId, @Nullable Long successorId) {
        int moved = successorId == null ? 0 : patients.handOver(accountId, successorId);
        accountService.setEnabled(accountId, false);
        return moved;
    }

    /** How many patients a therapist has, archived ones included: those a disable must hand over. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int patientsOf(long therapistAccountId) {
        return caseloads.patientsOf(therapistAccountId);
    }

    /** Every patient of the clinic whose name contains the search text (all when blank), by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PatientSummary> patients(@Nullable String search) {
        String text = PatientSummary.nullIfBlank(search);
        String like = text == null
                ? "%"
                : "%"
                        + text.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
        return jdbc.query(
                """
            SELECT p.id, p.given_name, p.family_name, p.therapist_id, t.display_name AS therapist,
                   p.archived_at IS NOT NULL AS archived, u.enabled
            FROM patient p JOIN user_account t ON t.id = p.therapist_id JOIN user_account u ON u.id = p.account_id
            WHERE LOWER(CONCAT(p.given_name, ' ', p.family_name)) LIKE ? OR CAST(p.id AS CHAR) = ?
            ORDER BY p.family_name, p.given_name, p.id
            LIMIT 1000""",
                (rs, row) -> new PatientSummary(
                        rs.getLong("id"),
                        rs.getString("given_name") + " " + rs.getString("family_name"),
                        rs.getLong("therapist_id"),
                        rs.getString("therapist"),
                        rs.getBoolean("archived"),
                        ERASED_GIVEN_NAME.equals(rs.getString("given_name")) && !rs.getBoolean("enabled")),
                like,
                text == null ? "" : text.replace("#", ""));
    }

    /**
     * Erases a patient's identity and free text, keeping the numbers: names become "Erased" and
     * "Patient #id", the login is disabled with an unusable password and an @invalid address, the
     * birth date and every note, tag, earlier value of a session, red-flag answer and alert text go (each module clears its own
     * on {@code PatientErased}); counts, dates and ratings stay for the clinic's statistics. The admin
     * confirms by typing the patient's name.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void erase(long patientId, String typedName) {
        Patient patient = access.require(patientId);
        if (!normalise(typedName).equals(normalise(patient.getFullName()))) {
            throw new InvalidInputException("confirmName", "Type the patient's name exactly as shown to confirm.");
        }
        long id = patient.getId();
        patients.erase(id);
        audit.record(AuditAction.PATIENT_ERASED, id, "patient", id, null);
    }

    private static String normalise(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
