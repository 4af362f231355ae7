package org.upright.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.IntegrationTest;
import org.upright.LogFixture;
import org.upright.TestAccounts;
import org.upright.alert.AlertEvaluation;
import org.upright.alert.AlertService;
import org.upright.base.NotFoundException;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/**
 * A known month of logs for two patients, far from the server's zone, and the figures and alerts
 * worked out by hand from PRODUCT.md. T is the patient's today; the program started on T − 27. The
 * last 7 days and the dashboard periods are finished days: they end at T − 1, and T is "today so far".
 *
 * <p>Anna (2 walks of 30 min a day prescribed): T−27…T−21 two walks rated 2 (baseline 2); T−20…T−7 one
 * walk rated 2; T−6…T−4 nothing; T−3 one 20-minute walk rated 5; T−2 one walk rated 6 plus a stretch
 * session rated 6 (forward hang 4, chin to chest too uncomfortable); T−1 two walks rated 7 and 5.
 * Ben (started T−10): one walk a day T−10…T−5, then nothing.
 */
@IntegrationTest
class KnownMonthIT {

    static final String ZONE = "Pacific/Kiritimati"; // UTC+14

    @Autowired
    TestAccounts accounts;

    @Autowired
    LogFixture fixture;

    @Autowired
    DashboardService dashboards;

    @Autowired
    CaseloadFiguresService caseload;

    @Autowired
    AlertEvaluation evaluation;

    @Autowired
    AlertService alertService;

    @Autowired
    JdbcTemplate jdbc;

    UserAccount therapist;
    long anna;
    long ben;
    long criticalLog;
    LocalDate t;

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

    @BeforeEach
    void aMonthOfLogs() {
        therapist = accounts.create(Role.THERAPIST);
        t = fixture.today(ZONE);
        anna = fixture.patientWithProgram(therapist, "Anna", ZONE, t.minusDays(27));
        ben = fixture.patientWithProgram(therapist, "Ben", ZONE, t.minusDays(10));
        for (int d = 27; d >= 21; d--) {
            fixture.walk(anna, t.minusDays(d), 30, 2, null);
            fixture.walk(anna, t.minusDays(d), 30, 2, null);
        }
        for (int d = 20; d >= 7; d--) {
            fixture.walk(anna, t.minusDays(d), 30, 2, null);
        }
        fixture.walk(anna, t.minusDays(3), 20, 5, "Long day at the desk, shoulders tight");
        fixture.walk(anna, t.minusDays(2), 30, 6, null);
        long stretch = fixture.stretch(anna, t.minusDays(2), 6, null);
        fixture.stretchOutcome(stretch, "FORWARD_HANG", "DONE", 4);
        fixture.stretchOutcome(stretch, "CHIN_TO_CHEST", "TOO_UNCOMFORTABLE", null);
        criticalLog = fixture.walk(anna, t.minusDays(1), 30, 7, "Carried <b>shopping</b> home");
        fixture.walk(anna, t.minusDays(1), 30, 5, null);
        for (int d = 10; d >= 5; d--) {
            fixture.walk(ben, t.minusDays(d), 30, null, null);
        }
    }

