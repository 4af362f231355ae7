package org.upright.program;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.ConflictException;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.base.Problem;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.security.AccountDirectory;
import org.upright.security.CurrentUser;

/** Assigning a template to a patient, tailoring it in dated versions, and moving through phases. */
@Service
public class ProgramService {

    public static final int MAX_WALKS = 6;
    public static final int MAX_SESSIONS = 6;
    public static final int MAX_MINUTES = 240;
    public static final int MAX_MIN_DAYS = 365;
    /** Walking days in phase 1 after which the app suggests phase 2. */
    public static final int WALK_DAYS_BEFORE_STRETCHES = 7;
    /** The longest reason a pause may give (the column's size). */
    public static final int PAUSE_REASON_MAX = 200;

    private final ProgramRepository programs;
    private final PrescriptionRepository prescriptions;
    private final ExerciseLibrary library;
    private final ProgramTemplateRepository templates;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final PrescriptionWithdrawals withdrawals;
    private final WalkDays walkDays;
    private final AccountDirectory accounts;
    private final Clock clock;

    ProgramService(
            ProgramRepository programs,
            PrescriptionRepository prescriptions,
            ExerciseLibrary library,
            ProgramTemplateRepository templates,
            PatientAccess access,
            CurrentUser currentUser,
            AuditLog audit,
            PrescriptionWithdrawals withdrawals,
            WalkDays walkDays,
            AccountDirectory accounts,
            Clock clock) {
        this.programs = programs;
        this.prescriptions = prescriptions;
        this.library = library;
        this.templates = templates;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.withdrawals = withdrawals;
        this.walkDays = walkDays;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Assigns a template from a start date; the first version is phase 1 of the template, minus contraindicated exercises. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public Program assign(long patientId, long templateId, LocalDate startDate) {
        Patient patient = access.require(patientId);
        if (programs.findLive(patientId).isPresent()) {
            throw new ConflictException("program.error.has-program");
        }
        ProgramTemplate template = templates
                .findById(templateId)
                .orElseThrow(() -> new InvalidInputException("template", "program.error.choose-template"));
        LocalDate today = patient.today(clock);
        if (startDate.isBefore(today.minusDays(90)) || startDate.isAfter(today.plusDays(365))) {
            throw new InvalidInputException("startDate", "program.error.start-date");
        }
        Program program = programs.save(new Program(patientId, template, startDate, clock.instant()));
        PrescriptionDraft first = fromPhase(template.phase(1), patient, startDate, 0);
        prescriptions.save(new Prescription(
                program.getId(),
                first,
                1,
                clock.instant(),
                currentUser.require().accountId()));
        audit.record(
                AuditAction.PROGRAM_ASSIGNED,
                patientId,
                "program",
                program.getId(),
                "template=" + template.getCode() + ", start=" + startDate);
        return program;
    }

    /** The live program with its versions, or empty when the patient has none. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ProgramOverview> overview(long patientId) {
        Patient patient = access.require(patientId);
        return programs.findLive(patientId).map(program -> overviewOf(patient, program));
    }

    /** A draft with the latest version's values, effective from the next Monday by default. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public PrescriptionDraft draft(long patientId) {
        Patient patient = access.require(patientId);
        Program program = programs.findLive(patientId).orElseThrow(NotFoundException::new);
        Prescription latest = latestOf(program);
        LocalDate nextMonday = patient.today(clock).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        return draftOf(latest, nextMonday.isBefore(program.getStartDate()) ? program.getStartDate() : nextMonday);
    }

    /**
     * Saves a new version. Refused when someone saved another version since the draft was made:
     * the therapist sees that in words and keeps their input.
     */
    @PreAuthorize("hasRole('THERAPIST')")
    // read committed: after waiting for the program's lock, the latest version saved by the other writer is seen
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Prescription save(long patientId, PrescriptionDraft draft) {
        Patient patient = access.require(patientId);
        Program live = programs.findLive(patientId).orElseThrow(NotFoundException::new);
        Program program = programs.lockById(live.getId()).orElseThrow(NotFoundException::new);
        if (latestOf(program).getId() != draft.basedOnPrescriptionId()) {
            throw new ConflictException("program.error.prescription-changed");
        }
        Map<String, Problem> errors = validate(draft, program);
        Set<String> excluded = excludedIds(patient, draft.exercises());
        if (!excluded.isEmpty()) {
            errors.put("exercises", Problem.of("program.error.contraindicated", String.join(", ", excluded)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Prescription saved = prescriptions.save(new Prescription(
                program.getId(),
                draft,
                program.getCurrentPhase(),
                clock.instant(),
                currentUser.require().accountId()));
        audit.record(AuditAction.PRESCRIPTION_SAVED, patientId, "prescription", saved.getId(), describe(saved));
        return saved;
    }

    /** What advancing to the next phase from {@code from} would save, change and withdraw; nothing is saved. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public PhaseAdvance previewAdvance(long patientId, LocalDate from) {
        Patient patient = access.require(patientId);
        return planAdvance(patient, programs.findLive(patientId).orElseThrow(NotFoundException::new), from);
    }

    /**
     * Moves to the next phase from a date, as {@link #previewAdvance} showed: the next phase's dose and
     * exercises where the template changes them, the therapist's tailoring where it does not. Versions of
     * the old phase dated after {@code from} are withdrawn, so none of them takes over later.
     */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Prescription advancePhase(long patientId, LocalDate from) {
        Patient patient = access.require(patientId);
        Program program = programs.lockById(programs.findLive(patientId)
                        .orElseThrow(NotFoundException::new)
                        .getId())
                .orElseThrow(NotFoundException::new);
        PhaseAdvance plan = planAdvance(patient, program, from);
        program.moveToPhase(plan.phase(), from);
        long by = currentUser.require().accountId();
        Prescription saved =
                prescriptions.save(new Prescription(program.getId(), plan.draft(), plan.phase(), clock.instant(), by));
        withdrawals.withdraw(plan.withdrawn(), saved.getId(), by, clock.instant());
        audit.record(
                AuditAction.PROGRAM_PHASE_CHANGED,
                patientId,
                "program",
                program.getId(),
                "phase " + plan.phase() + " from " + from
                        + (plan.withdrawn().isEmpty()
                                ? ""
                                : ", withdrew versions "
                                        + plan.withdrawn().stream()
                                                .map(p -> String.valueOf(p.getId()))
                                                .collect(Collectors.joining(","))));
        return saved;
    }

    private PhaseAdvance planAdvance(Patient patient, Program program, LocalDate from) {
        int next = program.getCurrentPhase() + 1;
        if (next > program.getTemplate().phaseCount()) {
            throw new InvalidInputException("phase", "program.error.last-phase");
        }
        if (from.isBefore(program.getPhaseStartedOn())) {
            throw new InvalidInputException(
                    "effectiveFrom", "program.error.phase-before-current", program.getPhaseStartedOn());
        }
        List<Prescription> inEffect = versionsInEffect(program);
        Prescription mine = inEffect.stream()
                .filter(p -> !p.getEffectiveFrom().isAfter(from))
                .findFirst()
                .orElseGet(() -> latestOf(program));
        Map<Long, Exercise> exercises = library.byId();
        TemplatePhase nextPhase = program.getTemplate().phase(next);
        PrescriptionDraft draft = PhaseAdvancePlanner.merge(
                        program.getTemplate().phase(program.getCurrentPhase()),
                        nextPhase,
                        mine,
                        from,
                        id -> exercises.get(id) == null
                                || ExerciseLibrary.reasonExcluded(patient, exercises.get(id))
                                        .isPresent())
                .withBasedOn(latestOf(program).getId());
        List<Prescription> withdrawn = inEffect.stream()
                .filter(p -> p.getEffectiveFrom().isAfter(from))
                .sorted(Comparator.comparing(Prescription::getEffectiveFrom))
                .toList();
        return new PhaseAdvance(
                next,
                nextPhase.getName(),
                from,
                draft,
                PhaseAdvancePlanner.changes(
                        mine,
                        next,
                        draft,
                        id -> exercises.containsKey(id) ? exercises.get(id).getName() : "?"),
                withdrawn,
                PhaseAdvancePlanner.minimumDaysWarning(
                        program.getCurrentPhase(), program.getPhaseStartedOn(), mine.getPhaseMinDays(), from));
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PATIENT', 'ADMIN')")
    @Transactional
    public void pause(long patientId, LocalDate from, @Nullable String reason) {
        access.require(patientId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "program.error.pause-reason");
        }
        if (why.length() > PAUSE_REASON_MAX) {
            throw new InvalidInputException(
                    "reason", "program.error.pause-reason-long", PAUSE_REASON_MAX, why.length());
        }
        Program program = liveLocked(patientId);
        if (program.openPause().isPresent()) {
            return;
        }
        if (from.isBefore(program.getStartDate())) {
            throw new InvalidInputException("from", "program.error.pause-before-start");
        }
        boolean overlaps = program.getPauses().stream()
                .anyMatch(p -> p.getToDate() != null && p.getToDate().isAfter(from));
        if (overlaps) {
            throw new InvalidInputException("from", "program.error.pause-overlap");
        }
        program.pause(from, why);
        // the reason may be about the patient's health: it stays with the program, where erasure reaches it
        audit.record(AuditAction.PROGRAM_PAUSED, patientId, "program", program.getId(), "from " + from);
    }

    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public void resume(long patientId, LocalDate on) {
        access.require(patientId);
        Program program = liveLocked(patientId);
        ProgramPause open =
                program.openPause().orElseThrow(() -> new InvalidInputException("resume", "program.error.not-paused"));
        if (on.isBefore(open.getFromDate())) {
            throw new InvalidInputException("on", "program.error.resume-before-pause");
        }
        program.resume(on);
        audit.record(AuditAction.PROGRAM_RESUMED, patientId, "program", program.getId(), "on " + on);
    }

    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public void end(long patientId, LocalDate on) {
        access.require(patientId);
        Program program = liveLocked(patientId);
        if (on.isBefore(program.getStartDate())) {
            throw new InvalidInputException("on", "program.error.end-before-start");
        }
        program.end(on);
        audit.record(AuditAction.PROGRAM_ENDED, patientId, "program", program.getId(), "on " + on);
    }

    /** The plan for one of the patient's days (what Today shows), or empty when nothing is prescribed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DayPlan> planOn(long patientId, LocalDate day) {
        access.require(patientId);
        return programs.findLive(patientId).flatMap(program -> {
            ProgramSpan span = spanOf(program);
            var prescribed = span.prescribedOn(day);
            if (prescribed == null) {
                return Optional.empty();
            }
            Prescription version = inForceOn(program, day);
            if (version == null) {
                return Optional.empty();
            }
            Map<Long, Exercise> exercises = library.byId();
            List<DayPlan.Item> items = version.getExercises().stream()
                    .map(e -> new DayPlan.Item(
                            exercises.get(e.getExerciseId()), e.getHoldSeconds(), e.getReps(), e.getSets()))
                    .toList();
            return Optional.of(new DayPlan(
                    program.getId(),
                    day,
                    version.getPhase(),
                    program.getTemplate().phase(version.getPhase()).getName(),
                    version.getWalksPerDay(),
                    version.getMinutesPerWalk(),
                    version.getStretchSessionsPerDay(),
                    version.getWarmUpMinutes(),
                    items));
        });
    }

    /** The live program's id and start, or empty when the patient has none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LiveProgram> live(long patientId) {
        access.require(patientId);
        return programs.findLive(patientId).map(p -> new LiveProgram(p.getId(), p.getStartDate()));
    }

    /** Versions and pauses of the live program, for the numbers; empty when there is none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ProgramSpan> span(long patientId) {
        access.require(patientId);
        return programs.findLive(patientId).map(this::spanOf);
    }

    ProgramSpan spanOf(Program program) {
        List<Pause> pauses = program.getPauses().stream()
                .map(p -> new Pause(p.getFromDate(), p.getToDate()))
                .toList();
        List<org.upright.program.PlanVersion> versions = versionsInEffect(program).stream()
                .map(Prescription::toPlanVersion)
                .toList();
        return new ProgramSpan(program.getStartDate(), program.getEndDate(), versions, pauses);
    }

    private ProgramOverview overviewOf(Patient patient, Program program) {
        LocalDate today = patient.today(clock);
        List<Prescription> versions = prescriptions.findByProgramIdOrderByEffectiveFromDescSavedAtDesc(program.getId());
        Prescription latest =
                versions.stream().max(Comparator.comparing(Prescription::getId)).orElseThrow();
        Map<Long, Exercise> exercises = library.byId();
        // every phase, not only the current one: the therapist sees at assignment what a later phase leaves out
        List<ExcludedExercise> excluded = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (TemplatePhase phase : program.getTemplate().getPhases()) {
            for (TemplateExercise te : phase.getExercises()) {
                if (seen.add(te.getExercise().getId())) {
                    ExerciseLibrary.reasonExcluded(patient, te.getExercise())
                            .ifPresent(r -> excluded.add(new ExcludedExercise(te.getExercise(), r)));
                }
            }
        }
        boolean suggest = program.getCurrentPhase() == 1
                && program.getTemplate().phaseCount() > 1
                && walkDays.walkDaysSince(patient.getId(), program.getPhaseStartedOn()) >= WALK_DAYS_BEFORE_STRETCHES;
        int dayInProgram = (int) ChronoUnit.DAYS.between(program.getStartDate(), today) + 1;
        return new ProgramOverview(
                program,
                today,
                inForceOn(program, today),
                latest,
                versions,
                exercises,
                excluded,
                suggest,
                dayInProgram,
                withdrawals.of(program.getId()),
                accounts.namesOf(versions.stream().map(Prescription::getSavedBy).collect(Collectors.toSet())));
    }

    private @Nullable Prescription inForceOn(Program program, LocalDate day) {
        return versionsInEffect(program).stream()
                .filter(p -> !p.getEffectiveFrom().isAfter(day))
                .findFirst()
                .orElse(null);
    }

    /** Every version that was not withdrawn, latest effective date first (of equal dates, saved last first). */
    private List<Prescription> versionsInEffect(Program program) {
        Set<Long> withdrawn = withdrawals.of(program.getId());
        return prescriptions.findByProgramIdOrderByEffectiveFromDescSavedAtDesc(program.getId()).stream()
                .filter(p -> !withdrawn.contains(p.getId()))
                .toList();
    }

    private Prescription latestOf(Program program) {
        return prescriptions.findFirstByProgramIdOrderByIdDesc(program.getId()).orElseThrow(NotFoundException::new);
    }

    private Program liveLocked(long patientId) {
        Program live = programs.findLive(patientId).orElseThrow(NotFoundException::new);
        return programs.lockById(live.getId()).orElseThrow(NotFoundException::new);
    }

    private PrescriptionDraft fromPhase(TemplatePhase phase, Patient patient, LocalDate from, long basedOn) {
        List<PrescriptionDraft.Item> items = phase.getExercises().stream()
                .filter(te -> ExerciseLibrary.reasonExcluded(patient, te.getExercise())
                        .isEmpty())
                .map(te -> new PrescriptionDraft.Item(
                        te.getExercise().getId(), te.getHoldSeconds(), te.getReps(), te.getSets()))
                .toList();
        return new PrescriptionDraft(
                basedOn,
                from,
                Math.max(1, phase.getWalksPerDay()),
                phase.getMinutesPerWalk(),
                phase.getStretchSessionsPerDay(),
                phase.getWarmUpMinutes(),
                EnumSet.allOf(DayOfWeek.class),
                phase.getMinDays(),
                items,
                null);
    }

    private static PrescriptionDraft draftOf(Prescription p, LocalDate from) {
        List<PrescriptionDraft.Item> items = p.getExercises().stream()
                .map(e -> new PrescriptionDraft.Item(e.getExerciseId(), e.getHoldSeconds(), e.getReps(), e.getSets()))
                .toList();
        return new PrescriptionDraft(
                p.getId(),
                from,
                p.getWalksPerDay(),
                p.getMinutesPerWalk(),
                p.getStretchSessionsPerDay(),
                p.getWarmUpMinutes(),
                p.getWeekdays(),
                p.getPhaseMinDays(),
                items,
                null);
    }

    private Set<String> excludedIds(Patient patient, List<PrescriptionDraft.Item> items) {
        Set<String> names = new java.util.TreeSet<>();
        Map<Long, Exercise> exercises = library.byId();
        for (PrescriptionDraft.Item item : items) {
            java.util.Optional.ofNullable(exercises.get(item.exerciseId()))
                    .ifPresentOrElse(
                            e -> ExerciseLibrary.reasonExcluded(patient, e).ifPresent(r -> names.add(e.getName())),
                            () -> names.add("unknown exercise " + item.exerciseId()));
        }
        return names;
    }

    static Map<String, Problem> validate(PrescriptionDraft d, Program program) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        if (d.effectiveFrom().isBefore(program.getStartDate())) {
            errors.put("effectiveFrom", Problem.of("program.error.change-before-start", program.getStartDate()));
        }
        Checks.range(errors, "walksPerDay", d.walksPerDay(), 1, MAX_WALKS, "program.error.range.walks-per-day");
        Checks.range(
                errors, "minutesPerWalk", d.minutesPerWalk(), 1, MAX_MINUTES, "program.error.range.minutes-per-walk");
        Checks.range(
                errors,
                "stretchSessionsPerDay",
                d.stretchSessionsPerDay(),
                0,
                MAX_SESSIONS,
                "program.error.range.stretch-sessions");
        Checks.range(errors, "warmUpMinutes", d.warmUpMinutes(), 0, MAX_MINUTES, "program.error.range.warm-up");
        Checks.range(errors, "phaseMinDays", d.phaseMinDays(), 0, MAX_MIN_DAYS, "program.error.range.phase-min-days");
        if (d.weekdays().isEmpty()) {
            errors.put("weekdays", Problem.of("program.error.weekdays"));
        }
        for (PrescriptionDraft.Item item : d.exercises()) {
            new Dose(item.holdSeconds(), item.reps(), item.sets())
                    .errors("").values().stream().findFirst().ifPresent(message -> errors.put("exercises", message));
        }
        if (d.exercises().stream()
                        .map(PrescriptionDraft.Item::exerciseId)
                        .distinct()
                        .count()
                != d.exercises().size()) {
            errors.put("exercises", Problem.of("program.error.exercise-once"));
        }
        if (d.note() != null && d.note().length() > 500) {
            errors.put("note", Problem.of("program.error.note-too-long", 500));
        }
        return errors;
    }

    private static String describe(Prescription p) {
        return "from " + p.getEffectiveFrom() + ": phase " + p.getPhase() + ", " + p.getWalksPerDay() + " walks x "
                + p.getMinutesPerWalk() + " min, " + p.getStretchSessionsPerDay() + " stretch sessions, warm-up "
                + p.getWarmUpMinutes() + " min, days " + p.getWeekdays() + ", exercises "
                + p.getExercises().size();
    }
}
