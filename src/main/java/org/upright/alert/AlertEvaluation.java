package org.upright.alert;

import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.adherence.FiguresService;
import org.upright.logging.SessionLogged;

/**
 * Evaluates the alert rules: after each saved log (for that patient), and in a daily job for every
 * patient with a live program. The job runs on one app instance at a time (ShedLock); should two
 * evaluations meet anyway, the unique cause key lets only one alert in.
 */
@Component
public class AlertEvaluation {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluation.class);
    /** Enough days for the 7-day figures; baseline days and the last log day come on top. */
    private static final int WINDOW_DAYS = 14;

    private final FiguresService figures;
    private final AlertSettings settings;
    private final Alerts alerts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    AlertEvaluation(FiguresService figures, AlertSettings settings, Alerts alerts, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.figures = figures;
        this.settings = settings;
        this.alerts = alerts;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** After the log's transaction committed, in a transaction of its own; a failure here never undoes the log. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SessionLogged logged) {
        try {
            afterLog(logged.patientId(), logged.sessionLogId(), logged.discomfortAfter());
        }
        catch (RuntimeException ex) {
            log.error("Alert evaluation after log {} of patient {} failed", logged.sessionLogId(), logged.patientId(), ex);
        }
    }

    /** The rules that react to a log: a critical rating and a meaningful rise. Returns how many alerts were raised. */
    public int afterLog(long patientId, long sessionLogId, @Nullable Integer rating) {
        return inNewTransaction(() -> {
            AlertThresholds t = settings.current();
            int count = 0;
            AlertRules.Raise critical = AlertRules.rating(sessionLogId, rating, t);
            if (critical != null && alerts.raise(patientId, critical.rule(), critical.cause(), critical.message())) {
                count++;
            }
            FiguresService.PatientFigures pf = figures.recent(List.of(patientId), WINDOW_DAYS).get(patientId);
            if (pf != null) {
                AlertRules.Raise rising = AlertRules.risingDiscomfort(pf.figures(), pf.today(), t);
                if (rising != null && alerts.raise(patientId, rising.rule(), rising.cause(), rising.message())) {
                    count++;
                }
            }
            return count;
        });
    }

    @Scheduled(cron = "${upright.alerts.cron:0 0 6 * * *}")
    @SchedulerLock(name = "dailyAlerts", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        int raised = evaluateAll();
        log.info("Daily alert evaluation raised {} alerts", raised);
    }

    /** The daily rules for every patient with a live program, a chunk of patients per transaction. */
    public int evaluateAll() {
        List<Long> patientIds = jdbc.queryForList("""
            SELECT p.id FROM patient p JOIN program pr ON pr.live_patient_id = p.id
            WHERE p.archived_at IS NULL AND pr.status = 'ACTIVE' ORDER BY p.id""", Long.class);
        int raised = 0;
        for (int i = 0; i < patientIds.size(); i += FiguresService.CHUNK) {
            raised += evaluate(patientIds.subList(i, Math.min(patientIds.size(), i + FiguresService.CHUNK)));
        }
        return raised;
    }

    /** The daily rules for the given patients. */
    public int evaluate(List<Long> patientIds) {
        return inNewTransaction(() -> {
            AlertThresholds t = settings.current();
            int count = 0;
            Map<Long, FiguresService.PatientFigures> loaded = figures.recent(patientIds, WINDOW_DAYS);
            for (FiguresService.PatientFigures pf : loaded.values()) {
                if (!pf.hasProgram()) {
                    continue;
                }
                for (AlertRules.Raise raise : AlertRules.daily(pf.figures(), pf.today(), t)) {
                    if (alerts.raise(pf.patientId(), raise.rule(), raise.cause(), raise.message())) {
                        count++;
                    }
                }
            }
            return count;
        });
    }

    /**
     * Two evaluations inserting the same alerts at once can deadlock on the unique key (InnoDB locks
     * the duplicate it ignores); the loser is rolled back by the database and simply runs again.
     */
    private int inNewTransaction(java.util.function.IntSupplier work) {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer raised = newTransaction.execute(status -> work.getAsInt());
                return raised == null ? 0 : raised;
            }
            catch (PessimisticLockingFailureException ex) {
                if (attempt >= 5) {
                    throw ex;
                }
                log.debug("Alert evaluation met a lock conflict, trying again ({})", attempt);
            }
        }
    }
}
