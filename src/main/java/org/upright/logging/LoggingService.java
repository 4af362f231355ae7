package org.upright.logging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.ConflictException;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.base.Problem;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.program.Exercise;
import org.upright.program.ExerciseLibrary;
import org.upright.program.LiveProgram;
import org.upright.program.ProgramService;

/**
 * Patients log walks and stretch sessions: only their own, for today or one of the last
 * {@value #DAYS_BACK} days, each form saved at most once (its client key), changed or deleted
 * only on the day it was logged. Every change keeps the day's {@code daily_activity} row right in
 * the same transaction and publishes {@link SessionLogged}.
 *
 * <p>Every change first locks the patient's day row(s) in {@code daily_activity} (creating them if
 * absent, in date order) and runs at READ COMMITTED, so changes of the same day run one after
 * the other and each recompute sees every log committed before it. See
 * docs/decisions/0008-daily-activity-consistency.md.
 */
@Service
public class LoggingService {

    public static final int DAYS_BACK = 7;
    /** Metric: session logs saved (new logs, not edits), tagged with the kind (walk, stretch). */
    public static final String LOGS_SAVED = "upright.logs.saved";

    public static final int NOTE_MAX = 1000;
    public static final int MINUTES_MAX = 1440;
    public static final int DISCOMFORT_MAX = 10;
    public static final int CLIENT_KEY_MAX = 64;
    static final int EXERCISES_MAX = 30;

    private final SessionLogRepository logs;
    private final PatientAccess access;
    private final ProgramService programs;
    private final ExerciseLibrary exercises;
    private final SessionLogHistory earlierValues;
    private final DaySummaries days;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final Clock clock;
    private final MeterRegistry meters;

    LoggingService(
            SessionLogRepository logs,
            PatientAccess access,
            ProgramService programs,
            ExerciseLibrary exercises,
            SessionLogHistory earlierValues,
            DaySummaries days,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            EntityManager entityManager,
            Clock clock,
            MeterRegistry meters) {
        this.logs = logs;
        this.access = access;
        this.programs = programs;
        this.exercises = exercises;
        this.earlierValues = earlierValues;
        this.days = days;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.entityManager = entityManager;
        this.clock = clock;
        this.meters = meters;
    }

    /** The signed-in patient logs a walk; the same client key twice returns the first log. */
    @PreAuthorize("hasRole('PATIENT')")
    public LoggedSession logWalk(WalkEntry entry) {
        return saveOnce(entry);
    }

    /** The signed-in patient logs a stretch session; the same client key twice returns the first log. */
    @PreAuthorize("hasRole('PATIENT')")
    public LoggedSession logStretch(StretchEntry entry) {
        return saveOnce(entry);
    }

    /**
     * Not {@code @Transactional} on purpose: when two requests with the same key race past the
     * look-up, the unique key (patient_id, client_key) refuses the second insert, which rolls back
     * its own transaction; a fresh one then returns the log the first request stored.
     */
    private LoggedSession saveOnce(SessionEntry entry) {
        try {
            return inTransaction(() -> {
                Patient patient = access.requireSelf();
                return store(
                        patient,
                        entry,
                        clock.instant(),
                        patient.today(clock),
                        exercises.byId(),
                        liveProgramId(patient.getId()));
            });
        } catch (DataIntegrityViolationException ex) {
            return inTransaction(() -> {
                Patient patient = access.requireSelf();
                return logs.findByPatientIdAndClientKey(patient.getId(), entry.clientKey())
                        .map(log -> view(log, patient, exercises.byId()))
                        .orElseThrow(() -> ex);
            });
        }
    }

    /**
     * Demo data and imports only: stores sessions in the past, with the day and the logged-at
     * time given by the caller, through the same validation and storage as a patient's own logs
     * (the date must lie within {@value #DAYS_BACK} days before the logged-at day in the patient's
     * time zone). Restricted to the ADMIN role, which runs it through
     * {@code SystemActor.runAs}; no screen calls it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<LoggedSession> recordPast(long patientId, List<PastSession> sessions) {
        Patient patient = access.require(patientId);
        Map<Long, Exercise> library = exercises.byId();
        Long programId = liveProgramId(patientId);
        List<LoggedSession> stored = new ArrayList<>();
        for (PastSession past : sessions) {
            if (past.loggedAt().isAfter(clock.instant())) {
                throw new InvalidInputException("loggedAt", "logging.error.logged-in-future");
            }
            stored.add(store(
                    patient,
                    past.entry(),
                    past.loggedAt(),
                    LocalDate.ofInstant(past.loggedAt(), patient.getZone()),
                    library,
                    programId));
            // weeks of logs in one transaction: keep the persistence context small, or every flush rechecks them all
            entityManager.clear();
        }
        return stored;
    }

    /** A session to store with {@link #recordPast}: what was entered and when it was saved. */
    public record PastSession(SessionEntry entry, Instant loggedAt) {}

