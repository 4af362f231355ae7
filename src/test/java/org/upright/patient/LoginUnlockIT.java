package org.upright.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.base.NotFoundException;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class LoginUnlockIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients testPatients;

    @Autowired
    PatientService patients;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_therapist_lets_their_locked_out_patient_sign_in_again_and_no_other_therapist_can() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        UserAccount other = accounts.create(Role.THERAPIST);
        Patient patient = testPatients.create(therapist, "Lina", "Locked", "").patient();
        jdbc.update(
                "UPDATE user_account SET failed_login_count = 7, locked_until = ? WHERE id = ?",
                Timestamp.from(Instant.now().plusSeconds(600)),
                patient.getAccountId());
        assertThat(accounts.as(therapist, () -> patients.isLoginLocked(patient.getId())))
                .isTrue();

        assertThatThrownBy(() -> accounts.as(other, () -> patients.unlockLogin(patient.getId())))
                .isInstanceOf(NotFoundException.class);
        accounts.as(therapist, () -> patients.unlockLogin(patient.getId()));

        assertThat(accounts.as(therapist, () -> patients.isLoginLocked(patient.getId())))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT failed_login_count FROM user_account WHERE id = ?",
                        Integer.class,
                        patient.getAccountId()))
                .isZero();
    }
}
