package org.upright.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.alert.AlertRecords;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.MessageBundles;
import org.upright.base.NotFoundException;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.SafetyCheckRecords;
import org.upright.logging.SessionRecords;
import org.upright.outcome.OutcomeRecords;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.program.Exercise;
import org.upright.program.ExerciseLibrary;
import org.upright.program.ExerciseTranslations;
import org.upright.program.PrescriptionHistory;
import org.upright.security.AccountDirectory;

/**
 * A patient's record in open formats: CSV, a FHIR R4 bundle, and a printable PDF handout of the
 * prescription in force. For the patient's therapist, an admin, and the patient themselves
 * (PatientAccess decides); every export is audited. The rows come from the modules that own
 * them (program's prescription history, logging's session records).
 */
@Service
public class ExportService {

    private final PatientAccess access;
    private final AccountDirectory accounts;
    private final PrescriptionHistory prescriptions;
    private final SessionRecords sessionRecords;
    private final ExerciseLibrary exercises;
    private final AuditLog audit;
    private final Clock clock;
    private final ClinicSettingsService clinic;
    private final SafetyCheckRecords safetyChecks;
    private final AlertRecords alerts;
    private final MessageBundles bundles;
    private final OutcomeRecords outcomes;
    private final ExerciseTranslations translations;
    private final FhirExport fhir = new FhirExport();

    ExportService(
            PatientAccess access,
            AccountDirectory accounts,
            PrescriptionHistory prescriptions,
            SessionRecords sessionRecords,
            ExerciseLibrary exercises,
            AuditLog audit,
            Clock clock,
            ClinicSettingsService clinic,
            SafetyCheckRecords safetyChecks,
            AlertRecords alerts,
            MessageBundles bundles,
            OutcomeRecords outcomes,
            ExerciseTranslations translations) {
        this.outcomes = outcomes;
        this.translations = translations;
        this.safetyChecks = safetyChecks;
        this.alerts = alerts;
        this.bundles = bundles;
        this.access = access;
        this.clinic = clinic;
        this.accounts = accounts;
        this.prescriptions = prescriptions;
        this.sessionRecords = sessionRecords;
        this.exercises = exercises;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record as CSV in English. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Export csv(long patientId) {
        return csv(patientId, Locale.ENGLISH);
    }

    /** The record as CSV, its headings and coded values in words of the given language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Export csv(long patientId, Locale locale) {
        PatientRecord record = load(patientId);
        audit.record(AuditAction.RECORD_EXPORTED, patientId, "patient", patientId, "format=csv");
        return new Export(
                "upright-patient-" + patientId + ".csv",
                "text/csv;charset=UTF-8",
                CsvExport.write(record, (key, args) -> bundles.text(locale, key, args), locale));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Export fhirBundle(long patientId) {
        PatientRecord record = load(patientId);
        audit.record(AuditAction.RECORD_EXPORTED, patientId, "patient", patientId, "format=fhir-r4");
        return new Export(
                "upright-patient-" + patientId + "-fhir.json",
                "application/fhir+json;charset=UTF-8",
                fhir.write(record).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Export handout(long patientId) {
        PatientRecord record = load(patientId);
        Locale locale = handoutLanguage(patientId);
        audit.record(AuditAction.RECORD_EXPORTED, patientId, "patient", patientId, "format=pdf-handout");
        return new Export(
                "upright-home-program-" + patientId + ".pdf",
                "application/pdf",
                HandoutPdf.write(
                        record,
                        clinic.current(),
                        (key, args) -> bundles.text(locale, key, args),
                        locale,
                        exerciseTexts(record, locale)));
    }

    /** The patient's own language, whoever prints: the handout goes home with the patient. */
    private Locale handoutLanguage(long patientId) {
        long accountId = access.require(patientId).getAccountId();
        return accounts.languagesOf(List.of(accountId)).getOrDefault(accountId, Locale.ENGLISH);
    }

    /** The in-force exercises' names and instructions in the language, by exercise code. */
    private Map<String, ExerciseTranslations.ExerciseText> exerciseTexts(PatientRecord record, Locale locale) {
        PrescriptionHistory.Version v = record.inForce();
        if (v == null) {
            return Map.of();
        }
        Set<String> codes =
                v.exercises().stream().map(PrescriptionHistory.Item::code).collect(java.util.stream.Collectors.toSet());
        Map<Long, Exercise> prescribed = exercises.byId().values().stream()
                .filter(e -> codes.contains(e.getCode()))
                .collect(java.util.stream.Collectors.toMap(Exercise::getId, Function.identity()));
        Map<String, ExerciseTranslations.ExerciseText> byCode = new HashMap<>();
        translations
                .textsOf(prescribed.values(), locale)
                .forEach((id, text) -> byCode.put(prescribed.get(id).getCode(), text));
        return byCode;
    }

    /** For a signed-in patient: the id of their own record, for "download my data". */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public long ownPatientId() {
        return access.requireSelf().getId();
    }

    private PatientRecord load(long patientId) {
        Patient patient = access.require(patientId);
        String email = accounts.emailsOf(List.of(patient.getAccountId())).get(patient.getAccountId());
        if (email == null) {
            throw new NotFoundException();
        }
        LocalDate today = patient.today(clock);
        List<PrescriptionHistory.Version> versions = prescriptions.of(patientId);
        List<AlertRecords.Alert> patientAlerts = alerts.of(patientId);
        Set<Long> staffIds = new HashSet<>();
        staffIds.add(patient.getTherapistId());
        versions.forEach(v -> staffIds.add(v.savedBy()));
        patientAlerts.stream()
                .map(AlertRecords.Alert::acknowledgedBy)
                .filter(Objects::nonNull)
                .forEach(staffIds::add);
        Map<Long, String> staffNames = accounts.namesOf(staffIds);
        Map<Long, PatientRecord.Staff> staff = new HashMap<>();
        accounts.rolesOf(staffIds)
                .forEach((id, role) ->
                        staff.put(id, new PatientRecord.Staff(staffNames.getOrDefault(id, "#" + id), role)));
        Map<Long, Exercise> library = exercises.byId();
        return new PatientRecord(
                patient.getId(),
                patient.getGivenName(),
                patient.getFamilyName(),
                email,
                patient.getBirthDate(),
                patient.getTimeZone(),
                Set.copyOf(patient.getContraindications()),
                patient.getNotes(),
                patient.getCreatedAt(),
                today,
                versions,
                sessionRecords.of(patientId),
                names(library, Exercise::getName),
                names(library, Exercise::getCode),
                patient.getTherapistId(),
                staff,
                prescriptions.pauses(patientId),
                safetyChecks.of(patientId),
                patientAlerts,
                outcomes.answered(patientId));
    }

    private static Map<Long, String> names(Map<Long, Exercise> library, Function<Exercise, String> name) {
        Map<Long, String> names = new HashMap<>();
        library.forEach((id, exercise) -> names.put(id, name.apply(exercise)));
        return names;
    }
}
