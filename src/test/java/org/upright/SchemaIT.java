package org.upright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class SchemaIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void flyway_migrates_an_empty_database_to_the_current_schema() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
        assertThat(tables)
                .contains(
                        "user_account",
                        "patient",
                        "prescription",
                        "session_log",
                        "daily_activity",
                        "alert",
                        "audit_event",
                        "flyway_schema_history");
        Integer failed =
                jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0", Integer.class);
        assertThat(failed).isZero();
    }

    @Test
    void the_database_refuses_an_unknown_role_and_a_duplicate_email() {
        assertThatThrownBy(() -> jdbc.update("""
            INSERT INTO user_account (email, display_name, password_hash, role, created_at)
            VALUES ('x@y.org', 'X', 'h', 'SUPERUSER', NOW())""")).isInstanceOf(DataIntegrityViolationException.class);
        UserAccount existing = testAccounts.create(Role.THERAPIST);
        assertThatThrownBy(() -> jdbc.update("""
            INSERT INTO user_account (email, display_name, password_hash, role, created_at)
            VALUES (?, 'Copy', 'h', 'THERAPIST', NOW())""", existing.getEmail()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_refuses_discomfort_outside_0_to_10_and_minutes_outside_0_to_1440() {
        long patientId = insertPatient();
        String insert = """
            INSERT INTO session_log (patient_id, local_date, kind, walk_minutes, discomfort_after, client_key, logged_at)
            VALUES (?, '2026-01-05', ?, ?, ?, ?, NOW())""";
        jdbc.update(insert, patientId, "WALK", 30, 4, "ok-1");
        assertThatThrownBy(() -> jdbc.update(insert, patientId, "WALK", 30, 11, "bad-1"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, patientId, "WALK", 30, -1, "bad-2"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, patientId, "WALK", 1441, 3, "bad-3"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, patientId, "STRETCH", null, null, "bad-4"))
                .as("a stretch session needs its after-session rating")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, patientId, "WALK", 30, 4, "ok-1"))
                .as("the same client key twice is one log")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_refuses_impossible_prescriptions() {
        long patientId = insertPatient();
        long therapistId = jdbc.queryForObject("SELECT therapist_id FROM patient WHERE id = ?", Long.class, patientId);
        long templateId = jdbc.queryForObject("SELECT MIN(id) FROM program_template", Long.class);
        jdbc.update("""
            INSERT INTO program (patient_id, template_id, start_date, status, current_phase, phase_started_on,
                                 live_patient_id, created_at)
            VALUES (?, ?, '2026-01-05', 'ACTIVE', 1, '2026-01-05', ?, NOW())""", patientId, templateId, patientId);
        long programId = jdbc.queryForObject("SELECT id FROM program WHERE patient_id = ?", Long.class, patientId);
        String insert = """
            INSERT INTO prescription (program_id, effective_from, saved_at, saved_by, phase, walks_per_day,
                minutes_per_walk, stretch_sessions_per_day, warm_up_minutes, weekdays, phase_min_days)
            VALUES (?, '2026-01-05', NOW(), ?, 1, ?, ?, ?, 0, 127, 7)""";
        jdbc.update(insert, programId, therapistId, 2, 30, 0);
        assertThatThrownBy(() -> jdbc.update(insert, programId, therapistId, 0, 30, 0))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, programId, therapistId, 2, 241, 0))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, programId, therapistId, 2, 30, 7))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
            INSERT INTO program (patient_id, template_id, start_date, status, current_phase, phase_started_on,
                                 live_patient_id, created_at)
            VALUES (?, ?, '2026-02-01', 'ACTIVE', 1, '2026-02-01', ?, NOW())""", patientId, templateId, patientId))
                .as("a patient has at most one live program")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long insertPatient() {
        UserAccount therapist = testAccounts.create(Role.THERAPIST);
        UserAccount patient = testAccounts.create(Role.PATIENT);
        jdbc.update("""
            INSERT INTO patient (account_id, therapist_id, given_name, family_name, time_zone, created_at)
            VALUES (?, ?, 'Pat', 'Ient', 'Europe/Helsinki', NOW())""", patient.getId(), therapist.getId());
        return jdbc.queryForObject("SELECT id FROM patient WHERE account_id = ?", Long.class, patient.getId());
    }
}
