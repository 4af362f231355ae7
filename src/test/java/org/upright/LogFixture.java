package org.upright;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.logging.DaySummaries;
import org.upright.patient.PatientForm;
import org.upright.patient.PatientService;
import org.upright.program.ProgramService;
import org.upright.security.UserAccount;

/**
 * Patients with programs and logs for tests. Logs are written as session_log rows and the day's
 * daily_activity row is then recomputed from them exactly as LoggingService does, so the summary
 * equals the live logs of every day the fixture touches.
 */
@Component
public class LogFixture {

    private final JdbcTemplate jdbc;
    private final TestAccounts accounts;
    private final PatientService patients;
    private final ProgramService programs;
    private final Clock clock;

    LogFixture(
            JdbcTemplate jdbc, TestAccounts accounts, PatientService patients, ProgramService programs, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.patients = patients;
        this.programs = programs;
        this.clock = clock;
    }

    /** A patient of {@code therapist} in {@code zone} on the built-in program (phase 1: 2 walks of 30 minutes a day). */
    public long patientWithProgram(UserAccount therapist, String givenName, String zone, LocalDate start) {
        return accounts.as(therapist, () -> {
            long id = patients.create(new PatientForm(
                            givenName,
                            "Tester",
                            givenName.toLowerCase() + "-" + UUID.randomUUID() + "@test.example",
                            null,
                            zone,
                            Set.of(),
                            null))
                    .patient()
                    .getId();
            long template = jdbc.queryForObject(
                    "SELECT id FROM program_template WHERE code = 'UPPER_BACK_WALK_STRETCH'", Long.class);
            programs.assign(id, template, start);
            return id;
        });
    }

    public LocalDate today(String zone) {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /** A walk log on {@code day}; returns its id. */
    @Transactional
    public long walk(
            long patientId, LocalDate day, int minutes, @Nullable Integer discomfortAfter, @Nullable String note) {
        long id = insertLog(patientId, day, "WALK", minutes, discomfortAfter, note);
        summariseDay(patientId, day);
        return id;
    }

    /** A stretch session on {@code day} (after-session rating required); returns its id. */
    @Transactional
    public long stretch(long patientId, LocalDate day, int discomfortAfter, @Nullable String note) {
        long id = insertLog(patientId, day, "STRETCH", null, discomfortAfter, note);
        summariseDay(patientId, day);
        return id;
    }

    /**
     * Recomputes the patient's daily_activity row of {@code day} from the live session_log rows, and
     * what derives from it, with the same statements as LoggingService, so the summaries always equal
     * the logs whatever else a test inserted for that day.
     */
    @Transactional
    public void summariseDay(long patientId, LocalDate day) {
        DaySummaries.recompute(jdbc, patientId, day);
    }

    /** How one stretch of a stretch session went. */
    @Transactional
    public void stretchOutcome(long sessionLogId, String exerciseCode, String outcome, @Nullable Integer discomfort) {
        jdbc.update("""
            INSERT INTO session_exercise (session_log_id, exercise_id, outcome, discomfort)
            SELECT ?, id, ?, ? FROM exercise WHERE code = ?""", sessionLogId, outcome, discomfort, exerciseCode);
    }

    private long insertLog(
            long patientId,
            LocalDate day,
            String kind,
            @Nullable Integer minutes,
            @Nullable Integer discomfortAfter,
            @Nullable String note) {
        Long program = jdbc.queryForObject("SELECT MAX(id) FROM program WHERE patient_id = ?", Long.class, patientId);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var ps = connection.prepareStatement("""
                INSERT INTO session_log (patient_id, program_id, local_date, kind, walk_minutes, discomfort_after, note,
                                         client_key, logged_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
                    ps.setLong(1, patientId);
                    ps.setObject(2, program);
                    ps.setDate(3, Date.valueOf(day));
                    ps.setString(4, kind);
                    ps.setObject(5, minutes);
                    ps.setObject(6, discomfortAfter);
                    ps.setString(7, note);
                    ps.setString(8, UUID.randomUUID().toString());
                    ps.setTimestamp(9, Timestamp.from(Instant.now(clock)));
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }
}
