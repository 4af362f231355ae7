package org.upright.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.base.EnglishErrors;
import org.upright.base.InvalidInputException;
import org.upright.patient.PatientService;
import org.upright.security.AccountPrincipal;
import org.upright.security.AccountService;
import org.upright.security.OneTimeCredentials;
import org.upright.security.Role;
import org.upright.security.SystemActor;
import org.upright.security.UserAccount;

@IntegrationTest
class AccountAdministrationIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients testPatients;

    @Autowired
    AccountService accountService;

    @Autowired
    PatientService patientService;

    @Autowired
    AdminService adminService;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    SystemActor system;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_disabled_therapists_open_session_ends_and_can_no_longer_load_patient_data() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount therapist = accounts.create(Role.THERAPIST);
        long patientId =
                testPatients.create(therapist, "Dora", "Disabled", "").patient().getId();
        AccountPrincipal openSession = accounts.principal(therapist);
        String sessionId = "session-" + System.nanoTime();
        sessionRegistry.registerNewSession(sessionId, openSession);
        assertThat(system.runAs(openSession, () -> patientService.get(patientId))
                        .getId())
                .isEqualTo(patientId);

        UserAccount successor = accounts.create(Role.THERAPIST);
        accounts.as(admin, () -> adminService.disableTherapist(therapist.getId(), successor.getId()));

        SessionInformation session = sessionRegistry.getSessionInformation(sessionId);
        assertThat(session).isNotNull();
        assertThat(session.isExpired()).isTrue();
        assertThatThrownBy(() -> system.runAs(openSession, () -> patientService.get(patientId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_DISABLED' "
                                + "AND actor_id = ? AND entity_id = ?",
                        Integer.class,
                        admin.getId(),
                        therapist.getId()))
                .isEqualTo(1);

        accounts.as(admin, () -> accountService.setEnabled(therapist.getId(), true));
        // enabled again, but Dora went to the successor in the same step as the disable
        assertThatThrownBy(() -> system.runAs(openSession, () -> patientService.get(patientId)))
                .isInstanceOf(org.upright.base.NotFoundException.class);
        assertThat(accounts.as(successor, () -> patientService.get(patientId)).getId())
                .isEqualTo(patientId);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_ENABLED' " + "AND entity_id = ?",
                        Integer.class,
                        therapist.getId()))
                .isEqualTo(1);
        sessionRegistry.removeSessionInformation(sessionId);
    }

    @Test
    void a_therapist_with_patients_is_disabled_only_together_with_handing_them_over() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount therapist = accounts.create(Role.THERAPIST);
        long active =
                testPatients.create(therapist, "Ada", "Active", "").patient().getId();
        long archived =
                testPatients.create(therapist, "Arlo", "Archived", "").patient().getId();
        accounts.as(therapist, () -> patientService.archive(archived));

        assertThatThrownBy(() -> accounts.as(admin, () -> accountService.setEnabled(therapist.getId(), false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(EnglishErrors.of(ex))
                                .containsExactly(java.util.Map.entry(
                                        "successor", "Choose the therapist who takes over their 2 patients.")));
        assertThatThrownBy(() -> accounts.as(admin, () -> adminService.disableTherapist(therapist.getId(), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        accounts.as(admin, () -> adminService.disableTherapist(therapist.getId(), therapist.getId())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsKey("successor"));
        UserAccount disabledColleague = accounts.create(Role.THERAPIST);
        accounts.as(admin, () -> accountService.setEnabled(disabledColleague.getId(), false));
        assertThatThrownBy(() -> accounts.as(
                        admin, () -> adminService.disableTherapist(therapist.getId(), disabledColleague.getId())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(EnglishErrors.of(ex))
                                .containsEntry("successor", "Choose an active therapist."));
        assertThat(enabled(therapist)).as("nothing changed after a refusal").isTrue();
        assertThat(therapistOf(active)).isEqualTo(therapist.getId());

        UserAccount successor = accounts.create(Role.THERAPIST);
        assertThatThrownBy(() -> accounts.as(
                        successor, () -> adminService.disableTherapist(therapist.getId(), successor.getId())))
                .isInstanceOf(AccessDeniedException.class);

        int moved = accounts.as(admin, () -> adminService.disableTherapist(therapist.getId(), successor.getId()));

        assertThat(moved).isEqualTo(2);
        assertThat(enabled(therapist)).isFalse();
        assertThat(therapistOf(active)).isEqualTo(successor.getId());
        assertThat(therapistOf(archived)).isEqualTo(successor.getId());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PATIENT_REASSIGNED' "
                                + "AND patient_id IN (?, ?)",
                        Integer.class,
                        active,
                        archived))
                .isEqualTo(2);
    }

    private boolean enabled(UserAccount account) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT enabled FROM user_account WHERE id = ?", Boolean.class, account.getId()));
    }

    private long therapistOf(long patientId) {
        Long id = jdbc.queryForObject("SELECT therapist_id FROM patient WHERE id = ?", Long.class, patientId);
        return id == null ? 0 : id;
    }

    @Test
    void a_new_staff_account_gets_a_one_time_password_it_must_change() {
        UserAccount admin = accounts.create(Role.ADMIN);
        String email = "new.therapist." + System.nanoTime() + "@clinic.example";

        OneTimeCredentials created = accounts.as(
                admin, () -> accountService.createStaffWithOneTimePassword(email, "Nina New", Role.THERAPIST, null));

        assertThat(created.password()).hasSizeGreaterThanOrEqualTo(12);
        var row = jdbc.queryForMap(
                "SELECT password_hash, must_change_password, role FROM user_account WHERE email = ?", email);
        assertThat(row.get("must_change_password")).isEqualTo(true);
        assertThat(row.get("role")).isEqualTo("THERAPIST");
        assertThat(encoder.matches(created.password(), (String) row.get("password_hash")))
                .isTrue();
        assertThat(accounts.as(admin, () -> accountService.staff()))
                .extracting(UserAccount::getEmail)
                .contains(email);
    }

    @Test
    void an_admin_typed_password_must_follow_the_rules() {
        UserAccount admin = accounts.create(Role.ADMIN);
        assertThatThrownBy(() -> accounts.as(
                        admin,
                        () -> accountService.createStaffWithOneTimePassword(
                                "short." + System.nanoTime() + "@clinic.example", "Sho Rt", Role.ADMIN, "password1")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("password"));
    }

    @Test
    void a_reset_password_works_once_handed_over_and_ends_open_sessions() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount therapist = accounts.create(Role.THERAPIST);
        String sessionId = "session-" + System.nanoTime();
        sessionRegistry.registerNewSession(sessionId, accounts.principal(therapist));

        OneTimeCredentials reset = accounts.as(admin, () -> accountService.resetPassword(therapist.getId()));

        String hash = jdbc.queryForObject(
                "SELECT password_hash FROM user_account WHERE id = ?", String.class, therapist.getId());
        assertThat(encoder.matches(reset.password(), hash)).isTrue();
        assertThat(encoder.matches(TestAccounts.PASSWORD, hash)).isFalse();
        assertThat(sessionRegistry.getSessionInformation(sessionId).isExpired()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_RESET' " + "AND entity_id = ?",
                        Integer.class,
                        therapist.getId()))
                .isEqualTo(1);
        sessionRegistry.removeSessionInformation(sessionId);
    }

    @Test
    void an_admin_cannot_disable_themselves_and_therapists_cannot_manage_accounts() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount therapist = accounts.create(Role.THERAPIST);
        assertThatThrownBy(() -> accounts.as(admin, () -> accountService.setEnabled(admin.getId(), false)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.as(therapist, () -> accountService.setEnabled(admin.getId(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(therapist, () -> accountService.resetPassword(therapist.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reassigning_a_patient_is_audited() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount from = accounts.create(Role.THERAPIST);
        UserAccount to = accounts.create(Role.THERAPIST);
        long patientId = testPatients.create(from, "Rea", "Ssign", "").patient().getId();

        accounts.as(admin, () -> patientService.reassign(patientId, to.getId()));

        assertThat(jdbc.queryForObject("SELECT therapist_id FROM patient WHERE id = ?", Long.class, patientId))
                .isEqualTo(to.getId());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PATIENT_REASSIGNED' "
                                + "AND patient_id = ? AND actor_id = ?",
                        Integer.class,
                        patientId,
                        admin.getId()))
                .isEqualTo(1);
    }
}
