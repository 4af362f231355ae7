package org.upright.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.logging.LoggedSession;
import org.upright.logging.LoggingService;
import org.upright.logging.LoggingTestSetup;
import org.upright.logging.SessionRatings;
import org.upright.logging.WalkEntry;

/**
 * No alert is lost: when the evaluation after a log fails (a fault injected into its first step), the
 * log is saved, the evaluation stays owed, and the scheduled worker raises the alert on its next try,
 * without a second log.
 */
@IntegrationTest
class OwedEvaluationIT {

    @MockitoSpyBean
    SessionRatings ratings;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    LoggingService logging;

    @Autowired
    AlertEvaluation evaluation;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void thisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
    }

    @Test
    void an_alert_step_that_fails_once_is_retried_and_the_alert_raised_without_a_second_log() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        doThrow(new IllegalStateException("injected fault"))
                .doCallRealMethod()
                .when(ratings)
                .ratingAfter(anyLong());

        LoggedSession saved = accounts.as(
                p.patientAccount(),
                () -> logging.logWalk(
                        new WalkEntry(UUID.randomUUID().toString(), p.today(clock), 25, null, 9, null, Set.of())));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM session_log WHERE id = ?", Integer.class, saved.id()))
                .as("the log is saved whatever the alert step did")
                .isEqualTo(1);
        assertThat(highRatingAlerts(p.patientId()))
                .as("not raised yet: the step failed")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT attempts FROM alert_evaluation_due WHERE session_log_id = ?",
                        Integer.class,
                        saved.id()))
                .isEqualTo(1);

        // the worker leaves it until its back-off has passed, then raises it
        assertThat(evaluation.runOwed()).isZero();
        jdbc.update(
                "UPDATE alert_evaluation_due SET next_attempt_at = next_attempt_at - INTERVAL 2 MINUTE "
                        + "WHERE session_log_id = ?",
                saved.id());
        assertThat(evaluation.runOwed()).isEqualTo(1);

        assertThat(highRatingAlerts(p.patientId())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT cause_key FROM alert WHERE patient_id = ? AND rule_code = 'HIGH_RATING'",
                        String.class,
                        p.patientId()))
                .isEqualTo("log-" + saved.id());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM alert_evaluation_due WHERE session_log_id = ?",
                        Integer.class,
                        saved.id()))
                .as("nothing owed any more")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM session_log WHERE patient_id = ?", Integer.class, p.patientId()))
                .as("no second log")
                .isEqualTo(1);
    }

    @Test
    void the_daily_safety_net_raises_a_high_rating_whose_evaluation_was_lost() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate yesterday = p.today(clock).minusDays(1);
        LoggedSession saved = accounts.as(
                p.patientAccount(),
                () -> logging.logWalk(
                        new WalkEntry(UUID.randomUUID().toString(), yesterday, 25, null, 8, null, Set.of())));
        // as if the evaluation and its owed row were lost altogether
        jdbc.update("DELETE FROM alert_cause WHERE patient_id = ?", p.patientId());
        jdbc.update("DELETE FROM alert WHERE patient_id = ?", p.patientId());
        jdbc.update("DELETE FROM alert_evaluation_due WHERE session_log_id = ?", saved.id());

        evaluation.evaluate(java.util.List.of(p.patientId()));

        assertThat(highRatingAlerts(p.patientId())).isEqualTo(1);
    }

    private int highRatingAlerts(long patientId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM alert WHERE patient_id = ? AND rule_code = 'HIGH_RATING'",
                Integer.class,
                patientId);
        return n == null ? 0 : n;
    }
}
