package org.upright.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.NotFoundException;
import org.upright.clinic.ClinicSettingsService;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;

/**
 * A patient's record in open formats: CSV, a FHIR R4 bundle, and a printable PDF handout of the
 * prescription in force. For the patient's therapist, an admin, and the patient themselves
 * (PatientAccess decides); every export is audited. Reads the tables directly so that it
 * depends on no other module's entities.
 */
@Service
public class ExportService {

    private final PatientAccess access;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ClinicSettingsService clinic;
    private final FhirExport fhir = new FhirExport();

    ExportService(PatientAccess access, JdbcTemplate jdbc, AuditLog audit, Clock clock, ClinicSettingsService clinic) {
        this.access = access;
        this.clinic = clinic;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Export csv(long patientId) {
        PatientRecord record = load(patientId);
        audit.record(AuditAction.RECORD_EXPORTED, patientId, "patient", patientId, "format=csv");
        return new Export("upright-patient-" + patientId + ".csv", "text/csv;charset=UTF-8", CsvExport.write(record));
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
        audit.record(AuditAction.RECORD_EXPORTED, patientId, "patient", patientId, "format=pdf-handout");
        return new Export(
                "upright-home-program-" + patientId + ".pdf",
                "application/pdf",
                HandoutPdf.write(record, clinic.current()));
    }

    /** For a signed-in patient: the id of their own record, for "download my data". */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public long ownPatientId() {
        return access.requireSelf().getId();
    }

    private PatientRecord load(long patientId) {
        Patient patient = access.require(patientId);
        String email = jdbc.query(
                "SELECT email FROM user_account WHERE id = ?",
                rs -> rs.next() ? rs.getString(1) : null,
                patient.getAccountId());
        if (email == null) {
            throw new NotFoundException();
        }
        LocalDate today = patient.today(clock);
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
                versions(patientId),
                sessions(patientId));
    }

    private List<PatientRecord.Version> versions(long patientId) {
        Map<Long, List<PatientRecord.Item>> items = new HashMap<>();
        jdbc.query(
                """
            SELECT pe.prescription_id, e.code, e.name, e.kind, e.instructions, e.cautions,
                   pe.hold_seconds, pe.reps, pe.sets
            FROM prescription_exercise pe
            JOIN exercise e ON e.id = pe.exercise_id
            JOIN prescription pr ON pr.id = pe.prescription_id
            JOIN program pg ON pg.id = pr.program_id
            WHERE pg.patient_id = ?
            ORDER BY pe.prescription_id, pe.position""",
                rs -> {
                    items.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new PatientRecord.Item(
                                    rs.getString("code"),
                                    rs.getString("name"),
                                    rs.getString("kind"),
                                    rs.getString("instructions"),
                                    rs.getString("cautions"),
                                    rs.getObject("hold_seconds", Integer.class),
                                    rs.getObject("reps", Integer.class),
                                    rs.getObject("sets", Integer.class)));
                },
                patientId);
        return jdbc.query(
                """
            SELECT pr.id, pr.program_id, t.name AS program_name, pg.status, pg.start_date, pg.end_date,
                   pr.effective_from, pr.saved_at, pr.phase, tp.name AS phase_name, pr.walks_per_day,
                   pr.minutes_per_walk, pr.stretch_sessions_per_day, pr.warm_up_minutes, pr.weekdays, pr.note,
                   EXISTS (SELECT 1 FROM prescription_withdrawal w WHERE w.prescription_id = pr.id) AS withdrawn
            FROM prescription pr
            JOIN program pg ON pg.id = pr.program_id
            JOIN program_template t ON t.id = pg.template_id
            LEFT JOIN template_phase tp ON tp.template_id = t.id AND tp.phase_number = pr.phase
            WHERE pg.patient_id = ?
            ORDER BY pg.start_date, pr.effective_from, pr.saved_at, pr.id""",
                (rs, row) -> new PatientRecord.Version(
                        rs.getLong("id"),
                        rs.getLong("program_id"),
                        rs.getString("program_name"),
                        rs.getString("status"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getTimestamp("saved_at").toInstant(),
                        rs.getInt("phase"),
                        rs.getString("phase_name"),
                        rs.getInt("walks_per_day"),
                        rs.getInt("minutes_per_walk"),
                        rs.getInt("stretch_sessions_per_day"),
                        rs.getInt("warm_up_minutes"),
                        rs.getInt("weekdays"),
                        rs.getString("note"),
                        List.copyOf(items.getOrDefault(rs.getLong("id"), List.of())),
                        rs.getBoolean("withdrawn")),
                patientId);
    }

    private List<PatientRecord.Session> sessions(long patientId) {
        Map<Long, List<PatientRecord.SessionItem>> items = new HashMap<>();
        jdbc.query(
                """
            SELECT se.session_log_id, e.name, se.outcome, se.discomfort
            FROM session_exercise se
            JOIN exercise e ON e.id = se.exercise_id
            JOIN session_log s ON s.id = se.session_log_id
            WHERE s.patient_id = ? AND s.deleted_at IS NULL
            ORDER BY se.session_log_id, se.id""",
                rs -> {
                    items.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new PatientRecord.SessionItem(
                                    rs.getString("name"),
                                    rs.getString("outcome"),
                                    rs.getObject("discomfort", Integer.class)));
                },
                patientId);
        return jdbc.query(
                """
            SELECT id, local_date, kind, walk_minutes, warm_up_minutes, discomfort_before, discomfort_after, note,
                   context_tags, logged_at
            FROM session_log
            WHERE patient_id = ? AND deleted_at IS NULL
            ORDER BY local_date, logged_at, id""",
                (rs, row) -> new PatientRecord.Session(
                        rs.getLong("id"),
                        rs.getObject("local_date", LocalDate.class),
                        rs.getString("kind"),
                        rs.getObject("walk_minutes", Integer.class),
                        rs.getObject("warm_up_minutes", Integer.class),
                        rs.getObject("discomfort_before", Integer.class),
                        rs.getObject("discomfort_after", Integer.class),
                        rs.getString("note"),
                        rs.getString("context_tags"),
                        rs.getTimestamp("logged_at").toInstant(),
                        List.copyOf(items.getOrDefault(rs.getLong("id"), List.of()))),
                patientId);
    }
}
