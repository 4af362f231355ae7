package org.upright;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.upright.patient.NewPatient;
import org.upright.patient.PatientForm;
import org.upright.patient.PatientService;
import org.upright.program.ProgramService;
import org.upright.security.UserAccount;

/**
 * Patients for tests, made through the services as their therapist would, with a program and
 * (written straight to the V1 tables, with the day's daily_activity row recomputed from them as
 * the logging module does) a few session logs.
 */
@Component
public class TestPatients {

    private final TestAccounts accounts;
    private final PatientService patients;
    private final ProgramService programs;
    private final JdbcTemplate jdbc;
    private final LogFixture logs;

    TestPatients(
            TestAccounts accounts,
            PatientService patients,
            ProgramService programs,
            JdbcTemplate jdbc,
            LogFixture logs) {
        this.logs = logs;
        this.accounts = accounts;
        this.patients = patients;
        this.programs = programs;
        this.jdbc = jdbc;
    }

    public NewPatient create(UserAccount therapist, String givenName, String familyName, String notes) {
        String email = givenName.toLowerCase() + "." + System.nanoTime() + "@patient.example";
        return accounts.as(
                therapist,
                () -> patients.create(new PatientForm(
                        givenName, familyName, email, LocalDate.of(1970, 5, 17), "Europe/Berlin", Set.of(), notes)));
    }

    /** Assigns the built-in template from two weeks ago. */
    public void assignProgram(UserAccount therapist, long patientId) {
        Long template = jdbc.queryForObject(
                "SELECT id FROM program_template WHERE code = 'UPPER_BACK_WALK_STRETCH'", Long.class);
        accounts.as(
                therapist,
                () -> programs.assign(patientId, template, LocalDate.now().minusDays(14)));
    }

    /** A walk and a stretch session on a day, with a note on the walk. */
    public void logSessions(long patientId, LocalDate day, String note) {
        Long program = jdbc.queryForObject(
                "SELECT id FROM program WHERE patient_id = ? ORDER BY id DESC LIMIT 1", Long.class, patientId);
        Timestamp at = Timestamp.from(Instant.now());
        jdbc.update("""
            INSERT INTO session_log (patient_id, program_id, local_date, kind, walk_minutes, warm_up_minutes,
                discomfort_before, discomfort_after, note, context_tags, client_key, logged_at)
            VALUES (?, ?, ?, 'WALK', 20, NULL, 4, 3, ?, 'morning', ?, ?)""", patientId, program, day, note, "walk-" + System.nanoTime(), at);
        jdbc.update("""
            INSERT INTO session_log (patient_id, program_id, local_date, kind, walk_minutes, warm_up_minutes,
                discomfort_before, discomfort_after, note, context_tags, client_key, logged_at)
            VALUES (?, ?, ?, 'STRETCH', NULL, 5, 5, 2, NULL, NULL, ?, ?)""", patientId, program, day, "stretch-" + System.nanoTime(), at);
        Long stretch = jdbc.queryForObject(
                "SELECT id FROM session_log WHERE patient_id = ? AND kind = 'STRETCH' ORDER BY id DESC LIMIT 1",
                Long.class,
                patientId);
        Long exercise = jdbc.queryForObject("SELECT MIN(id) FROM exercise WHERE kind = 'STRETCH'", Long.class);
        jdbc.update(
                "INSERT INTO session_exercise (session_log_id, exercise_id, outcome, discomfort) "
                        + "VALUES (?, ?, 'DONE', 2)",
                stretch,
                exercise);
        logs.summariseDay(patientId, day);
    }
}
