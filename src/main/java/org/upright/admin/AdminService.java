package org.upright.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.patient.PatientService;
import org.upright.security.AccountDirectory;
import org.upright.security.AccountService;
import org.upright.security.TherapistCaseloads;

/** The admin's view of all patients, and erasing (anonymising) one. */
@Service
public class AdminService {

    public static final String ERASED_GIVEN_NAME = PatientService.ERASED_GIVEN_NAME;

    private final AccountDirectory directory;
    private final PatientAccess access;
    private final AccountService accountService;
    private final PatientService patients;
    private final TherapistCaseloads caseloads;
    private final AuditLog audit;

    AdminService(
            AccountDirectory directory,
            PatientAccess access,
            AccountService accountService,
            PatientService patients,
            TherapistCaseloads caseloads,
            AuditLog audit) {
        this.directory = directory;
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
        List<Patient> found = patients.search(PatientSummary.nullIfBlank(search), 1000);
        Map<Long, String> therapists =
                directory.namesOf(found.stream().map(Patient::getTherapistId).collect(Collectors.toSet()));
        Set<Long> disabled = directory.disabledAmong(
                found.stream().map(Patient::getAccountId).toList());
        return found.stream()
                .map(p -> new PatientSummary(
                        p.getId(),
                        p.getFullName(),
                        p.getTherapistId(),
                        therapists.getOrDefault(p.getTherapistId(), ""),
                        p.isArchived(),
                        ERASED_GIVEN_NAME.equals(p.getGivenName()) && disabled.contains(p.getAccountId())))
                .toList();
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
            throw new InvalidInputException("confirmName", "admin.error.confirm-name");
        }
        long id = patient.getId();
        patients.erase(id);
        audit.record(AuditAction.PATIENT_ERASED, id, "patient", id, null);
    }

    private static String normalise(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
