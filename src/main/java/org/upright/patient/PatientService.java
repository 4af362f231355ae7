package org.upright.patient;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.ConflictException;
import org.upright.base.InvalidInputException;
import org.upright.base.Names;
import org.upright.base.NotFoundException;
import org.upright.base.Problem;
import org.upright.security.AccountPrincipal;
import org.upright.security.AccountService;
import org.upright.security.CurrentUser;
import org.upright.security.PasswordLinks;
import org.upright.security.Role;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

/** Patients: creating them with their login, editing, archiving, reassigning. */
@Service
public class PatientService {

    /** The given name an erased patient keeps; the family name becomes "Patient #id". */
    public static final String ERASED_GIVEN_NAME = "Erased";

    static final String EMAIL_NOT_USABLE = "patient.error.email-not-usable";

    private final PatientRepository patients;
    private final PatientAccess access;
    private final AccountService accountService;
    private final PasswordLinks passwordLinks;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CaseloadReader caseload;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PatientService(
            PatientRepository patients,
            PatientAccess access,
            AccountService accountService,
            UserAccountRepository accounts,
            CurrentUser currentUser,
            AuditLog audit,
            CaseloadReader caseload,
            Clock clock,
            ApplicationEventPublisher events,
            PasswordLinks passwordLinks) {
        this.passwordLinks = passwordLinks;
        this.patients = patients;
        this.events = events;
        this.caseload = caseload;
        this.access = access;
        this.accountService = accountService;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A therapist adds a patient to their own caseload; the patient's login is made at once. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public NewPatient create(PatientForm form) {
        Map<String, Problem> errors = validate(form);
        errors.putAll(accountService.validate(form.email(), form.givenName() + " " + form.familyName()));
        errors.remove("displayName");
        if (!errors.containsKey("email")
                && accounts.existsByEmailIgnoreCase(form.email().trim())) {
            // the same words whoever holds the address (staff, another caseload's patient): nothing about them
            errors.put("email", Problem.of(EMAIL_NOT_USABLE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AccountPrincipal therapist = currentUser.require();
        String oneTimePassword = accountService.generateOneTimePassword();
        UserAccount account = accountService.createPatientAccount(
                form.email(),
                Names.normalise(form.givenName()) + " " + Names.normalise(form.familyName()),
                oneTimePassword);
        Patient patient = new Patient(account.getId(), therapist.accountId(), clock.instant());
        apply(patient, form);
        patients.save(patient);
        audit.record(AuditAction.PATIENT_CREATED, patient.getId(), "patient", patient.getId(), null);
        return new NewPatient(patient, account.getEmail(), oneTimePassword);
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public Patient update(long patientId, long expectedVersion, PatientForm form) {
        Patient patient = access.require(patientId);
        if (patient.getVersion() != expectedVersion) {
            throw new ConflictException("patient.error.changed-elsewhere");
        }
        Map<String, Problem> errors = validate(form);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = describe(patient);
        apply(patient, form);
        patients.saveAndFlush(patient);
        audit.record(
                AuditAction.PATIENT_UPDATED,
                patientId,
                "patient",
                patientId,
                "before: " + before + "; after: " + describe(patient));
        return patient;
    }

    /** Lets a patient who waits after failed sign-ins try again at once; their therapist or an admin. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void unlockLogin(long patientId) {
        accountService.unlock(access.require(patientId).getAccountId());
    }

    /** Sends the patient a link to choose a new password; their therapist or an admin. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void sendPasswordLink(long patientId) {
        passwordLinks.sendResetLink(access.require(patientId).getAccountId(), patientId);
    }

    /** Whether the patient's login waits after failed sign-ins. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public boolean isLoginLocked(long patientId) {
        return accountService.isLocked(access.require(patientId).getAccountId());
    }

    /** Archived patients leave the caseload; nothing clinical is deleted. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void archive(long patientId) {
        Patient patient = access.require(patientId);
        patient.setArchivedAt(clock.instant());
        audit.record(AuditAction.PATIENT_ARCHIVED, patientId, "patient", patientId, null);
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void restore(long patientId) {
        Patient patient = access.require(patientId);
        patient.setArchivedAt(null);
        audit.record(AuditAction.PATIENT_UPDATED, patientId, "patient", patientId, "restored from archive");
    }

    /** The record as the current user may see it; reading it is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Patient get(long patientId) {
        Patient patient = access.require(patientId);
        audit.record(AuditAction.PATIENT_VIEWED, patientId, "patient", patientId, null);
        return patient;
    }

    /** For a signed-in patient: their own record. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public Patient self() {
        return access.requireSelf();
    }

    /** An admin moves a patient, with program and history, to another therapist. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reassign(long patientId, long therapistAccountId) {
        Patient patient = access.require(patientId);
        UserAccount therapist = accounts.findById(therapistAccountId)
                .filter(a -> a.getRole() == Role.THERAPIST && a.isEnabled())
                .orElseThrow(() -> new InvalidInputException("therapist", "patient.error.active-therapist"));
        long from = patient.getTherapistId();
        if (from == therapist.getId()) {
            return;
        }
        patient.setTherapistId(therapist.getId());
        audit.record(
                AuditAction.PATIENT_REASSIGNED,
                patientId,
                "patient",
                patientId,
                "from therapist " + from + " to therapist " + therapist.getId());
    }

    /**
     * An admin moves every patient of one therapist, archived ones included, to another active therapist,
     * each move audited as a reassignment. Returns how many moved.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int handOver(long fromTherapistId, long toTherapistId) {
        if (fromTherapistId == toTherapistId) {
            throw new InvalidInputException("successor", "patient.error.other-therapist");
        }
        accounts.findById(toTherapistId)
                .filter(a -> a.getRole() == Role.THERAPIST && a.isEnabled())
                .orElseThrow(() -> new InvalidInputException("successor", "patient.error.active-therapist"));
        List<Patient> moving = patients.findByTherapistId(fromTherapistId);
        moving.forEach(p -> reassign(p.getId(), toTherapistId));
        return moving.size();
    }

    /**
     * Erases a patient's identity (names, birth date, notes, login) and publishes {@link PatientErased},
     * on which every module clears its own free text about them, all in this transaction. Counts,
     * dates and ratings stay for the clinic's statistics.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void erase(long patientId) {
        Patient patient = access.require(patientId);
        long id = patient.getId();
        patient.setGivenName(ERASED_GIVEN_NAME);
        patient.setFamilyName("Patient #" + id);
        patient.setBirthDate(null);
        patient.setNotes(null);
        if (!patient.isArchived()) {
            patient.setArchivedAt(clock.instant());
        }
        patients.save(patient);
        accountService.anonymisePatientAccount(
                patient.getAccountId(), "Erased Patient #" + id, "erased-" + id + "@invalid");
        events.publishEvent(new PatientErased(id));
    }

    /** Full names of these patients, of those the signed-in therapist or admin may see; others are left out. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> patientIds) {
        AccountPrincipal me = currentUser.require();
        Map<Long, String> names = new HashMap<>();
        patients.findAllById(patientIds).stream()
                .filter(p -> me.role() == Role.ADMIN || p.getTherapistId() == me.accountId())
                .forEach(p -> names.put(p.getId(), p.getFullName()));
        return names;
    }

    /**
     * For an admin: every patient of the clinic whose name contains the text or whose number it is
     * ("#12" or "12"), archived ones included, by name; everyone when the text is blank.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Patient> search(@Nullable String text, int limit) {
        String trimmed = text == null ? "" : text.trim();
        String pattern = "%"
                + trimmed.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return patients.search(pattern, trimmed.replace("#", ""), limit);
    }

    /** Ids of every patient of the signed-in therapist, archived ones included. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public List<Long> myPatientIds() {
        return patients.findByTherapistId(currentUser.require().accountId()).stream()
                .map(Patient::getId)
                .toList();
    }

    /** How many of the current therapist's patients the query matches. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public int caseloadCount(CaseloadQuery query) {
        return caseload.count(currentUser.require().accountId(), query);
    }

    /** One page of the current therapist's own patients, in one set-based query. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public List<CaseloadRow> caseload(CaseloadQuery query, int offset, int limit) {
        return caseload.page(currentUser.require().accountId(), query, offset, limit);
    }

    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public List<Patient> myActivePatients() {
        return patients.findByTherapistIdAndArchivedAtIsNull(
                currentUser.require().accountId());
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public String emailOf(Patient patient) {
        access.require(patient.getId());
        return accounts.findById(patient.getAccountId())
                .map(UserAccount::getEmail)
                .orElseThrow(NotFoundException::new);
    }

    Map<String, Problem> validate(PatientForm form) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        checkName(errors, "givenName", form.givenName(), "patient.error.given-name");
        checkName(errors, "familyName", form.familyName(), "patient.error.family-name");
        try {
            ZoneId.of(form.timeZone());
        } catch (DateTimeException ex) {
            errors.put("timeZone", Problem.of("patient.error.time-zone"));
        }
        LocalDate birthDate = form.birthDate();
        if (birthDate != null
                && (birthDate.isAfter(LocalDate.now(clock)) || birthDate.isBefore(LocalDate.of(1900, 1, 1)))) {
            errors.put("birthDate", Problem.of("patient.error.birth-date"));
        }
        Set<String> known = java.util.Arrays.stream(Contraindication.values())
                .map(Enum::name)
                .collect(Collectors.toSet());
        if (!known.containsAll(form.contraindications())) {
            errors.put("contraindications", Problem.of("patient.error.contraindications"));
        }
        if (form.notes() != null && form.notes().length() > Patient.NOTES_MAX) {
            errors.put("notes", Problem.of("patient.error.too-long", Patient.NOTES_MAX));
        }
        return errors;
    }

    private static void checkName(Map<String, Problem> errors, String field, String value, String emptyKey) {
        String name = Names.normalise(value);
        if (name.isEmpty()) {
            errors.put(field, Problem.of(emptyKey));
        } else if (name.length() > Patient.NAME_MAX) {
            errors.put(field, Problem.of("patient.error.too-long", Patient.NAME_MAX));
        } else {
            Names.problem(name).ifPresent(problem -> errors.put(field, problem));
        }
    }

    private static void apply(Patient patient, PatientForm form) {
        patient.setGivenName(Names.normalise(form.givenName()));
        patient.setFamilyName(Names.normalise(form.familyName()));
        patient.setBirthDate(form.birthDate());
        patient.setTimeZone(form.timeZone());
        patient.setContraindications(form.contraindications());
        patient.setNotes(
                form.notes() == null || form.notes().isBlank()
                        ? null
                        : form.notes().trim());
    }

    // Which fields changed, for the audit trail; free text is summarised, not copied.
    private static String describe(Patient p) {
        return "name=" + p.getGivenName().length() + "+" + p.getFamilyName().length() + " chars, birthDate="
                + (p.getBirthDate() != null) + ", zone=" + p.getTimeZone() + ", contraindications="
                + p.getContraindications().size() + ", notes="
                + (p.getNotes() == null ? 0 : p.getNotes().length()) + " chars";
    }
}
