package org.upright.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.base.EnglishErrors;
import org.upright.base.InvalidInputException;
import org.upright.security.Role;
import org.upright.security.UserAccount;

@IntegrationTest
class AlertSettingsIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LogFixture fixture;

    @Autowired
    AlertSettings settings;

    @Autowired
    AlertEvaluation evaluation;

    @Autowired
    AlertService alerts;

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContexts;

    /**
     * A browser test's context, started in the same JVM, installs its own holder strategy globally;
     * acting as a user (SystemActor) must write to this context's strategy, which its services read.
     */
    @org.junit.jupiter.api.BeforeEach
    void useThisContextsSecurityStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(securityContexts);
    }

    @AfterEach
    void backToTheDefaults() {
        UserAccount admin = accounts.create(Role.ADMIN);
        accounts.as(admin, () -> settings.save(AlertThresholds.DEFAULTS));
    }

    @Test
    void an_admin_lowers_the_critical_rating_and_the_next_log_uses_it() {
        UserAccount admin = accounts.create(Role.ADMIN);
        UserAccount therapist = accounts.create(Role.THERAPIST);
        String zone = "Europe/Berlin";
        long patient = fixture.patientWithProgram(
                therapist, "Eva", zone, fixture.today(zone).minusDays(3));
        long log = fixture.walk(patient, fixture.today(zone), 30, 6, null);

        assertThat(evaluation.afterLog(patient, log, 6)).isZero();
        accounts.as(admin, () -> settings.save(new AlertThresholds(6, 2, 30, 3, 50)));
        assertThat(settings.current().criticalRating()).isEqualTo(6);
        assertThat(evaluation.afterLog(patient, log, 6)).isEqualTo(1);

        // the therapist sees it in their inbox, and so does an admin; another therapist does not
        assertThat(accounts.as(therapist, () -> alerts.inbox(true, AlertSeverity.CRITICAL)))
                .extracting(AlertEntry::patientId)
                .containsExactly(patient);
        assertThat(accounts.as(admin, () -> alerts.inbox(true, null)))
                .extracting(AlertEntry::patientId)
                .contains(patient);
        assertThat(accounts.as(accounts.create(Role.THERAPIST), () -> alerts.inbox(true, null)))
                .isEmpty();
    }

    @Test
    void only_an_admin_may_change_thresholds_and_only_to_sensible_values() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        UserAccount admin = accounts.create(Role.ADMIN);

        assertThatThrownBy(() -> accounts.as(therapist, () -> settings.save(new AlertThresholds(5, 2, 30, 3, 50))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(admin, () -> settings.save(new AlertThresholds(0, 2, 30, 3, 50))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(EnglishErrors.of(ex))
                                .containsEntry("criticalRating", "Enter a rating from 1 to 10."));
        assertThat(settings.current()).isEqualTo(AlertThresholds.DEFAULTS);
    }

    @Test
    void acknowledging_needs_a_note() {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        String zone = "Europe/Berlin";
        long patient = fixture.patientWithProgram(
                therapist, "Finn", zone, fixture.today(zone).minusDays(3));
        long log = fixture.walk(patient, fixture.today(zone), 30, 9, null);
        evaluation.afterLog(patient, log, 9);
        long alert =
                accounts.as(therapist, () -> alerts.inbox(true, null)).get(0).id();

        assertThatThrownBy(() -> accounts.as(therapist, () -> alerts.acknowledge(alert, "   ")))
                .isInstanceOf(InvalidInputException.class);
        accounts.as(therapist, () -> alerts.acknowledge(alert, "Called: carried a heavy bag, settling."));

        assertThat(accounts.as(therapist, () -> alerts.inbox(true, null))).isEmpty();
        assertThat(accounts.as(therapist, () -> alerts.inbox(false, null)))
                .singleElement()
                .satisfies(
                        a -> assertThat(a.acknowledgementNote()).isEqualTo("Called: carried a heavy bag, settling."));
    }
}