    /** Changes a log of the signed-in patient, on the day it was logged; the earlier values go to the audit trail. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LoggedSession edit(long logId, long expectedVersion, SessionEntry entry) {
        Patient patient = access.requireSelf();
        SessionLog log = ownLiveLog(patient, logId);
        LocalDate today = patient.today(clock);
        requireChangeable(log, patient, today);
        if (log.getKind() != entry.kind()) {
            throw new InvalidInputException("kind", "logging.error.kind-changed");
        }
        if (log.getVersion() != expectedVersion) {
            throw new ConflictException("logging.error.changed-elsewhere");
        }
        Map<Long, Exercise> library = exercises.byId();
        Map<String, Problem> errors = SessionEntryRules.validate(entry, today, library);
        errors.remove("clientKey");
        refuseBeforeProgramStart(patient.getId(), entry.date(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = describe(log);
        LocalDate oldDate = log.getLocalDate();
        days.lock(patient.getId(), oldDate, entry.date());
        log.apply(entry);
        log.markUpdated(clock.instant());
        logs.saveAndFlush(log);
        days.refresh(patient.getId(), oldDate);
        if (!oldDate.equals(log.getLocalDate())) {
            days.refresh(patient.getId(), log.getLocalDate());
        }
        keepEarlierValues(patient, log, "EDITED", before);
        audit.record(AuditAction.SESSION_EDITED, patient.getId(), "session_log", log.getId(), null);
        events.publishEvent(
                new SessionLogged(patient.getId(), log.getId(), log.getLocalDate(), log.getDiscomfortAfter()));
        return view(log, patient, library);
    }

    /**
     * The values a log had before a change, kept with the patient's records (where erasure reaches
     * them) rather than in the unchangeable audit trail.
     */
    private void keepEarlierValues(Patient patient, SessionLog log, String change, String before) {
        earlierValues.add(patient.getId(), log.getId(), clock.instant(), change, before);
    }

    /** Marks a log of the signed-in patient deleted, on the day it was logged; its history keeps its values. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void delete(long logId) {
        Patient patient = access.requireSelf();
        SessionLog log = ownLiveLog(patient, logId);
        requireChangeable(log, patient, patient.today(clock));
        days.lock(patient.getId(), log.getLocalDate());
        log.markDeleted(clock.instant());
        logs.saveAndFlush(log);
        days.refresh(patient.getId(), log.getLocalDate());
        keepEarlierValues(patient, log, "DELETED", describe(log));
        audit.record(AuditAction.SESSION_DELETED, patient.getId(), "session_log", log.getId(), null);
        events.publishEvent(new SessionLogged(patient.getId(), log.getId(), log.getLocalDate(), null));
    }

    /** The signed-in patient's sessions, newest first (at most 200). */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public List<LoggedSession> history() {
        return history(200);
    }

    /** The signed-in patient's newest {@code count} sessions, newest first: a page shows some, then more on request. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public List<LoggedSession> history(int count) {
        Patient patient = access.requireSelf();
        return views(
                logs.findByPatientIdAndDeletedAtIsNullOrderByLocalDateDescLoggedAtDescIdDesc(
                        patient.getId(), Limit.of(Math.clamp(count, 1, 1000))),
                patient);
    }

    /** A patient's sessions as the current user may see them (own caseload, or admin), newest first; audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<LoggedSession> history(long patientId) {
        Patient patient = access.require(patientId);
        audit.record(AuditAction.HISTORY_VIEWED, patientId, "session_log", null, null);
        return views(logs.findTop200ByPatientIdAndDeletedAtIsNullOrderByLocalDateDescLoggedAtDesc(patientId), patient);
    }

    /** One of the signed-in patient's own logs, for its edit form. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public LoggedSession ownLog(long logId) {
        Patient patient = access.requireSelf();
        return view(ownLiveLog(patient, logId), patient, exercises.byId());
    }

    /** The patient's live logs of one day, oldest first, for Today. */
    List<LoggedSession> loggedOn(Patient patient, LocalDate day) {
        return views(logs.findByPatientIdAndLocalDateAndDeletedAtIsNullOrderByLoggedAt(patient.getId(), day), patient);
    }

