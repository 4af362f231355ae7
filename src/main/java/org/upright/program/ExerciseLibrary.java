package org.upright.program;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.base.Names;
import org.upright.base.Problem;
import org.upright.patient.Contraindication;
import org.upright.patient.Patient;

/** The clinic's exercise library: the built-in exercises and those the clinic adds. */
@Service
public class ExerciseLibrary {

    private final ExerciseRepository exercises;
    private final AuditLog audit;

    ExerciseLibrary(ExerciseRepository exercises, AuditLog audit) {
        this.exercises = exercises;
        this.audit = audit;
    }

    /** Every exercise by id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Exercise> byId() {
        return exercises.findAll().stream().collect(Collectors.toMap(Exercise::getId, Function.identity()));
    }

    /** The exercise library, by kind and name. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Exercise> all() {
        return exercises.findAllByOrderByKindAscNameAsc();
    }

    /** The clinic adds an exercise to its library. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public Exercise add(ExerciseForm form) {
        Map<String, Problem> errors = validate(form);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ExerciseKind kind = Objects.requireNonNull(form.kind());
        Exercise exercise = new Exercise(
                Checks.uniqueCode(form.name(), exercises::existsByCode),
                Names.normalise(form.name()),
                kind,
                form.instructions().trim());
        exercise.setCautions(Checks.blankToNull(form.cautions()));
        exercise.setDefaultHoldSeconds(form.defaultHoldSeconds());
        exercise.setDefaultReps(form.defaultReps());
        exercise.setDefaultSets(form.defaultSets());
        exercise.setDefaultMinutes(form.defaultMinutes());
        exercise.setContraindications(form.contraindications());
        exercise.setIcon(
                switch (kind) {
                    case WALK -> "vaadin:male";
                    case STRETCH -> "vaadin:arrows-long-v";
                    case STRENGTH -> "vaadin:compress-square";
                });
        exercises.save(exercise);
        audit.record(
                AuditAction.EXERCISE_SAVED,
                null,
                "exercise",
                exercise.getId(),
                "added " + kind + " " + exercise.getCode());
        return exercise;
    }

    static Map<String, Problem> validate(ExerciseForm form) {
        Map<String, Problem> errors = new LinkedHashMap<>();
        String name = Names.normalise(form.name());
        if (name.isEmpty()) {
            errors.put("name", Problem.of("program.error.exercise-name"));
        } else if (name.length() > Exercise.NAME_MAX) {
            errors.put("name", Problem.of("program.error.too-long", Exercise.NAME_MAX));
        } else {
            Names.problem(name).ifPresent(problem -> errors.put("name", problem));
        }
        if (form.kind() == null) {
            errors.put("kind", Problem.of("program.error.exercise-kind"));
        }
        if (form.instructions().isBlank()) {
            errors.put("instructions", Problem.of("program.error.instructions"));
        } else if (form.instructions().trim().length() > Exercise.INSTRUCTIONS_MAX) {
            errors.put("instructions", Problem.of("program.error.too-long", Exercise.INSTRUCTIONS_MAX));
        }
        if (form.cautions() != null && form.cautions().trim().length() > Exercise.CAUTIONS_MAX) {
            errors.put("cautions", Problem.of("program.error.too-long", Exercise.CAUTIONS_MAX));
        }
        new Dose(form.defaultHoldSeconds(), form.defaultReps(), form.defaultSets())
                .errors("")
                .forEach((field, message) ->
                        errors.put("default" + Character.toUpperCase(field.charAt(0)) + field.substring(1), message));
        Checks.optionalRange(
                errors,
                "defaultMinutes",
                form.defaultMinutes(),
                1,
                ProgramService.MAX_MINUTES,
                "program.error.range.minutes");
        Set<String> known =
                Arrays.stream(Contraindication.values()).map(Enum::name).collect(Collectors.toSet());
        if (!known.containsAll(form.contraindications())) {
            errors.put("contraindications", Problem.of("program.error.contraindications"));
        }
        return errors;
    }

    /** Why this exercise is not for this patient, or empty when it is fine. */
    public static Optional<String> reasonExcluded(Patient patient, Exercise exercise) {
        return exercise.getContraindications().stream()
                .filter(patient.getContraindications()::contains)
                .findFirst()
                .map(code -> "Left out: not suitable with "
                        + Contraindication.labelOf(code).toLowerCase());
    }

    /** The patient's contraindication that rules this exercise out, as {@link #reasonExcluded} names it. */
    public static Optional<Contraindication> conflict(Patient patient, Exercise exercise) {
        return exercise.getContraindications().stream()
                .filter(patient.getContraindications()::contains)
                .findFirst()
                .flatMap(Contraindication::of);
    }
}
