package org.upright.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.NotFoundException;
import org.upright.logging.LoggingTestSetup;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** The patient's own choice, seen by their therapist; another therapist gets "not found", as for a missing patient. */
@IntegrationTest
class ReminderAccessIT {

    @Autowired
    ReminderService reminders;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
    }

    @Test
    void the_therapist_sees_whether_their_patient_has_reminders_on_and_nobody_else_does() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        assertThat(accounts.as(p.therapist(), () -> reminders.of(p.patientId())).enabled())
                .isFalse();
        accounts.as(p.patientAccount(), () -> {
            assertThat(reminders.offerOpen()).isTrue();
            reminders.turnOnMine(new ReminderTimes(LocalTime.of(9, 0), LocalTime.of(19, 0)));
            assertThat(reminders.offerOpen()).isFalse();
        });
        ReminderSetting seen = accounts.as(p.therapist(), () -> reminders.of(p.patientId()));
        assertThat(seen.enabled()).isTrue();
        assertThat(seen.times().slots()).containsExactly(LocalTime.of(9, 0), LocalTime.of(19, 0));

        UserAccount other = accounts.create(Role.THERAPIST);
        assertThatThrownBy(() -> accounts.as(other, () -> reminders.of(p.patientId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(other, () -> reminders.of(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);

        accounts.as(p.patientAccount(), () -> reminders.turnOffMine());
        ReminderSetting off = accounts.as(p.therapist(), () -> reminders.of(p.patientId()));
        assertThat(off.enabled()).isFalse();
        assertThat(off.times().slots()).as("kept for turning on again").hasSize(2);
    }
}
