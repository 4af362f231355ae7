package org.upright.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.base.InvalidInputException;
import org.upright.logging.LoggedSession;
import org.upright.logging.LoggingService;
import org.upright.logging.WalkEntry;
import org.upright.patient.NewPatient;
import org.upright.patient.PatientService;
import org.upright.security.Role;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

@IntegrationTest
class ErasureIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients testPatients;

    @Autowired
    AdminService adminService;

    @Autowired
    PatientService patientService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoggingService logging;

    @Autowired
    UserAccountRepository userAccounts;

    @Test
    void after_erasure_no_name_email_or_note_of_the_patient_remains_anywhere_in_the_database() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount therapist = accounts.create(Role.THERAPIST);
        String unique = Long.toString(System.nanoTime(), 36);
        String given = "Quillon" + unique;
        String family = "Vexbright" + unique;
        String patientNote = "Worried about the stairs at " + unique;
        String sessionNote = "Walked to the bakery " + unique;
        NewPatient created = testPatients.create(therapist, given, family, patientNote);
        long patientId = created.patient().getId();
        String email = created.email();
        testPatients.assignProgram(therapist, patientId);
        // the patient logs, changes and deletes sessions through the app, as on their phone
        UserAccount patientAccount =
                userAccounts.findById(created.patient().getAccountId()).orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String editedNote = "Knee fine after the hill " + unique;
        String deletedNote = "Logged twice by mistake " + unique;
        accounts.as(patientAccount, () -> {
            logging.logWalk(WalkEntry.of(java.util.UUID.randomUUID().toString(), today, 30, 3, sessionNote));
            String key = java.util.UUID.randomUUID().toString();
            LoggedSession changed = logging.logWalk(WalkEntry.of(key, today, 20, 4, "First try " + unique));
            logging.edit(changed.id(), changed.version(), WalkEntry.of(key, today, 25, 2, editedNote));
            LoggedSession twice =
                    logging.logWalk(WalkEntry.of(java.util.UUID.randomUUID().toString(), today, 30, 3, deletedNote));
            logging.delete(twice.id());
        });
        assertThat(occurrences(editedNote)).isNotEmpty();
        accounts.as(therapist, () -> patientService.get(patientId));
        jdbc.update(
                "INSERT INTO red_flag_check (patient_id, answered_at, answers, any_yes) VALUES (?, ?, ?, TRUE)",
                patientId,
                Timestamp.from(Instant.now()),
                "numbness=yes: tingling in the left hand " + unique);
        jdbc.update(
                """
            INSERT INTO alert (patient_id, rule_code, severity, cause_key, message, raised_at, acknowledged_at,
                               acknowledged_by, acknowledgement_note)
            VALUES (?, 'RED_FLAG', 'CRITICAL', ?, ?, ?, ?, ?, ?)""",
                patientId,
                "red-flag-1",
                given + " " + family + " answered yes",
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()),
                therapist.getId(),
                "Called " + given + " at home " + unique);
        jdbc.update(
                "INSERT INTO program_pause (program_id, from_date, to_date, reason) "
                        + "SELECT id, ?, ?, ? FROM program WHERE patient_id = ?",
                LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(9),
                "Trip to see " + unique,
                patientId);
        int sessionsBefore = count("SELECT COUNT(*) FROM session_log WHERE patient_id = ?", patientId);
        int discomfortBefore = count("SELECT SUM(discomfort_after) FROM session_log WHERE patient_id = ?", patientId);
        assertThat(occurrences(unique)).isNotEmpty();

        accounts.as(admin, () -> adminService.erase(patientId, "  " + given.toLowerCase() + "  " + family + " "));

        assertThat(occurrences(unique))
                .as("text columns still holding the patient's data")
                .isEmpty();
        assertThat(occurrences(email)).isEmpty();
        assertThat(occurrences(given)).isEmpty();
        var patient = jdbc.queryForMap(
                "SELECT given_name, family_name, birth_date, notes FROM patient WHERE id = ?", patientId);
        assertThat(patient.get("given_name")).isEqualTo("Erased");
        assertThat(patient.get("family_name")).isEqualTo("Patient #" + patientId);
        assertThat(patient.get("birth_date")).isNull();
        var login = jdbc.queryForMap(
                "SELECT email, enabled FROM user_account WHERE id = ?",
                created.patient().getAccountId());
        assertThat(login.get("email")).isEqualTo("erased-" + patientId + "@invalid");
        assertThat(login.get("enabled")).isEqualTo(false);
        // the numbers stay
        assertThat(count("SELECT COUNT(*) FROM session_log WHERE patient_id = ?", patientId))
                .isEqualTo(sessionsBefore);
        assertThat(count("SELECT SUM(discomfort_after) FROM session_log WHERE patient_id = ?", patientId))
                .isEqualTo(discomfortBefore)
                .isEqualTo(3 + 2 + 3);
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action IN "
                                + "('SESSION_LOGGED', 'SESSION_EDITED', 'SESSION_DELETED')",
                        patientId))
                .isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM red_flag_check WHERE patient_id = ? AND any_yes", patientId))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PATIENT_ERASED' AND patient_id = ? "
                                + "AND actor_id = ?",
                        patientId,
                        admin.getId()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PATIENT_VIEWED' AND patient_id = ?",
                        patientId))
                .isEqualTo(1);
    }

    @Test
    void erasure_needs_the_patients_name_typed_exactly() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount therapist = accounts.create(Role.THERAPIST);
        long patientId =
                testPatients.create(therapist, "Keep", "Mehere", "").patient().getId();

        assertThatThrownBy(() -> accounts.as(admin, () -> adminService.erase(patientId, "Keep Me")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("SELECT given_name FROM patient WHERE id = ?", String.class, patientId))
                .isEqualTo("Keep");
        assertThatThrownBy(() -> accounts.as(therapist, () -> adminService.erase(patientId, "Keep Mehere")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** Every text column of every table of this database that contains the text: "table.column". */
    private List<String> occurrences(String text) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
            SELECT table_name AS t, column_name AS c FROM information_schema.columns
            WHERE table_schema = DATABASE()
              AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json', 'enum', 'set')""");
        assertThat(columns).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("t");
            String name = (String) column.get("c");
            Integer hits = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM `" + table + "` WHERE LOWER(`" + name + "`) LIKE ?",
                    Integer.class,
                    "%" + text.toLowerCase() + "%");
            if (hits != null && hits > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
