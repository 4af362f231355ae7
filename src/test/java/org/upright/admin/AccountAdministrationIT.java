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
        long patientId = testPatients.create(therapist, "Dora", "Disabled", "").patient().getId();
        AccountPrincipal openSession = accounts.principal(therapist);
        String sessionId = "session-" + System.nanoTime();
        sessionRegistry.registerNewSession(sessionId, openSession);
        assertThat(system.runAs(openSession, () -> patientService.get(patientId)).getId()).isEqualTo(patientId);

        accounts.as(admin, () -> accountService.setEnabled(therapist.getId(), false));

        SessionInformation session = sessionRegistry.getSessionInformation(sessionId);
        assertThat(session).isNotNull();
        assertThat(session.isExpired()).isTrue();
        assertThatThrownBy(() -> system.runAs(openSession, () -> patientService.get(patientId)))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_DISABLED' "
            + "AND actor_id = ? AND entity_id = ?", Integer.class, admin.getId(), therapist.getId())).isEqualTo(1);

        accounts.as(admin, () -> accountService.setEnabled(therapist.getId(), true));
        assertThat(system.runAs(openSession, () -> patientService.get(patientId)).getId()).isEqualTo(patientId);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_ENABLED' "
            + "AND entity_id = ?", Integer.class, therapist.getId())).isEqualTo(1);
        sessionRegistry.removeSessionInformation(sessionId);
    }

    @Test
    void a_new_staff_account_gets_a_one_time_password_it_must_change() {
        UserAccount admin = accounts.create(Role.ADMIN);
        String email = "new.therapist." + System.nanoTime() + "@clinic.example";

        OneTimeCredentials created = accounts.as(admin,
            () -> accountService.createStaffWithOneTimePassword(email, "Nina New", Role.THERAPIST, null));

        assertThat(created.password()).hasSizeGreaterThanOrEqualTo(12);
        var row = jdbc.queryForMap("SELECT password_hash, must_change_password, role FROM user_account WHERE email = ?",
            email);
        assertThat(row.get("must_change_password")).isEqualTo(true);
        assertThat(row.get("role")).isEqualTo("THERAPIST");
        assertThat(encoder.matches(created.password(), (String) row.get("password_hash"))).isTrue();
        assertThat(accounts.as(admin, () -> accountService.staff())).extracting(UserAccount::getEmail).contains(email);
    }

    @Test
    void an_admin_typed_password_must_follow_the_rules() {
        UserAccount admin = accounts.create(Role.ADMIN);
        assertThatThrownBy(() -> accounts.as(admin, () -> accountService.createStaffWithOneTimePassword(
            "short." + System.nanoTime() + "@clinic.example", "Sho Rt", Role.ADMIN, "password1")))
            .isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("password"));
    }

    @Test
    void a_reset_password_works_once_handed_over_and_ends_open_sessions() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount therapist = accounts.create(Role.THERAPIST);
        String sessionId = "session-" + System.nanoTime();
        sessionRegistry.registerNewSession(sessionId, accounts.principal(therapist));

        OneTimeCredentials reset = accounts.as(admin, () -> accountService.resetPassword(therapist.getId()));

        String hash = jdbc.queryForObject("SELECT password_hash FROM user_account WHERE id = ?", String.class,
            therapist.getId());
        assertThat(encoder.matches(reset.password(), hash)).isTrue();
        assertThat(encoder.matches(TestAccounts.PASSWORD, hash)).isFalse();
        assertThat(sessionRegistry.getSessionInformation(sessionId).isExpired()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_RESET' "
            + "AND entity_id = ?", Integer.class, therapist.getId())).isEqualTo(1);
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
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'PATIENT_REASSIGNED' "
            + "AND patient_id = ? AND actor_id = ?", Integer.class, patientId, admin.getId())).isEqualTo(1);
    }

}
