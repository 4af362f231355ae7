package org.upright.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.adherence.FiguresService;
import org.upright.base.InLists;
import org.upright.base.LocalDays;
import org.upright.logging.SessionLogged;
import org.upright.logging.SessionRatings;
import org.upright.patient.PatientZones;
import org.upright.program.ActivePrograms;

/**
 * Evaluates the alert rules, so that no alert is lost:
 * <ul>
 * <li>After a log: the evaluation it owes is written in the log's own transaction
 * (alert_evaluation_due), done right after the commit, and, should that fail, retried with back-off
 * by a scheduled worker until it succeeds.</li>
 * <li>Daily, per patient in their own time zone: once per local day after 06:00 local, every rule
 * is checked again, ratings included, as a safety net. A row per patient and local day makes this
 * once only, also across app instances; ShedLock keeps the job on one instance at a time.</li>
 * </ul>
 * Raising is idempotent per cause (see {@link Alerts}), so doing an evaluation twice changes nothing.
 */
@Component
public class AlertEvaluation {

    private static final Logger log = LoggerFactory.getLogger(AlertEvaluation.class);
    /** Enough days for the 7-day figures; baseline days and the last log day come on top. */
    private static final int WINDOW_DAYS = 14;
    /** The daily rules run for a patient once their local clock has passed this time. */
    static final LocalTime DAILY_AFTER = LocalTime.of(6, 0);
    /** The daily safety net looks this far back for ratings that should have raised an alert. */
    static final int RATING_LOOKBACK_DAYS = 7;

    /** Metric: runs of the scheduled jobs (a timer), tagged with the job and the outcome. */
    public static final String JOB_RUNS = "upright.jobs.runs";

    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final FiguresService figures;
    private final ActivePrograms activePrograms;
    private final PatientZones patientZones;
    private final SessionRatings ratings;
    private final AlertSettings settings;
    private final Alerts alerts;
    private final EvaluationQueue queue;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final MeterRegistry meters;

    AlertEvaluation(
            FiguresService figures,
            ActivePrograms activePrograms,
            PatientZones patientZones,
            SessionRatings ratings,
            AlertSettings settings,
            Alerts alerts,
            EvaluationQueue queue,
            PlatformTransactionManager transactions,
            Clock clock,
            MeterRegistry meters) {
        this.figures = figures;
        this.activePrograms = activePrograms;
        this.patientZones = patientZones;
        this.ratings = ratings;
        this.settings = settings;
        this.alerts = alerts;
        this.queue = queue;
        this.clock = clock;
        this.meters = meters;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** In the log's transaction: the evaluation is owed, whatever happens after the commit. */
    @EventListener
    void owe(SessionLogged logged) {
        queue.owe(logged.patientId(), logged.sessionLogId(), clock.instant());
    }

    /** Right after the commit, the owed evaluation is done; a failure leaves it owed for the worker. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(SessionLogged logged) {
        runOwed(logged.sessionLogId());
    }

    @Scheduled(
            initialDelayString = "${upright.alerts.retry-delay:PT1M}",
            fixedDelayString = "${upright.alerts.retry-delay:PT1M}")
    @SchedulerLock(name = "alertEvaluationsDue", lockAtMostFor = "PT10M")
    void owedJob() {
        timed("alert-evaluations-owed", this::runOwed);
    }

    /** The worker: every owed evaluation whose time has come, each in a transaction of its own; returns how many were done. */
    public int runOwed() {
        List<Long> due = queue.due(clock.instant());
        int done = 0;
        for (long sessionLogId : due) {
            done += runOwed(sessionLogId) ? 1 : 0;
        }
        return done;
    }

    /** How many evaluations are owed and not done yet. */
    public int owed() {
        return queue.owed();
    }

    private boolean runOwed(long sessionLogId) {
        try {
            inNewTransaction(() -> {
                Optional<Long> patient = queue.claim(sessionLogId);
                if (patient.isEmpty()) {
                    return 0;
                }
                int raised = evaluateLog(patient.get(), sessionLogId);
                queue.done(sessionLogId);
                return raised;
            });
            return true;
        } catch (RuntimeException ex) {
            // ids only: no rating or note goes into the log
            log.warn(
                    "Alert evaluation after log {} failed; it stays owed and is tried again ({})",
                    sessionLogId,
                    ex.getClass().getSimpleName());
            // a transaction of its own: after the log's commit, its connection may still be bound to this thread
            newTransaction.executeWithoutResult(
                    status -> queue.retryAt(sessionLogId, clock.instant().plus(backoff(queue.attempts(sessionLogId)))));
            return false;
        }
    }

    /** 1, 2, 4, … minutes, at most an hour. */
    static Duration backoff(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts, 10));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /**
     * The rules that react to a log: a critical rating and a meaningful rise. Returns how many new alerts
     * were opened (a firing counted on an open alert is not a new one).
     */
    public int afterLog(long patientId, long sessionLogId, @Nullable Integer rating) {
        return inNewTransaction(() -> evaluate(patientId, sessionLogId, rating));
    }