    @Test
    void the_four_week_dashboard_shows_the_hand_worked_figures() {
        var figures =
                accounts.as(therapist, () -> dashboards.dashboard(anna, PatientDashboardFigures.Period.FOUR_WEEKS));

        // the period is T−28 … T−1; T−28 is before the start. Due 27 days × 2 = 54;
        // credited 7×2 + 14×1 + 1 + 1 + 2 = 32 (the stretch session on T−2 earns nothing: none prescribed)
        assertThat(figures.adherence()).isCloseTo(32.0 / 54, within(1e-9));
        // days with a session: 7 + 14 + 3 = 24 of 27
        assertThat(figures.consistency()).isCloseTo(24.0 / 27, within(1e-9));
        // Σ min(minutes, 60): 7×60 + 14×30 + 20 + 30 + 60 = 950 of 27 × 60
        assertThat(figures.walkingDose()).isCloseTo(950.0 / 1620, within(1e-9));
        assertThat(figures.baseline()).isEqualTo(2.0);
        // rated days in T−6…T: 5, (6+6)/2 = 6, (7+5)/2 = 6 → 17/3
        assertThat(figures.sevenDayMean()).isCloseTo(17.0 / 3, within(1e-9));
        assertThat(figures.trend()).isEqualTo(Trend.RISING);
        // baseline 2: band 2 ± min(2, 0.6)
        assertThat(figures.band().low()).isCloseTo(1.4, within(1e-9));
        assertThat(figures.band().high()).isCloseTo(2.6, within(1e-9));
        assertThat(figures.streak()).isEqualTo(3);
        assertThat(figures.days()).hasSize(28);
        assertThat(figures.days().get(0).date()).isEqualTo(t.minusDays(28));
        assertThat(figures.days().getLast().date()).isEqualTo(t.minusDays(1));
        assertThat(figures.targetMinutes().get(0)).isNull();
        assertThat(figures.targetMinutes().subList(1, 28)).containsOnly(60);
        assertThat(figures.days().get(28 - 3).walkMinutes()).isEqualTo(20);
        // today so far: nothing logged of the 2 walks due
        assertThat(figures.todaySoFar().date()).isEqualTo(t);
        assertThat(figures.todaySoFar().credited()).isZero();
        assertThat(figures.todaySoFar().due()).isEqualTo(2);
        assertThat(figures.stretchDiscomfort()).containsOnlyKeys("Standing forward hang");
        assertThat(figures.stretchDiscomfort().get("Standing forward hang")).isEqualTo(Map.of(t.minusDays(2), 4.0));
        assertThat(figures.tooUncomfortable())
                .extracting(PatientDashboardFigures.Uncomfortable::date)
                .containsExactly(t.minusDays(2));
        assertThat(figures.notes())
                .extracting(PatientDashboardFigures.Note::text)
                .containsExactly("Carried <b>shopping</b> home", "Long day at the desk, shoulders tight");
        // the calendar: 12 weeks from a Monday to today; T−1 full (shade 3), T−3 half (2), T−5 none (0)
        assertThat(figures.calendar().get(0).date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(figures.calendar().getLast().date()).isEqualTo(t);
        assertThat(shadeOn(figures.calendar(), t.minusDays(1))).isEqualTo(3);
        assertThat(shadeOn(figures.calendar(), t.minusDays(3))).isEqualTo(2);
        assertThat(shadeOn(figures.calendar(), t.minusDays(5))).isEqualTo(0);
        assertThat(shadeOn(figures.calendar(), t.minusDays(28))).isEqualTo(-1);
        Integer audited = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'DASHBOARD_VIEWED' AND patient_id = ?",
                Integer.class,
                anna);
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void the_caseload_puts_who_needs_attention_first_with_the_same_figures() {
        evaluation.afterLog(anna, criticalLog, 7);
        evaluation.evaluate(List.of(anna, ben));

        var figures = accounts.as(therapist, caseload::myCaseload);

        assertThat(figures.patients()).isEqualTo(2);
        assertThat(figures.rows()).extracting(CaseloadFigures.Row::patientId).containsExactly(anna, ben);
        var a = figures.rows().get(0);
        // T−7…T−1: due 14, credited 1 (T−7) + 1 + 1 + 2 = 5; sessions on 4 of 7 days
        assertThat(a.adherence()).isCloseTo(5.0 / 14, within(1e-9));
        assertThat(a.consistency()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(a.todayDone()).isZero();
        assertThat(a.todayDue()).isEqualTo(2);
        assertThat(a.lastLog()).isEqualTo(t.minusDays(1));
        assertThat(a.latestDiscomfort()).isEqualTo(6.0);
        assertThat(a.trend()).isEqualTo(Trend.RISING);
        assertThat(a.attention()).isEqualTo(CaseloadFigures.Attention.CRITICAL_ALERT);
        assertThat(a.openAlerts()).isEqualTo(3);
        var b = figures.rows().get(1);
        // T−7…T−1: credited T−7, T−6, T−5 → 3 of 14; missed T−4…T−1
        assertThat(b.adherence()).isCloseTo(3.0 / 14, within(1e-9));
        assertThat(b.missedInARow()).isEqualTo(4);
        assertThat(b.lastLog()).isEqualTo(t.minusDays(5));
        assertThat(b.latestDiscomfort()).isNull();
        assertThat(b.attention()).isEqualTo(CaseloadFigures.Attention.HIGH_ALERT);
        assertThat(figures.lapsing()).isEqualTo(2);
        assertThat(figures.adherent()).isZero();
        assertThat(figures.risingDiscomfort()).isEqualTo(1);
    }

    @Test
    void the_rules_raise_the_expected_alerts_once_per_cause() {
        assertThat(evaluation.afterLog(anna, criticalLog, 7)).isEqualTo(2);
        assertThat(evaluation.evaluate(List.of(anna, ben))).isEqualTo(3);

        assertThat(alerts(anna))
                .containsExactlyInAnyOrder(
                        "HIGH_RATING log-" + criticalLog,
                        "RISING_DISCOMFORT week-" + isoWeek(t),
                        "LOW_ADHERENCE week-" + isoWeek(t));
        assertThat(alerts(ben))
                .containsExactlyInAnyOrder("MISSED_DAYS from-" + t.minusDays(4), "LOW_ADHERENCE week-" + isoWeek(t));
    }

    @Test
    void evaluating_again_and_from_two_threads_at_once_leaves_one_alert_per_cause() throws Exception {
        evaluation.afterLog(anna, criticalLog, 7);
        evaluation.evaluate(List.of(anna, ben));
        assertThat(evaluation.evaluate(List.of(anna, ben))).isZero();
        assertThat(evaluation.afterLog(anna, criticalLog, 7)).isZero();

        jdbc.update("DELETE FROM alert_cause WHERE patient_id IN (?, ?)", anna, ben);
        jdbc.update("DELETE FROM alert WHERE patient_id IN (?, ?)", anna, ben);
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable run = () -> {
            try {
                together.await();
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            evaluation.evaluate(List.of(anna, ben));
            evaluation.afterLog(anna, criticalLog, 7);
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(run), CompletableFuture.runAsync(run))
                .get();

        assertThat(alerts(anna)).hasSize(3).doesNotHaveDuplicates();
        assertThat(alerts(ben)).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void an_acknowledged_alert_does_not_come_back_for_the_same_cause() {
        evaluation.evaluate(List.of(ben));
        long missed = jdbc.queryForObject(
                "SELECT id FROM alert WHERE patient_id = ? AND rule_code = 'MISSED_DAYS'", Long.class, ben);

        accounts.as(therapist, () -> alertService.acknowledge(missed, "Phoned Ben, he had the flu."));
        assertThat(evaluation.evaluate(List.of(ben))).isZero();

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM alert WHERE patient_id = ? AND rule_code = 'MISSED_DAYS'",
                        Integer.class,
                        ben))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT acknowledgement_note FROM alert WHERE id = ?", String.class, missed))
                .isEqualTo("Phoned Ben, he had the flu.");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ALERT_ACKNOWLEDGED' AND entity_id = ?",
                        Integer.class,
                        missed))
                .isEqualTo(1);
    }

