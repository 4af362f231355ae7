package org.upright.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.logging.LoggingService;
import org.upright.patient.PatientService;
import org.upright.program.ProgramService;
import org.upright.security.AccountService;
import org.upright.security.Role;
import org.upright.security.SystemActor;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

@IntegrationTest
class DemoDataIT {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AccountService accountService;

    @Autowired
    PatientService patients;

    @Autowired
    ProgramService programs;

    @Autowired
    LoggingService logging;

    @Autowired
    SystemActor system;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    org.upright.program.TemplateService templateService;

    @Autowired
    org.upright.clinic.ClinicSettingsService clinicSettings;

    @Test
    void the_demo_patients_are_made_through_the_services_with_weeks_of_varied_logs() {
        UserAccount admin = testAccounts.create(Role.ADMIN);
        List<UserAccount> therapists =
                List.of(testAccounts.create(Role.THERAPIST), testAccounts.create(Role.THERAPIST));
        DemoData demo = new DemoData(
                accounts, accountService, patients, programs, templateService, clinicSettings, logging, system, clock);

        long started = System.nanoTime();
        demo.loadPatients(testAccounts.principal(admin), therapists);
        long millis = (System.nanoTime() - started) / 1_000_000;
        // a figure to read, not a limit: a timed assertion only measures how busy the machine is
        System.out.println("Demo patients loaded in " + millis + " ms");

        assertThat(jdbc.queryForList("""
            SELECT p.therapist_id FROM patient p JOIN user_account a ON a.id = p.account_id
            WHERE a.email LIKE '%.patient@upright.demo' AND a.must_change_password = FALSE""", Long.class))
                .hasSize(12)
                .containsOnly(therapists.get(0).getId(), therapists.get(1).getId())
                .filteredOn(id -> id.equals(therapists.get(0).getId()))
                .hasSize(6);
        assertThat(statusOf("henry")).isEqualTo("PAUSED");
        assertThat(jdbc.queryForList("SELECT DISTINCT current_phase FROM program", Integer.class))
                .contains(1, 2, 3);
        assertThat(logsOf("anna")).isGreaterThan(60);
        assertThat(logsOf("liam")).isLessThan(6);

        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        assertThat(logsSince("david", today.minusDays(9)))
                .as("David stopped logging")
                .isZero();
        assertThat(meanDiscomfort("emma", today.minusDays(7), today))
                .as("Emma's discomfort is rising")
                .isGreaterThan(meanDiscomfort("emma", LocalDate.MIN, today.minusDays(35)) + 2);
        assertThat(jdbc.queryForObject("""
            SELECT COUNT(*) FROM session_exercise se JOIN session_log l ON l.id = se.session_log_id
            JOIN exercise e ON e.id = se.exercise_id JOIN patient p ON p.id = l.patient_id
            WHERE p.given_name = 'Felix' AND e.code = 'CHIN_TO_CHEST'""", Integer.class))
                .as("the neck-injury patient never gets chin to chest")
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_log WHERE note IS NOT NULL", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM session_log WHERE context_tags IS NOT NULL", Integer.class))
                .isPositive();
        String demoPatients = "SELECT p.id FROM patient p JOIN user_account a ON a.id = p.account_id "
                + "WHERE a.email LIKE '%.patient@upright.demo'";
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(walks + stretch_sessions) FROM daily_activity WHERE patient_id IN (" + demoPatients
                                + ")",
                        Integer.class))
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM session_log WHERE deleted_at IS NULL AND patient_id IN (" + demoPatients
                                + ")",
                        Integer.class));
    }

    private String statusOf(String given) {
        return jdbc.queryForObject(
                "SELECT pr.status FROM program pr JOIN patient p ON p.id = pr.patient_id "
                        + "WHERE LOWER(p.given_name) = ?",
                String.class,
                given);
    }

    private int logsOf(String given) {
        return logsSince(given, LocalDate.of(2000, 1, 1));
    }

    private int logsSince(String given, LocalDate since) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM session_log l JOIN patient p ON p.id = l.patient_id "
                        + "WHERE LOWER(p.given_name) = ? AND l.local_date >= ?",
                Integer.class,
                given,
                java.sql.Date.valueOf(since));
    }

    private double meanDiscomfort(String given, LocalDate from, LocalDate until) {
        LocalDate start = from.equals(LocalDate.MIN) ? LocalDate.of(2000, 1, 1) : from;
        return jdbc.queryForObject(
                "SELECT AVG(discomfort_after) FROM session_log l JOIN patient p ON p.id = l.patient_id "
                        + "WHERE LOWER(p.given_name) = ? AND l.local_date >= ? AND l.local_date < ?",
                Double.class,
                given,
                java.sql.Date.valueOf(start),
                java.sql.Date.valueOf(until));
    }
}