    int evaluateLog(long patientId, long sessionLogId) {
        return evaluate(
                patientId, sessionLogId, ratings.ratingAfter(sessionLogId).orElse(null));
    }

    private int evaluate(long patientId, long sessionLogId, @Nullable Integer rating) {
        AlertThresholds t = settings.current();
        int count = 0;
        AlertRules.Raise critical = AlertRules.rating(sessionLogId, rating, t);
        if (critical != null && alerts.raise(patientId, critical) == Alerts.Outcome.RAISED) {
            count++;
        }
        FiguresService.PatientFigures pf =
                figures.recent(List.of(patientId), WINDOW_DAYS).get(patientId);
        if (pf != null) {
            AlertRules.Raise rising = AlertRules.risingDiscomfort(pf.figures(), pf.today(), t);
            if (rising != null && alerts.raise(patientId, rising) == Alerts.Outcome.RAISED) {
                count++;
            }
        }
        return count;
    }

    /**
     * Every quarter of an hour: the patients whose local day has passed 06:00 and who were not evaluated
     * yet that local day get the daily rules.
     */
    @Scheduled(cron = "${upright.alerts.cron:0 */15 * * * *}")
    @SchedulerLock(name = "dailyAlerts", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void dailyJob() {
        timed("daily-alerts", () -> dailyAt(clock.instant()));
    }

    /** {@value #JOB_RUNS}: each run of a scheduled job, its duration, and whether it ended in an exception. */
    private void timed(String job, Runnable run) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            run.run();
            outcome = "success";
        } finally {
            sample.stop(Timer.builder(JOB_RUNS)
                    .description("Runs of the scheduled jobs")
                    .tag("job", job)
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    /** The daily run as of {@code now}: each patient whose local time has passed 06:00, once per local day. */
    int dailyAt(java.time.Instant now) {
        record Candidate(long patientId, LocalDate localDate) {}
        List<Candidate> candidates = new ArrayList<>();
        patientZones.ofActive(activePrograms.patientIds()).forEach((patientId, zone) -> {
            ZonedDateTime local = now.atZone(zone);
            if (!local.toLocalTime().isBefore(DAILY_AFTER)) {
                candidates.add(new Candidate(patientId, local.toLocalDate()));
            }
        });
        int raised = 0;
        for (int i = 0; i < candidates.size(); i += InLists.CHUNK) {
            List<Candidate> chunk = candidates.subList(i, Math.min(candidates.size(), i + InLists.CHUNK));
            raised += inNewTransaction(() -> {
                List<Long> claimed = new ArrayList<>();
                for (Candidate c : chunk) {
                    // claimed in this transaction: should the evaluation fail, the claim rolls back with it
                    if (queue.claimDay(c.patientId(), c.localDate(), now)) {
                        claimed.add(c.patientId());
                    }
                }
                return evaluateDaily(claimed);
            });
        }
        if (!candidates.isEmpty()) {
            log.info("Daily alert rules: {} patients past 06:00 local, {} new alerts", candidates.size(), raised);
        }
        return raised;
    }

    /** The daily rules for these patients now, whatever the hour: for tests and a manual run. */
    public int evaluate(List<Long> patientIds) {
        return inNewTransaction(() -> evaluateDaily(patientIds));
    }

    private int evaluateDaily(List<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return 0;
        }
        AlertThresholds t = settings.current();
        int count = 0;
        Map<Long, FiguresService.PatientFigures> loaded = figures.recent(patientIds, WINDOW_DAYS);
        LocalDate earliest = LocalDays.today(clock, ZoneId.of("UTC")).minusDays(RATING_LOOKBACK_DAYS + 1L);
        // the safety net: a high rating whose after-log evaluation was lost still raises its alert
        for (SessionRatings.Rated rated : ratings.ratedAtLeast(patientIds, earliest, t.criticalRating())) {
            AlertRules.Raise raise = AlertRules.rating(rated.sessionLogId(), rated.rating(), t);
            if (raise != null && alerts.raise(rated.patientId(), raise) == Alerts.Outcome.RAISED) {
                count++;
            }
        }
        for (FiguresService.PatientFigures pf : loaded.values()) {
            if (!pf.hasProgram()) {
                continue;
            }
            for (AlertRules.Raise raise : AlertRules.daily(pf.figures(), pf.today(), t)) {
                if (alerts.raise(pf.patientId(), raise) == Alerts.Outcome.RAISED) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Two evaluations inserting the same alerts at once can deadlock on a unique key (InnoDB locks the
     * duplicate it ignores); the loser is rolled back by the database and simply runs again.
     */
    private int inNewTransaction(java.util.function.IntSupplier work) {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer raised = newTransaction.execute(status -> work.getAsInt());
                return raised == null ? 0 : raised;
            } catch (PessimisticLockingFailureException ex) {
                if (attempt >= 5) {
                    throw ex;
                }
                log.debug("Alert evaluation met a lock conflict, trying again ({})", attempt);
            }
        }
    }
}
