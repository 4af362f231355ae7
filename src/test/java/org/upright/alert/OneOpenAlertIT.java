package org.upright.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.logging.LoggedSession;
import org.upright.logging.LoggingService;
import org.upright.logging.LoggingTestSetup;
import org.upright.logging.WalkEntry;
import org.upright.security.Role;

/**
 * No alert fatigue: one open alert per patient and rule. A patient who rates 8 ten times in a row has
 * one open critical alert that says it fired ten times; once acknowledged, only a new cause opens a new
 * one; and a therapist acknowledges all of one patient's open alerts with one note.
 */
@IntegrationTest
class OneOpenAlertIT {

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    LoggingService logging;

    @Autowired
    AlertEvaluation evaluation;

    @Autowired
    AlertService alertService;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    Alerts alerts;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void thisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
    }

    @Test
    void ten_ratings_of_eight_in_a_row_leave_one_open_alert_that_fired_ten_times() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate today = p.today(clock);
        List<LoggedSession> logs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            logs.add(accounts.as(p.patientAccount(), () -> logging.logWalk(walk(today, 8))));
        }

        List<AlertEntry> open = accounts.as(p.therapist(), () -> alertService.inbox(true, null)).stream()
                .filter(a -> a.patientId() == p.patientId() && a.rule() == AlertRule.HIGH_RATING)
                .toList();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).timesFired()).isEqualTo(10);
        assertThat(open.get(0).lastValue()).isEqualTo("8 of 10");
        assertThat(open.get(0).lastFiredAt()).isAfterOrEqualTo(open.get(0).raisedAt());
        assertThat(rows(p.patientId(), "HIGH_RATING")).isEqualTo(1);
        assertThat(evaluation.owed()).as("nothing left owed").isZero();

        // acknowledged: the same causes never come back, a new high rating opens a new alert
        accounts.as(p.therapist(), () -> alertService.acknowledge(open.get(0).id(), "Called her; resting this week."));
        assertThat(evaluation.afterLog(p.patientId(), logs.get(3).id(), 8)).isZero();
        assertThat(rows(p.patientId(), "HIGH_RATING")).isEqualTo(1);
        accounts.as(p.patientAccount(), () -> logging.logWalk(walk(today, 9)));
        assertThat(rows(p.patientId(), "HIGH_RATING")).isEqualTo(2);
        List<AlertEntry> reopened = accounts.as(p.therapist(), () -> alertService.inbox(true, null)).stream()
                .filter(a -> a.patientId() == p.patientId())
                .toList();
        assertThat(reopened).singleElement().satisfies(a -> {
            assertThat(a.timesFired()).isEqualTo(1);
            assertThat(a.lastValue()).isEqualTo("9 of 10");
        });
    }

    @Test
    void all_open_alerts_of_one_patient_are_acknowledged_with_one_note_and_no_one_elses() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LoggingTestSetup.Made other = setup.patientOf(p.therapist(), 1, Set.of());
        raise(p.patientId(), AlertRule.HIGH_RATING);
        raise(p.patientId(), AlertRule.MISSED_DAYS);
        raise(p.patientId(), AlertRule.LOW_ADHERENCE);
        raise(other.patientId(), AlertRule.LOW_ADHERENCE);

        assertThatThrownBy(() -> accounts.as(p.therapist(), () -> alertService.acknowledgeAll(p.patientId(), "  ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("note"));
        var stranger = accounts.create(Role.THERAPIST);
        assertThatThrownBy(() -> accounts.as(stranger, () -> alertService.acknowledgeAll(p.patientId(), "mine now")))
                .isInstanceOf(NotFoundException.class);

        int done = accounts.as(p.therapist(), () -> alertService.acknowledgeAll(p.patientId(), "Reviewed together."));

        assertThat(done).isEqualTo(3);
        assertThat(jdbc.queryForList(
                        "SELECT acknowledgement_note FROM alert WHERE patient_id = ?", String.class, p.patientId()))
                .containsOnly("Reviewed together.");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM alert WHERE patient_id = ? AND acknowledged_at IS NULL",
                        Integer.class,
                        other.patientId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ALERT_ACKNOWLEDGED' " + "AND patient_id = ?",
                        Integer.class,
                        p.patientId()))
                .isEqualTo(3);
    }

    @Test
    void the_inbox_names_a_red_flag_and_lists_it_first() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        raise(p.patientId(), AlertRule.HIGH_RATING);
        raise(p.patientId(), AlertRule.RED_FLAG);
        raise(p.patientId(), AlertRule.MISSED_DAYS);

        List<AlertEntry> inbox = accounts.as(p.therapist(), () -> alertService.inbox(true, null));

        assertThat(inbox)
                .extracting(AlertEntry::rule)
                .containsExactly(AlertRule.RED_FLAG, AlertRule.HIGH_RATING, AlertRule.MISSED_DAYS);
        assertThat(inbox.get(0).redFlag()).isTrue();
    }

    private void raise(long patientId, AlertRule rule) {
        evaluationRaise(patientId, rule, "test-" + UUID.randomUUID());
    }

    private void evaluationRaise(long patientId, AlertRule rule, String cause) {
        transactions.executeWithoutResult(tx -> alerts.raise(patientId, rule, cause, "Test " + rule, "test"));
    }

    private int rows(long patientId, String rule) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM alert WHERE patient_id = ? AND rule_code = ?", Integer.class, patientId, rule);
        return n == null ? 0 : n;
    }

    private static WalkEntry walk(LocalDate day, int rating) {
        return new WalkEntry(UUID.randomUUID().toString(), day, 20, null, rating, null, Set.of());
    }
}
