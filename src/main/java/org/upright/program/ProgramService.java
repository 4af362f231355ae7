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
import java.util.function.Function;
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
import org.upright.patient.Contraindication;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
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

    private final ProgramRepository programs;
    private final PrescriptionRepository prescriptions;
    private final ExerciseRepository exercises;
    private final ProgramTemplateRepository templates;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final PrescriptionWithdrawals withdrawals;
    private final Clock clock;

    ProgramService(ProgramRepository programs, PrescriptionRepository prescriptions, ExerciseRepository exercises,
            ProgramTemplateRepository templates, PatientAccess access, CurrentUser currentUser, AuditLog audit,
            PrescriptionWithdrawals withdrawals, Clock clock) {
        this.programs = programs;
        this.prescriptions = prescriptions;
        this.exercises = exercises;
        this.templates = templates;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.withdrawals = withdrawals;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ProgramTemplate> templates() {
        List<ProgramTemplate> all = templates.findAllByOrderByBuiltInDescNameAsc();
        // phases and their exercises are read here, inside the transaction, for the views that list them
        all.forEach(t -> t.getPhases().forEach(p -> p.getExercises().size()));
        return all;
    }

    /** Assigns a template from a start date; the first version is phase 1 of the template, minus contraindicated exercises. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public Program assign(long patientId, long templateId, LocalDate startDate) {
        Patient patient = access.require(patientId);
        if (programs.findLive(patientId).isPresent()) {
            throw new ConflictException("This patient already has a program. End it before assigning a new one.");
        }
        ProgramTemplate template = templates.findById(templateId)
            .orElseThrow(() -> new InvalidInputException("template", "Choose a program template."));
        LocalDate today = today(patient);
        if (startDate.isBefore(today.minusDays(90)) || startDate.isAfter(today.plusDays(365))) {
            throw new InvalidInputException("startDate", "Choose a start date within the last 90 days or the next year.");
        }
        Program program = programs.save(new Program(patientId, template, startDate, clock.instant()));
        PrescriptionDraft first = fromPhase(template.phase(1), patient, startDate, 0);
        prescriptions.save(new Prescription(program.getId(), first, 1, clock.instant(), currentUser.require().accountId()));
        audit.record(AuditAction.PROGRAM_ASSIGNED, patientId, "program", program.getId(),
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
        LocalDate nextMonday = today(patient).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
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
            throw new ConflictException("Someone else saved a new version of this prescription while you were "
                + "editing. Your changes are still in the form: reload the program to see theirs, then save again.");
        }
        Map<String, String> errors = validate(draft, program);
        Set<String> excluded = excludedIds(patient, draft.exercises());
        if (!excluded.isEmpty()) {
            errors.put("exercises", "Left out because of the patient's contraindications: " + String.join(", ", excluded));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Prescription saved = prescriptions.save(new Prescription(program.getId(), draft, program.getCurrentPhase(),
            clock.instant(), currentUser.require().accountId()));
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
        Program program = programs.lockById(programs.findLive(patientId).orElseThrow(NotFoundException::new).getId())
            .orElseThrow(NotFoundException::new);
        PhaseAdvance plan = planAdvance(patient, program, from);
        program.moveToPhase(plan.phase(), from);
        long by = currentUser.require().accountId();
        Prescription saved = prescriptions.save(new Prescription(program.getId(), plan.draft(), plan.phase(),
            clock.instant(), by));
        withdrawals.withdraw(plan.withdrawn(), saved.getId(), by, clock.instant());
        audit.record(AuditAction.PROGRAM_PHASE_CHANGED, patientId, "program", program.getId(),
            "phase " + plan.phase() + " from " + from + (plan.withdrawn().isEmpty() ? ""
                : ", withdrew versions " + plan.withdrawn().stream().map(p -> String.valueOf(p.getId()))
                    .collect(Collectors.joining(","))));
        return saved;
    }

    private PhaseAdvance planAdvance(Patient patient, Program program, LocalDate from) {
        int next = program.getCurrentPhase() + 1;
        if (next > program.getTemplate().phaseCount()) {
            throw new InvalidInputException("phase", "This is already the last phase.");
        }
        if (from.isBefore(program.getPhaseStartedOn())) {
            throw new InvalidInputException("effectiveFrom", "The next phase cannot start before the current one did ("
                + program.getPhaseStartedOn() + ").");
        }
        List<Prescription> inEffect = versionsInEffect(program);
        Prescription mine = inEffect.stream().filter(p -> !p.getEffectiveFrom().isAfter(from)).findFirst()
            .orElseGet(() -> latestOf(program));
        Map<Long, Exercise> library = library();
        TemplatePhase nextPhase = program.getTemplate().phase(next);
        PrescriptionDraft draft = PhaseAdvancePlanner.merge(program.getTemplate().phase(program.getCurrentPhase()),
            nextPhase, mine, from, id -> library.get(id) == null || reasonExcluded(patient, library.get(id)).isPresent())
            .withBasedOn(latestOf(program).getId());
        List<Prescription> withdrawn = inEffect.stream().filter(p -> p.getEffectiveFrom().isAfter(from))
            .sorted(Comparator.comparing(Prescription::getEffectiveFrom)).toList();
        List<String> warnings = new ArrayList<>();
        String tooSoon = PhaseAdvancePlanner.minimumDaysWarning(program.getCurrentPhase(),
            program.getPhaseStartedOn(), mine.getPhaseMinDays(), from);
        if (tooSoon != null) {
            warnings.add(tooSoon);
        }
        return new PhaseAdvance(next, nextPhase.getName(), from, draft, PhaseAdvancePlanner.changes(mine, next, draft,
            id -> library.containsKey(id) ? library.get(id).getName() : "?"), withdrawn, warnings);
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PATIENT', 'ADMIN')")
    @Transactional
    public void pause(long patientId, LocalDate from, @Nullable String reason) {
        access.require(patientId);
        Program program = liveLocked(patientId);
        if (program.openPause().isPresent()) {
            return;
        }
        if (from.isBefore(program.getStartDate())) {
            throw new InvalidInputException("from", "A pause cannot begin before the program started.");
        }
        boolean overlaps = program.getPauses().stream().anyMatch(p -> p.getToDate() != null && p.getToDate().isAfter(from));
        if (overlaps) {
            throw new InvalidInputException("from", "This pause would overlap an earlier one.");
        }
        program.pause(from, reason == null ? null : reason.substring(0, Math.min(reason.length(), 200)));
        audit.record(AuditAction.PROGRAM_PAUSED, patientId, "program", program.getId(), "from " + from);
    }

    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public void resume(long patientId, LocalDate on) {
        access.require(patientId);
        Program program = liveLocked(patientId);
        ProgramPause open = program.openPause()
            .orElseThrow(() -> new InvalidInputException("resume", "The program is not paused."));
        if (on.isBefore(open.getFromDate())) {
            throw new InvalidInputException("on", "Resume on or after the day the pause began.");
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
            throw new InvalidInputException("on", "The program cannot end before it started.");
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
            Map<Long, Exercise> library = library();
            List<DayPlan.Item> items = version.getExercises().stream()
                .map(e -> new DayPlan.Item(library.get(e.getExerciseId()), e.getHoldSeconds(), e.getReps(), e.getSets()))
                .toList();
            return Optional.of(new DayPlan(program.getId(), day, version.getPhase(),
                program.getTemplate().phase(version.getPhase()).getName(), version.getWalksPerDay(),
                version.getMinutesPerWalk(), version.getStretchSessionsPerDay(), version.getWarmUpMinutes(), items));
        });
    }

    /** Versions and pauses of the live program, for the numbers; empty when there is none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ProgramSpan> span(long patientId) {
        access.require(patientId);
        return programs.findLive(patientId).map(this::spanOf);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Exercise> library() {
        return exercises.findAll().stream().collect(Collectors.toMap(Exercise::getId, Function.identity()));
    }

    /** The exercise library, by kind and name. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Exercise> exercises() {
        return exercises.findAllByOrderByKindAscNameAsc();
    }

    /** The clinic adds an exercise to its library. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public Exercise addExercise(ExerciseForm form) {
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ExerciseKind kind = java.util.Objects.requireNonNull(form.kind());
        Exercise exercise = new Exercise(uniqueCode(form.name(), exercises::existsByCode), form.name().trim(), kind,
            form.instructions().trim());
        exercise.setCautions(blankToNull(form.cautions()));
        exercise.setDefaultHoldSeconds(form.defaultHoldSeconds());
        exercise.setDefaultReps(form.defaultReps());
        exercise.setDefaultSets(form.defaultSets());
        exercise.setDefaultMinutes(form.defaultMinutes());
        exercise.setContraindications(form.contraindications());
        exercise.setIcon(switch (kind) {
            case WALK -> "vaadin:male";
            case STRETCH -> "vaadin:arrows-long-v";
            case STRENGTH -> "vaadin:compress-square";
        });
        exercises.save(exercise);
        audit.record(AuditAction.EXERCISE_SAVED, null, "exercise", exercise.getId(),
            "added " + kind + " " + exercise.getCode());
        return exercise;
    }

    /** A clinic template made from another: a new name, its own phase doses, the same exercises. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public ProgramTemplate duplicateTemplate(TemplateCopy copy) {
        ProgramTemplate source = templates.findById(copy.sourceTemplateId())
            .orElseThrow(() -> new InvalidInputException("template", "Choose a template to copy."));
        Map<String, String> errors = new LinkedHashMap<>();
        String name = copy.name().trim();
        if (name.isEmpty()) {
            errors.put("name", "Enter a name for the new template.");
        }
        else if (name.length() > 120) {
            errors.put("name", "Use at most 120 characters.");
        }
        else if (templates.findAll().stream().anyMatch(t -> t.getName().equalsIgnoreCase(name))) {
            errors.put("name", "A template with this name exists already.");
        }
        Map<Integer, TemplateCopy.PhaseDose> doses = copy.phases().stream()
            .collect(Collectors.toMap(TemplateCopy.PhaseDose::phaseNumber, Function.identity(), (a, b) -> b));
        for (TemplatePhase phase : source.getPhases()) {
            TemplateCopy.PhaseDose dose = doses.get(phase.getPhaseNumber());
            if (dose == null) {
                continue;
            }
            String prefix = "phase" + phase.getPhaseNumber() + ".";
            range(errors, prefix + "minDays", dose.minDays(), 0, MAX_MIN_DAYS, "days at least");
            range(errors, prefix + "walksPerDay", dose.walksPerDay(), 1, MAX_WALKS, "walks a day");
            range(errors, prefix + "minutesPerWalk", dose.minutesPerWalk(), 1, MAX_MINUTES, "minutes per walk");
            range(errors, prefix + "stretchSessionsPerDay", dose.stretchSessionsPerDay(), 0, MAX_SESSIONS,
                "stretch sessions a day");
            range(errors, prefix + "warmUpMinutes", dose.warmUpMinutes(), 0, MAX_MINUTES, "warm-up minutes");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ProgramTemplate template = new ProgramTemplate(uniqueCode(name, c -> templates.findByCode(c).isPresent()),
            name, source.getDescription());
        for (TemplatePhase phase : source.getPhases()) {
            TemplateCopy.PhaseDose dose = doses.getOrDefault(phase.getPhaseNumber(), TemplateCopy.PhaseDose.of(phase));
            TemplatePhase newPhase = new TemplatePhase(template, phase.getPhaseNumber(), phase.getName(),
                dose.minDays(), dose.walksPerDay(), dose.minutesPerWalk(), dose.stretchSessionsPerDay(),
                dose.warmUpMinutes());
            newPhase.setDescription(phase.getDescription());
            for (TemplateExercise te : phase.getExercises()) {
                newPhase.getExercises().add(new TemplateExercise(newPhase, te.getExercise(), te.getPosition(),
                    te.getHoldSeconds(), te.getReps(), te.getSets()));
            }
            template.getPhases().add(newPhase);
        }
        templates.save(template);
        audit.record(AuditAction.TEMPLATE_SAVED, null, "program_template", template.getId(),
            "copied from " + source.getCode() + " as " + template.getCode());
        return template;
    }

    /**
     * Sets which exercises each listed phase of a clinic template holds, with their hold seconds, repetitions
     * and sets. Built-in templates are refused: duplicate one first.
     * <p>
     * A change reaches only what is made from the template afterwards: {@link #assign} copies phase 1 into the
     * patient's first prescription, and {@link #advancePhase} reads the next phase of the template on the day it
     * is called. So a patient already in a phase keeps their prescription; a patient who moves to a later phase
     * after this change gets the new exercises of that phase.
     */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public ProgramTemplate editTemplateExercises(TemplateExercises edit) {
        ProgramTemplate template = templates.findById(edit.templateId())
            .orElseThrow(() -> new InvalidInputException("template", "Choose a template to edit."));
        if (template.isBuiltIn()) {
            throw new InvalidInputException("template",
                "Built-in templates cannot be changed. Duplicate the template and edit the copy.");
        }
        Map<Long, Exercise> library = library();
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Integer> phaseNumbers = new java.util.HashSet<>();
        for (TemplateExercises.Phase phase : edit.phases()) {
            int number = phase.phaseNumber();
            if (number < 1 || number > template.phaseCount() || !phaseNumbers.add(number)) {
                errors.put("phases", "Phase " + number + " is not a phase of this template, or is listed twice.");
                continue;
            }
            String listField = TemplateExercises.field(number);
            Set<Long> seen = new java.util.HashSet<>();
            for (TemplateExercises.Item item : phase.exercises()) {
                Exercise exercise = library.get(item.exerciseId());
                if (exercise == null) {
                    errors.put(listField, "Choose exercises from the library.");
                    continue;
                }
                if (!seen.add(item.exerciseId())) {
                    errors.put(listField, exercise.getName() + " is in this phase more than once; keep it once.");
                }
                if (exercise.getKind() == ExerciseKind.WALK) {
                    errors.put(listField, exercise.getName()
                        + " is a walk: walks are set by the phase's walks a day, not in the stretch session.");
                }
                optionalRange(errors, TemplateExercises.field(number, item.exerciseId(), "holdSeconds"),
                    item.holdSeconds(), 1, 600, "seconds of hold");
                optionalRange(errors, TemplateExercises.field(number, item.exerciseId(), "reps"), item.reps(), 1,
                    100, "repetitions");
                optionalRange(errors, TemplateExercises.field(number, item.exerciseId(), "sets"), item.sets(), 1,
                    20, "sets");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> changed = new ArrayList<>();
        for (TemplateExercises.Phase phase : edit.phases()) {
            TemplatePhase target = template.phase(phase.phaseNumber());
            Map<Long, TemplateExercise> existing = target.getExercises().stream()
                .collect(Collectors.toMap(te -> te.getExercise().getId(), Function.identity()));
            Set<Long> kept = phase.exercises().stream().map(TemplateExercises.Item::exerciseId)
                .collect(Collectors.toSet());
            // rows of kept exercises are updated in place: the table allows an exercise once per phase
            target.getExercises().removeIf(te -> !kept.contains(te.getExercise().getId()));
            List<TemplateExercise> ordered = new ArrayList<>();
            int position = 1;
            for (TemplateExercises.Item item : phase.exercises()) {
                TemplateExercise te = existing.get(item.exerciseId());
                if (te == null) {
                    te = new TemplateExercise(target, library.get(item.exerciseId()), position, item.holdSeconds(),
                        item.reps(), item.sets());
                }
                else {
                    te.update(position, item.holdSeconds(), item.reps(), item.sets());
                }
                ordered.add(te);
                position++;
            }
            target.getExercises().clear();
            target.getExercises().addAll(ordered);
            changed.add("phase " + phase.phaseNumber() + ": " + ordered.stream()
                .map(te -> te.getExercise().getCode() + " " + te.getHoldSeconds() + "s/" + te.getReps() + "x"
                    + te.getSets())
                .collect(Collectors.joining(", ")));
        }
        templates.save(template);
        audit.record(AuditAction.TEMPLATE_SAVED, null, "program_template", template.getId(),
            abbreviate("exercises of " + template.getCode() + " set: " + String.join("; ", changed), 2000));
        return template;
    }

    static Map<String, String> validate(ExerciseForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.name().isBlank()) {
            errors.put("name", "Enter the exercise's name.");
        }
        else if (form.name().trim().length() > Exercise.NAME_MAX) {
            errors.put("name", "Use at most " + Exercise.NAME_MAX + " characters.");
        }
        if (form.kind() == null) {
            errors.put("kind", "Choose walk, stretch or strength.");
        }
        if (form.instructions().isBlank()) {
            errors.put("instructions", "Write how to do the exercise.");
        }
        else if (form.instructions().trim().length() > Exercise.INSTRUCTIONS_MAX) {
            errors.put("instructions", "Use at most " + Exercise.INSTRUCTIONS_MAX + " characters.");
        }
        if (form.cautions() != null && form.cautions().trim().length() > Exercise.CAUTIONS_MAX) {
            errors.put("cautions", "Use at most " + Exercise.CAUTIONS_MAX + " characters.");
        }
        optionalRange(errors, "defaultHoldSeconds", form.defaultHoldSeconds(), 1, 600, "seconds of hold");
        optionalRange(errors, "defaultReps", form.defaultReps(), 1, 100, "repetitions");
        optionalRange(errors, "defaultSets", form.defaultSets(), 1, 20, "sets");
        optionalRange(errors, "defaultMinutes", form.defaultMinutes(), 1, MAX_MINUTES, "minutes");
        Set<String> known = java.util.Arrays.stream(Contraindication.values()).map(Enum::name)
            .collect(Collectors.toSet());
        if (!known.containsAll(form.contraindications())) {
            errors.put("contraindications", "Choose contraindications from the list.");
        }
        return errors;
    }

    private static void optionalRange(Map<String, String> errors, String field, @Nullable Integer value, int min,
            int max, String what) {
        if (value != null) {
            range(errors, field, value, min, max, what);
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    // Codes are for machines (FHIR, imports): upper-case letters from the name, unique with a number if needed.
    private static String uniqueCode(String name, java.util.function.Predicate<String> taken) {
        String base = "C_" + name.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
        base = base.length() > 34 ? base.substring(0, 34) : base;
        String code = base;
        for (int n = 2; taken.test(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    ProgramSpan spanOf(Program program) {
        List<Pause> pauses = program.getPauses().stream().map(p -> new Pause(p.getFromDate(), p.getToDate())).toList();
        List<org.upright.program.PlanVersion> versions = versionsInEffect(program).stream()
            .map(Prescription::toPlanVersion).toList();
        return new ProgramSpan(program.getStartDate(), program.getEndDate(), versions, pauses);
    }

    private ProgramOverview overviewOf(Patient patient, Program program) {
        LocalDate today = today(patient);
        List<Prescription> versions = prescriptions.findByProgramIdOrderByEffectiveFromDescSavedAtDesc(program.getId());
        Prescription latest = versions.stream().max(Comparator.comparing(Prescription::getId)).orElseThrow();
        Map<Long, Exercise> library = library();
        // every phase, not only the current one: the therapist sees at assignment what a later phase leaves out
        List<ExcludedExercise> excluded = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (TemplatePhase phase : program.getTemplate().getPhases()) {
            for (TemplateExercise te : phase.getExercises()) {
                if (seen.add(te.getExercise().getId())) {
                    reasonExcluded(patient, te.getExercise())
                        .ifPresent(r -> excluded.add(new ExcludedExercise(te.getExercise(), r)));
                }
            }
        }
        boolean suggest = program.getCurrentPhase() == 1 && program.getTemplate().phaseCount() > 1
            && programs.countWalkDaysSince(patient.getId(), program.getPhaseStartedOn()) >= WALK_DAYS_BEFORE_STRETCHES;
        int dayInProgram = (int) ChronoUnit.DAYS.between(program.getStartDate(), today) + 1;
        return new ProgramOverview(program, today, inForceOn(program, today), latest, versions, library, excluded,
            suggest, dayInProgram, withdrawals.of(program.getId()));
    }

    private @Nullable Prescription inForceOn(Program program, LocalDate day) {
        return versionsInEffect(program).stream()
            .filter(p -> !p.getEffectiveFrom().isAfter(day))
            .findFirst().orElse(null);
    }

    /** Every version that was not withdrawn, latest effective date first (of equal dates, saved last first). */
    private List<Prescription> versionsInEffect(Program program) {
        Set<Long> withdrawn = withdrawals.of(program.getId());
        return prescriptions.findByProgramIdOrderByEffectiveFromDescSavedAtDesc(program.getId()).stream()
            .filter(p -> !withdrawn.contains(p.getId())).toList();
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
            .filter(te -> reasonExcluded(patient, te.getExercise()).isEmpty())
            .map(te -> new PrescriptionDraft.Item(te.getExercise().getId(), te.getHoldSeconds(), te.getReps(), te.getSets()))
            .toList();
        return new PrescriptionDraft(basedOn, from, Math.max(1, phase.getWalksPerDay()), phase.getMinutesPerWalk(),
            phase.getStretchSessionsPerDay(), phase.getWarmUpMinutes(), EnumSet.allOf(DayOfWeek.class),
            phase.getMinDays(), items, null);
    }

    private static PrescriptionDraft draftOf(Prescription p, LocalDate from) {
        List<PrescriptionDraft.Item> items = p.getExercises().stream()
            .map(e -> new PrescriptionDraft.Item(e.getExerciseId(), e.getHoldSeconds(), e.getReps(), e.getSets()))
            .toList();
        return new PrescriptionDraft(p.getId(), from, p.getWalksPerDay(), p.getMinutesPerWalk(),
            p.getStretchSessionsPerDay(), p.getWarmUpMinutes(), p.getWeekdays(), p.getPhaseMinDays(), items, null);
    }

    /** Why this exercise is not for this patient, or empty when it is fine. */
    public static Optional<String> reasonExcluded(Patient patient, Exercise exercise) {
        return exercise.getContraindications().stream()
            .filter(patient.getContraindications()::contains)
            .findFirst()
            .map(code -> "Left out: not suitable with " + Contraindication.labelOf(code).toLowerCase());
    }

    private Set<String> excludedIds(Patient patient, List<PrescriptionDraft.Item> items) {
        Set<String> names = new java.util.TreeSet<>();
        for (PrescriptionDraft.Item item : items) {
            exercises.findById(item.exerciseId()).ifPresentOrElse(
                e -> reasonExcluded(patient, e).ifPresent(r -> names.add(e.getName())),
                () -> names.add("unknown exercise " + item.exerciseId()));
        }
        return names;
    }

    static Map<String, String> validate(PrescriptionDraft d, Program program) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.effectiveFrom().isBefore(program.getStartDate())) {
            errors.put("effectiveFrom", "A change cannot take effect before the program started ("
                + program.getStartDate() + ").");
        }
        range(errors, "walksPerDay", d.walksPerDay(), 1, MAX_WALKS, "walks a day");
        range(errors, "minutesPerWalk", d.minutesPerWalk(), 1, MAX_MINUTES, "minutes per walk");
        range(errors, "stretchSessionsPerDay", d.stretchSessionsPerDay(), 0,
            MAX_SESSIONS, "stretch sessions a day");
        range(errors, "warmUpMinutes", d.warmUpMinutes(), 0, MAX_MINUTES, "warm-up minutes");
        range(errors, "phaseMinDays", d.phaseMinDays(), 0, MAX_MIN_DAYS, "days in this phase at least");
        if (d.weekdays().isEmpty()) {
            errors.put("weekdays", "Tick at least one day of the week.");
        }
        for (PrescriptionDraft.Item item : d.exercises()) {
            if (item.holdSeconds() != null && (item.holdSeconds() < 1 || item.holdSeconds() > 600)) {
                errors.put("exercises", "Hold times are 1 to 600 seconds.");
            }
            if (item.reps() != null && (item.reps() < 1 || item.reps() > 100)) {
                errors.put("exercises", "Repetitions are 1 to 100.");
            }
            if (item.sets() != null && (item.sets() < 1 || item.sets() > 20)) {
                errors.put("exercises", "Sets are 1 to 20.");
            }
        }
        if (d.exercises().stream().map(PrescriptionDraft.Item::exerciseId).distinct().count() != d.exercises().size()) {
            errors.put("exercises", "Each exercise can be in the prescription once.");
        }
        if (d.note() != null && d.note().length() > 500) {
            errors.put("note", "Use at most 500 characters.");
        }
        return errors;
    }

    private static void range(Map<String, String> errors, String field, int value, int min, int max, String what) {
        if (value < min || value > max) {
            errors.put(field, "Enter " + min + " to " + max + " " + what + ".");
        }
    }

    private static String describe(Prescription p) {
        return "from " + p.getEffectiveFrom() + ": phase " + p.getPhase() + ", " + p.getWalksPerDay() + " walks x "
            + p.getMinutesPerWalk() + " min, " + p.getStretchSessionsPerDay() + " stretch sessions, warm-up "
            + p.getWarmUpMinutes() + " min, days " + p.getWeekdays() + ", exercises " + p.getExercises().size();
    }

    private static LocalDate today(Patient patient, Clock clock) {
        return LocalDate.now(clock.withZone(patient.getZone()));
    }

    private LocalDate today(Patient patient) {
        return today(patient, clock);
    }
}
