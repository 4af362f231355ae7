package org.upright.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.base.ConflictException;
import org.upright.base.EnglishErrors;
import org.upright.base.InvalidInputException;
import org.upright.program.ProgramFixtures;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class PatientServiceIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    PatientService patients;

    @Autowired
    ProgramFixtures fixtures;

    @Autowired
    LogFixture logFixture;

    @Autowired
    org.upright.program.ProgramService programs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void creating_a_patient_makes_a_login_that_must_change_its_one_time_password() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        String email = "Robin." + System.nanoTime() + "@Example.org";
        NewPatient created = accounts.as(
                therapist,
                () -> patients.create(new PatientForm(
                        " Robin ",
                        "Lee",
                        email,
                        LocalDate.of(1980, 3, 1),
                        "Europe/Helsinki",
                        Set.of("NECK_INJURY"),
                        "Desk job")));

        assertThat(created.email()).isEqualTo(email.toLowerCase());
        assertThat(created.oneTimePassword()).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
        assertThat(created.patient().getGivenName()).isEqualTo("Robin");
        assertThat(created.patient().getContraindications()).containsExactly("NECK_INJURY");
        assertThat(jdbc.queryForObject(
                        "SELECT must_change_password FROM user_account WHERE email = ?",
                        Boolean.class,
                        created.email()))
                .isTrue();
    }

    @Test
    void empty_names_and_malformed_emails_are_refused_at_their_fields() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        for (String email : List.of("", "no-at-sign", "two@@example.org", "spaces in@example.org", "a@b")) {
            Throwable refused = catchThrowable(() -> accounts.as(
                    therapist,
                    () -> patients.create(new PatientForm(
                            "  ", "", email, LocalDate.now().plusDays(2), "Mars/Olympus", Set.of("BAD"), null))));
            assertThat(refused).as(email).isInstanceOf(InvalidInputException.class);
            var errors = EnglishErrors.of((InvalidInputException) refused);
            assertThat(errors)
                    .as(email)
                    .containsEntry("givenName", "Enter the first name.")
                    .containsEntry("familyName", "Enter the last name.")
                    .containsKeys("email", "birthDate", "timeZone", "contraindications");
        }
        Integer created = jdbc.queryForObject(
                "SELECT COUNT(*) FROM patient WHERE therapist_id = ?", Integer.class, therapist.getId());
        assertThat(created).isZero();
    }

    @Test
    void an_email_in_use_is_refused_at_the_email_field() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        NewPatient first = fixtures.patientOf(therapist);
        Throwable refused = catchThrowable(() -> accounts.as(
                therapist,
                () -> patients.create(new PatientForm(
                        "Other", "Person", first.email().toUpperCase(), null, "Europe/London", Set.of(), null))));
        assertThat(((InvalidInputException) refused).fieldErrors())
                .containsEntry("email", PatientService.EMAIL_NOT_USABLE);
    }

    @Test
    void a_taken_email_gets_the_same_answer_whoever_holds_it_and_none_that_says_it_is_an_account() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        UserAccount colleague = accounts.create(Role.THERAPIST);
        UserAccount admin = accounts.create(Role.ADMIN);
        NewPatient colleaguesPatient = fixtures.patientOf(colleague);
        java.util.List<String> answers = java.util.stream.Stream.of(
                        colleaguesPatient.email(), colleague.getEmail(), admin.getEmail())
                .map(email -> ((InvalidInputException) catchThrowable(() -> accounts.as(
                                therapist,
                                () -> patients.create(new PatientForm(
                                        "Other", "Person", email, null, "Europe/London", Set.of(), null)))))
                        .fieldErrors()
                        .get("email"))
                .toList();

        assertThat(answers).containsOnly(PatientService.EMAIL_NOT_USABLE);
        assertThat(EnglishErrors.text(new InvalidInputException("email", PatientService.EMAIL_NOT_USABLE)))
                .doesNotContainIgnoringCase("exists")
                .doesNotContainIgnoringCase("account");
    }

    @Test
    void editing_with_a_stale_version_is_a_conflict_and_changes_nothing() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        Patient patient = fixtures.patientOf(therapist).patient();
        long version = patient.getVersion();
        PatientForm edit = new PatientForm("Renamed", "Once", "", null, "Europe/London", Set.of(), null);
        accounts.as(therapist, () -> patients.update(patient.getId(), version, edit));

        PatientForm second = new PatientForm("Renamed", "Twice", "", null, "Europe/London", Set.of(), null);
        assertThatThrownBy(() -> accounts.as(therapist, () -> patients.update(patient.getId(), version, second)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        ex -> assertThat(EnglishErrors.text(ex)).contains("Someone else changed this patient"));
        assertThat(jdbc.queryForObject("SELECT family_name FROM patient WHERE id = ?", String.class, patient.getId()))
                .isEqualTo("Once");
    }

    @Test
    void the_caseload_lists_only_the_therapists_own_patients_with_filter_status_and_last_activity() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        UserAccount other = accounts.create(Role.THERAPIST);
        long withProgram = fixtures.patientWithProgram(therapist);
        Patient without = fixtures.patientOf(therapist).patient();
        Patient archived = fixtures.patientOf(therapist).patient();
        fixtures.patientOf(other);
        accounts.as(therapist, () -> patients.archive(archived.getId()));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String log = """
            INSERT INTO session_log (patient_id, local_date, kind, walk_minutes, client_key, logged_at, deleted_at)
            VALUES (?, ?, 'WALK', 30, ?, NOW(), ?)""";
        jdbc.update(log, withProgram, yesterday.minusDays(1), "k1", null);
        jdbc.update(log, withProgram, yesterday, "k2", null);
        jdbc.update(log, withProgram, LocalDate.now(), "k3", java.sql.Timestamp.valueOf("2026-01-01 00:00:00"));
        for (LocalDate day : List.of(yesterday.minusDays(1), yesterday, LocalDate.now())) {
            logFixture.summariseDay(withProgram, day);
        }

        List<CaseloadRow> rows = accounts.as(therapist, () -> patients.caseload(CaseloadQuery.all(), 0, 50));
        assertThat(rows).extracting(CaseloadRow::patientId).containsExactlyInAnyOrder(withProgram, without.getId());
        CaseloadRow active = rows.stream()
                .filter(r -> r.patientId() == withProgram)
                .findFirst()
                .orElseThrow();
        assertThat(active.status()).isEqualTo(CaseloadStatus.ACTIVE);
        assertThat(active.phase()).isEqualTo(1);
        assertThat(active.phaseName()).isEqualTo("Walking base");
        assertThat(active.dayInProgram()).isBetween(8, 9);
        assertThat(active.lastActivity())
                .as("the deleted log of today does not count")
                .isEqualTo(yesterday);
        CaseloadRow none = rows.stream()
                .filter(r -> r.patientId() == without.getId())
                .findFirst()
                .orElseThrow();
        assertThat(none.status()).isEqualTo(CaseloadStatus.NO_PROGRAM);
        assertThat(none.lastActivity()).isNull();

        CaseloadQuery withArchived = new CaseloadQuery("", true, CaseloadQuery.Sort.STATUS, true);
        assertThat(accounts.as(therapist, () -> patients.caseloadCount(withArchived)))
                .isEqualTo(3);
        assertThat(accounts.as(therapist, () -> patients.caseload(withArchived, 0, 50)))
                .extracting(CaseloadRow::status)
                .containsExactly(CaseloadStatus.ACTIVE, CaseloadStatus.ARCHIVED, CaseloadStatus.NO_PROGRAM);
        assertThat(accounts.as(therapist, () -> patients.caseload(withArchived, 1, 1)))
                .hasSize(1)
                .extracting(CaseloadRow::status)
                .containsExactly(CaseloadStatus.ARCHIVED);

        String part = without.getFamilyName().substring(5).toUpperCase();
        CaseloadQuery byName = new CaseloadQuery(part, false, CaseloadQuery.Sort.NAME, true);
        assertThat(accounts.as(therapist, () -> patients.caseload(byName, 0, 50)))
                .extracting(CaseloadRow::patientId)
                .contains(without.getId());
        CaseloadQuery wildcard = new CaseloadQuery("%", false, CaseloadQuery.Sort.NAME, true);
        assertThat(accounts.as(therapist, () -> patients.caseloadCount(wildcard)))
                .isZero();
    }

    @Test
    void an_admin_reassigns_a_patient_and_the_program_goes_along_to_the_new_therapist_only() {
        UserAccount from = accounts.create(Role.THERAPIST);
        UserAccount to = accounts.create(Role.THERAPIST);
        UserAccount admin = accounts.create(Role.ADMIN);
        long patientId = fixtures.patientWithProgram(from);

        accounts.as(admin, () -> patients.reassign(patientId, to.getId()));

        assertThat(accounts.as(to, () -> programs.overview(patientId))).isPresent();
        assertThat(accounts.as(to, () -> patients.caseload(CaseloadQuery.all(), 0, 10)))
                .extracting(CaseloadRow::patientId)
                .containsExactly(patientId);
        assertThatThrownBy(() -> accounts.as(from, () -> programs.overview(patientId)))
                .isInstanceOf(org.upright.base.NotFoundException.class);
        assertThat(accounts.as(from, () -> patients.caseloadCount(CaseloadQuery.all())))
                .isZero();
    }

    @Test
    void the_database_refuses_empty_names_and_malformed_emails_too() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        UserAccount patientAccount = accounts.create(Role.PATIENT);
        assertThatThrownBy(() -> jdbc.update("""
            INSERT INTO patient (account_id, therapist_id, given_name, family_name, time_zone, created_at)
            VALUES (?, ?, '  ', 'Lee', 'Europe/London', NOW())""", patientAccount.getId(), therapist.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
            INSERT INTO user_account (email, display_name, password_hash, role, created_at)
            VALUES ('no-at-sign', 'X', 'h', 'PATIENT', NOW())""")).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
            INSERT INTO exercise (code, name, kind, instructions, default_hold_seconds)
            VALUES ('X_EMPTY', ' ', 'STRETCH', 'Do it', 5)""")).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
            INSERT INTO exercise (code, name, kind, instructions, default_hold_seconds)
            VALUES ('X_HOLD', 'Hold', 'STRETCH', 'Do it', 0)""")).isInstanceOf(DataIntegrityViolationException.class);
    }
}