    /** A patient's daily activity rows for {@code from} (inclusive) to {@code until} (exclusive). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DayActivity> dailyActivity(long patientId, LocalDate from, LocalDate until) {
        access.require(patientId);
        return days.between(patientId, from, until);
    }

    private LoggedSession store(
            Patient patient,
            SessionEntry entry,
            Instant loggedAt,
            LocalDate today,
            Map<Long, Exercise> library,
            @Nullable Long programId) {
        Map<String, Problem> errors = SessionEntryRules.validate(entry, today, library);
        refuseBeforeProgramStart(patient.getId(), entry.date(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // after the lock, a save of the same form that got there first is committed and found here
        days.lock(patient.getId(), entry.date());
        var existing = logs.findByPatientIdAndClientKey(patient.getId(), entry.clientKey());
        if (existing.isPresent()) {
            return view(existing.get(), patient, library);
        }
        SessionLog log = new SessionLog(patient.getId(), programId, entry.kind(), entry.clientKey(), loggedAt);
        log.apply(entry);
        logs.saveAndFlush(log);
        days.refresh(patient.getId(), log.getLocalDate());
        audit.record(AuditAction.SESSION_LOGGED, patient.getId(), "session_log", log.getId(), null);
        events.publishEvent(
                new SessionLogged(patient.getId(), log.getId(), log.getLocalDate(), log.getDiscomfortAfter()));
        countSaved(entry.kind());
        return view(log, patient, library);
    }

    /** {@value #LOGS_SAVED}, by kind only, once the log's transaction has committed. */
    private void countSaved(SessionKind kind) {
        Runnable count = () -> meters.counter(LOGS_SAVED, "kind", kind.name().toLowerCase(Locale.ROOT))
                .increment();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    /** A session dated before the live program's start belongs to no plan: it is refused at the date field. */
    private void refuseBeforeProgramStart(long patientId, LocalDate date, Map<String, Problem> errors) {
        programs.live(patientId).map(LiveProgram::start).filter(date::isBefore).ifPresent(start -> {
            if (!errors.containsKey("date")) {
                errors.put("date", Problem.of("logging.error.before-program", start));
            }
        });
    }

    private @Nullable Long liveProgramId(long patientId) {
        return programs.live(patientId).map(LiveProgram::id).orElse(null);
    }

    private SessionLog ownLiveLog(Patient patient, long logId) {
        return logs.findById(logId)
                .filter(log -> log.getPatientId() == patient.getId() && !log.isDeleted())
                .orElseThrow(NotFoundException::new);
    }

    private static void requireChangeable(SessionLog log, Patient patient, LocalDate today) {
        if (!loggedOn(log, patient).equals(today)) {
            throw new InvalidInputException("session", "logging.error.not-today");
        }
    }

    private static LocalDate loggedOn(SessionLog log, Patient patient) {
        return LocalDate.ofInstant(log.getLoggedAt(), patient.getZone());
    }

    private List<LoggedSession> views(List<SessionLog> found, Patient patient) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Exercise> library = exercises.byId();
        return found.stream().map(log -> view(log, patient, library)).toList();
    }

    private LoggedSession view(SessionLog log, Patient patient, Map<Long, Exercise> library) {
        boolean editable = !log.isDeleted() && loggedOn(log, patient).equals(patient.today(clock));
        List<LoggedSession.Exercise> exercises = log.getExercises().stream()
                .map(e -> new LoggedSession.Exercise(
                        e.getExerciseId(),
                        library.containsKey(e.getExerciseId())
                                ? library.get(e.getExerciseId()).getName()
                                : "Exercise",
                        e.getOutcome(),
                        e.getDiscomfort()))
                .toList();
        return new LoggedSession(
                log.getId(),
                log.getPatientId(),
                log.getLocalDate(),
                log.getKind(),
                log.getWalkMinutes(),
                log.getWarmUpMinutes(),
                log.getDiscomfortBefore(),
                log.getDiscomfortAfter(),
                log.getNote(),
                ContextTag.fromColumn(log.getContextTags()),
                exercises,
                log.getLoggedAt(),
                editable,
                log.getVersion());
    }

    /** All values of a log, for the audit trail, so an edit or a deletion never loses what was there. */
    private static String describe(SessionLog log) {
        String exercises = log.getExercises().stream()
                .map(e -> e.getExerciseId() + ":" + e.getOutcome()
                        + (e.getDiscomfort() == null ? "" : ":" + e.getDiscomfort()))
                .collect(Collectors.joining(",", "[", "]"));
        return "date=" + log.getLocalDate() + ", kind=" + log.getKind() + ", walkMinutes=" + log.getWalkMinutes()
                + ", warmUpMinutes=" + log.getWarmUpMinutes() + ", discomfortBefore=" + log.getDiscomfortBefore()
                + ", discomfortAfter=" + log.getDiscomfortAfter() + ", tags=" + log.getContextTags()
                + ", exercises=" + exercises + ", note="
                + (log.getNote() == null ? "none" : "\"" + log.getNote() + "\"");
    }

    private <T> T inTransaction(Supplier<T> work) {
        T result = transaction.execute(status -> work.get());
        return Objects.requireNonNull(result);
    }
}
