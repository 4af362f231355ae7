package org.upright.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Program templates: the built-in one and the clinic's own copies, with their phases and exercises. */
@Service
public class TemplateService {

    private final ProgramTemplateRepository templates;
    private final ExerciseRepository exercises;
    private final AuditLog audit;

    TemplateService(ProgramTemplateRepository templates, ExerciseRepository exercises, AuditLog audit) {
        this.templates = templates;
        this.exercises = exercises;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ProgramTemplate> templates() {
        List<ProgramTemplate> all = templates.findAllByOrderByBuiltInDescNameAsc();
        // phases and their exercises are read here, inside the transaction, for the views that list them
        all.forEach(t -> t.getPhases().forEach(p -> p.getExercises().size()));
        return all;
    }

    /** A clinic template made from another: a new name, its own phase doses, the same exercises. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public ProgramTemplate duplicate(TemplateCopy copy) {
        ProgramTemplate source = templates
                .findById(copy.sourceTemplateId())
                .orElseThrow(() -> new InvalidInputException("template", "program.error.template-to-copy"));
        Map<String, Problem> errors = new LinkedHashMap<>();
        String name = Names.normalise(copy.name());
        if (name.isEmpty()) {
            errors.put("name", Problem.of("program.error.template-name"));
        } else if (Names.problem(name).isPresent()) {
            errors.put("name", Names.problem(name).get());
        } else if (name.length() > 120) {
            errors.put("name", Problem.of("program.error.too-long", 120));
        } else if (templates.findAll().stream().anyMatch(t -> t.getName().equalsIgnoreCase(name))) {
            errors.put("name", Problem.of("program.error.template-name-taken"));
        }
        Map<Integer, TemplateCopy.PhaseDose> doses = copy.phases().stream()
                .collect(Collectors.toMap(TemplateCopy.PhaseDose::phaseNumber, Function.identity(), (a, b) -> b));
        for (TemplatePhase phase : source.getPhases()) {
            TemplateCopy.PhaseDose dose = doses.get(phase.getPhaseNumber());
            if (dose == null) {
                continue;
            }
            String prefix = "phase" + phase.getPhaseNumber() + ".";
            Checks.range(errors, prefix + "minDays", dose.minDays(), 0, ProgramService.MAX_MIN_DAYS, "days at least");
            Checks.range(
                    errors, prefix + "walksPerDay", dose.walksPerDay(), 1, ProgramService.MAX_WALKS, "walks a day");
            Checks.range(
                    errors,
                    prefix + "minutesPerWalk",
                    dose.minutesPerWalk(),
                    1,
                    ProgramService.MAX_MINUTES,
                    "minutes per walk");
            Checks.range(
                    errors,
                    prefix + "stretchSessionsPerDay",
                    dose.stretchSessionsPerDay(),
                    0,
                    ProgramService.MAX_SESSIONS,
                    "stretch sessions a day");
            Checks.range(
                    errors,
                    prefix + "warmUpMinutes",
                    dose.warmUpMinutes(),
                    0,
                    ProgramService.MAX_MINUTES,
                    "warm-up minutes");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ProgramTemplate template = new ProgramTemplate(
                Checks.uniqueCode(name, c -> templates.findByCode(c).isPresent()), name, source.getDescription());
        for (TemplatePhase phase : source.getPhases()) {
            TemplateCopy.PhaseDose dose = doses.getOrDefault(phase.getPhaseNumber(), TemplateCopy.PhaseDose.of(phase));
            TemplatePhase newPhase = new TemplatePhase(
                    template,
                    phase.getPhaseNumber(),
                    phase.getName(),
                    dose.minDays(),
                    dose.walksPerDay(),
                    dose.minutesPerWalk(),
                    dose.stretchSessionsPerDay(),
                    dose.warmUpMinutes());
            newPhase.setDescription(phase.getDescription());
            for (TemplateExercise te : phase.getExercises()) {
                newPhase.getExercises()
                        .add(new TemplateExercise(
                                newPhase,
                                te.getExercise(),
                                te.getPosition(),
                                te.getHoldSeconds(),
                                te.getReps(),
                                te.getSets()));
            }
            template.getPhases().add(newPhase);
        }
        templates.save(template);
        audit.record(
                AuditAction.TEMPLATE_SAVED,
                null,
                "program_template",
                template.getId(),
                "copied from " + source.getCode() + " as " + template.getCode());
        return template;
    }

    /**
     * Sets which exercises each listed phase of a clinic template holds, with their hold seconds, repetitions
     * and sets. Built-in templates are refused: duplicate one first.
     * <p>
     * A change reaches only what is made from the template afterwards: {@link ProgramService#assign} copies phase 1 into the
     * patient's first prescription, and {@link ProgramService#advancePhase} reads the next phase of the template on the day it
     * is called. So a patient already in a phase keeps their prescription; a patient who moves to a later phase
     * after this change gets the new exercises of that phase.
     */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public ProgramTemplate editExercises(TemplateExercises edit) {
        ProgramTemplate template = templates
                .findById(edit.templateId())
                .orElseThrow(() -> new InvalidInputException("template", "program.error.template-to-edit"));
        if (template.isBuiltIn()) {
            throw new InvalidInputException("template", "program.error.template-built-in");
        }
        Map<Long, Exercise> library =
                exercises.findAll().stream().collect(Collectors.toMap(Exercise::getId, Function.identity()));
        Map<String, Problem> errors = new LinkedHashMap<>();
        Set<Integer> phaseNumbers = new java.util.HashSet<>();
        for (TemplateExercises.Phase phase : edit.phases()) {
            int number = phase.phaseNumber();
            if (number < 1 || number > template.phaseCount() || !phaseNumbers.add(number)) {
                errors.put("phases", Problem.of("program.error.template-phase", number));
                continue;
            }
            String listField = TemplateExercises.field(number);
            Set<Long> seen = new java.util.HashSet<>();
            for (TemplateExercises.Item item : phase.exercises()) {
                Exercise exercise = library.get(item.exerciseId());
                if (exercise == null) {
                    errors.put(listField, Problem.of("program.error.from-library"));
                    continue;
                }
                if (!seen.add(item.exerciseId())) {
                    errors.put(listField, Problem.of("program.error.twice-in-phase", exercise.getName()));
                }
                if (exercise.getKind() == ExerciseKind.WALK) {
                    errors.put(listField, Problem.of("program.error.walk-in-phase", exercise.getName()));
                }
                errors.putAll(new Dose(item.holdSeconds(), item.reps(), item.sets())
                        .errors(TemplateExercises.field(number, item.exerciseId(), "")));
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
            Set<Long> kept = phase.exercises().stream()
                    .map(TemplateExercises.Item::exerciseId)
                    .collect(Collectors.toSet());
            // rows of kept exercises are updated in place: the table allows an exercise once per phase
            target.getExercises().removeIf(te -> !kept.contains(te.getExercise().getId()));
            List<TemplateExercise> ordered = new ArrayList<>();
            int position = 1;
            for (TemplateExercises.Item item : phase.exercises()) {
                TemplateExercise te = existing.get(item.exerciseId());
                if (te == null) {
                    te = new TemplateExercise(
                            target,
                            library.get(item.exerciseId()),
                            position,
                            item.holdSeconds(),
                            item.reps(),
                            item.sets());
                } else {
                    te.update(position, item.holdSeconds(), item.reps(), item.sets());
                }
                ordered.add(te);
                position++;
            }
            target.getExercises().clear();
            target.getExercises().addAll(ordered);
            changed.add("phase " + phase.phaseNumber() + ": "
                    + ordered.stream()
                            .map(te -> te.getExercise().getCode() + " " + te.getHoldSeconds() + "s/" + te.getReps()
                                    + "x" + te.getSets())
                            .collect(Collectors.joining(", ")));
        }
        templates.save(template);
        audit.record(
                AuditAction.TEMPLATE_SAVED,
                null,
                "program_template",
                template.getId(),
                Checks.abbreviate("exercises of " + template.getCode() + " set: " + String.join("; ", changed), 2000));
        return template;
    }
}