    @Test
    void another_therapist_can_neither_see_the_dashboard_nor_acknowledge_the_alerts() {
        evaluation.evaluate(List.of(ben));
        long alert = jdbc.queryForObject("SELECT MIN(id) FROM alert WHERE patient_id = ?", Long.class, ben);
        UserAccount other = accounts.create(Role.THERAPIST);

        assertThatThrownBy(
                        () -> accounts.as(other, () -> dashboards.dashboard(anna, PatientDashboardFigures.Period.ALL)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(other, () -> alertService.acknowledge(alert, "not mine")))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(other, () -> alertService.inbox(true, null))).isEmpty();
        assertThat(accounts.as(other, () -> caseload.forPatients(List.of(anna, ben)))
                        .rows())
                .isEmpty();
    }

    @Test
    void the_last_log_of_a_patient_idle_longer_than_the_window_is_the_real_last_log() {
        // Cora: 7 rated days T−60…T−54 (her baseline), one unrated walk on T−40, nothing since. The caseload
        // loads 28 days plus the baseline days; her last log is T−40, not the newest baseline day.
        long cora = fixture.patientWithProgram(therapist, "Cora", ZONE, t.minusDays(60));
        for (int d = 60; d >= 54; d--) {
            fixture.walk(cora, t.minusDays(d), 30, 3, null);
        }
        fixture.walk(cora, t.minusDays(40), 30, null, null);

        var row = accounts.as(therapist, () -> caseload.forPatients(List.of(cora)))
                .rows()
                .get(0);

        assertThat(row.lastLog()).isEqualTo(t.minusDays(40));
        assertThat(row.latestDiscomfort()).isNull();
    }

    private List<String> alerts(long patientId) {
        return jdbc.queryForList(
                "SELECT CONCAT(rule_code, ' ', cause_key) FROM alert WHERE patient_id = ?", String.class, patientId);
    }

    private static int shadeOn(List<DayFigures> days, LocalDate day) {
        return days.stream()
                .filter(d -> d.date().equals(day))
                .findFirst()
                .orElseThrow()
                .shade();
    }

    private static String isoWeek(LocalDate day) {
        return day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
