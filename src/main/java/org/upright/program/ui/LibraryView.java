package org.upright.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.upright.base.InvalidInputException;
import org.upright.patient.Contraindication;
import org.upright.program.Exercise;
import org.upright.program.ExerciseForm;
import org.upright.program.ExerciseKind;
import org.upright.program.ProgramService;
import org.upright.program.ProgramTemplate;
import org.upright.program.TemplateCopy;
import org.upright.program.TemplateExercise;
import org.upright.program.TemplateExercises;
import org.upright.program.TemplatePhase;
import org.upright.security.Role;

/** The exercise library and the program templates; the clinic adds exercises and its own templates. */
@Route("library")
@PageTitle("Program library · Upright")
@Menu(title = "Program library", order = 30, icon = "vaadin:book")
@RolesAllowed({Role.THERAPIST_ROLE, Role.ADMIN_ROLE})
class LibraryView extends VerticalLayout {

    private final ProgramService programs;
    final Grid<Exercise> exercises = new Grid<>(Exercise.class, false);
    final VerticalLayout templates = new VerticalLayout();
    final Button addExercise = new Button("Add exercise", VaadinIcon.PLUS.create());

    LibraryView(ProgramService programs) {
        this.programs = programs;
        setMaxWidth("80rem");
        exercises.addComponentColumn(LibraryView::icon).setHeader("").setWidth("4rem").setFlexGrow(0);
        exercises.addColumn(Exercise::getName).setHeader("Exercise").setAutoWidth(true);
        exercises.addColumn(e -> kind(e.getKind())).setHeader("Kind").setAutoWidth(true);
        exercises.addColumn(LibraryView::defaultDose).setHeader("Default dose").setAutoWidth(true);
        exercises.addColumn(e -> e.getContraindications().isEmpty() ? "—"
            : e.getContraindications().stream().map(Contraindication::labelOf).sorted()
                .collect(Collectors.joining(", "))).setHeader("Not with").setAutoWidth(true);
        exercises.addColumn(e -> e.isBuiltIn() ? "Built in" : "Clinic").setHeader("Source").setAutoWidth(true);
        exercises.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
            Div details = new Div(new Paragraph(e.getInstructions()));
            if (e.getCautions() != null) {
                details.add(new Paragraph("Take care: " + e.getCautions()));
            }
            return details;
        }));
        exercises.setAllRowsVisible(true);
        addExercise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addExercise.addClickListener(click -> openAddExercise());
        templates.setPadding(false);

        HorizontalLayout exerciseHeader = new HorizontalLayout(new H3("Exercises"), addExercise);
        exerciseHeader.setAlignItems(Alignment.BASELINE);
        add(new H2("Program library"), exerciseHeader,
            new Paragraph("Select an exercise to read its instructions and cautions."), exercises,
            new H3("Templates"), templates);
        refresh();
    }

    private void refresh() {
        exercises.setItems(programs.exercises());
        templates.removeAll();
        for (ProgramTemplate template : programs.templates()) {
            templates.add(templateCard(template));
        }
    }

    private Component templateCard(ProgramTemplate template) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("template-card");
        card.setPadding(false);
        card.add(new H4(template.getName() + (template.isBuiltIn() ? " (built in)" : "")));
        if (template.getDescription() != null) {
            card.add(new Paragraph(template.getDescription()));
        }
        UnorderedList phases = new UnorderedList();
        for (TemplatePhase phase : template.getPhases()) {
            String exercisesText = phase.getExercises().isEmpty() ? "walking only"
                : phase.getExercises().stream().map(te -> te.getExercise().getName() + " ("
                    + Texts.dose(te.getHoldSeconds(), te.getReps(), te.getSets()) + ")")
                    .collect(Collectors.joining(", "));
            phases.add(new ListItem("Phase " + phase.getPhaseNumber() + ", " + phase.getName() + ": at least "
                + phase.getMinDays() + " days; " + phase.getWalksPerDay() + " walks × " + phase.getMinutesPerWalk()
                + " min a day; " + phase.getStretchSessionsPerDay() + " stretch sessions"
                + (phase.getStretchSessionsPerDay() > 0 ? " after a " + phase.getWarmUpMinutes() + "-minute warm-up"
                    : "")
                + "; " + exercisesText + "."));
        }
        HorizontalLayout actions = new HorizontalLayout(new Button("Duplicate template", VaadinIcon.COPY.create(),
            click -> openDuplicate(template)));
        actions.setWrap(true);
        if (!template.isBuiltIn()) {
            actions.add(new Button("Edit exercises", VaadinIcon.EDIT.create(), click -> openEditExercises(template)));
        }
        card.add(phases, actions);
        return card;
    }

    private void openAddExercise() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add an exercise");
        dialog.setWidth("min(44rem, 100vw)");
        TextField name = new TextField("Name");
        name.setMaxLength(Exercise.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        Select<ExerciseKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(ExerciseKind.values());
        kind.setItemLabelGenerator(LibraryView::kind);
        kind.setRequiredIndicatorVisible(true);
        TextArea instructions = new TextArea("Instructions for the patient");
        instructions.setMaxLength(Exercise.INSTRUCTIONS_MAX);
        instructions.setRequiredIndicatorVisible(true);
        TextArea cautions = new TextArea("Cautions (optional)");
        cautions.setMaxLength(Exercise.CAUTIONS_MAX);
        IntegerField hold = bounded("Hold (seconds)", 1, 600);
        IntegerField reps = bounded("Repetitions", 1, 100);
        IntegerField sets = bounded("Sets", 1, 20);
        IntegerField minutes = bounded("Minutes (walks)", 1, ProgramService.MAX_MINUTES);
        CheckboxGroup<Contraindication> conflicts = new CheckboxGroup<>("Not for patients with");
        conflicts.setItems(EnumSet.allOf(Contraindication.class));
        conflicts.setItemLabelGenerator(Contraindication::label);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("instructions", instructions);
        fields.put("cautions", cautions);
        fields.put("defaultHoldSeconds", hold);
        fields.put("defaultReps", reps);
        fields.put("defaultSets", sets);
        fields.put("defaultMinutes", minutes);
        fields.put("contraindications", conflicts);
        fields.values().forEach(f -> f.setManualValidation(true));
        FormLayout form = new FormLayout(name, kind, instructions, cautions, hold, reps, sets, minutes, conflicts);
        form.setColspan(instructions, 2);
        form.setColspan(cautions, 2);
        form.setColspan(conflicts, 2);
        dialog.add(form);
        Button save = new Button("Add to library", click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                Exercise added = programs.addExercise(new ExerciseForm(name.getValue(), kind.getValue(),
                    instructions.getValue(), cautions.getValue(), hold.getValue(), reps.getValue(), sets.getValue(),
                    minutes.getValue(), conflicts.getValue().stream().map(Enum::name).collect(Collectors.toSet())));
                dialog.close();
                refresh();
                Notification.show(added.getName() + " is in the library.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            catch (InvalidInputException ex) {
                showErrors(fields, ex.fieldErrors());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void openDuplicate(ProgramTemplate source) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Duplicate \u201c" + source.getName() + "\u201d");
        dialog.setWidth("min(48rem, 100vw)");
        TextField name = new TextField("Name of the new template");
        name.setMaxLength(120);
        name.setWidthFull();
        name.setValue(source.getName() + " (clinic)");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        dialog.add(name);
        record PhaseFields(TemplatePhase phase, IntegerField minDays, IntegerField walks, IntegerField minutes,
                IntegerField sessions, IntegerField warmUp) {
            TemplateCopy.PhaseDose dose() {
                return new TemplateCopy.PhaseDose(phase.getPhaseNumber(), value(minDays), value(walks),
                    value(minutes), value(sessions), value(warmUp));
            }

            private static int value(IntegerField field) {
                return field.getValue() == null ? -1 : field.getValue();
            }
        }
        List<PhaseFields> phaseFields = new ArrayList<>();
        for (TemplatePhase phase : source.getPhases()) {
            PhaseFields pf = new PhaseFields(phase, bounded("Days at least", 0, ProgramService.MAX_MIN_DAYS),
                bounded("Walks a day", 1, ProgramService.MAX_WALKS),
                bounded("Minutes per walk", 1, ProgramService.MAX_MINUTES),
                bounded("Stretch sessions a day", 0, ProgramService.MAX_SESSIONS),
                bounded("Warm-up minutes", 0, ProgramService.MAX_MINUTES));
            pf.minDays().setValue(phase.getMinDays());
            pf.walks().setValue(Math.max(1, phase.getWalksPerDay()));
            pf.minutes().setValue(phase.getMinutesPerWalk());
            pf.sessions().setValue(phase.getStretchSessionsPerDay());
            pf.warmUp().setValue(phase.getWarmUpMinutes());
            String prefix = "phase" + phase.getPhaseNumber() + ".";
            fields.put(prefix + "minDays", pf.minDays());
            fields.put(prefix + "walksPerDay", pf.walks());
            fields.put(prefix + "minutesPerWalk", pf.minutes());
            fields.put(prefix + "stretchSessionsPerDay", pf.sessions());
            fields.put(prefix + "warmUpMinutes", pf.warmUp());
            phaseFields.add(pf);
            FormLayout form = new FormLayout(pf.minDays(), pf.walks(), pf.minutes(), pf.sessions(), pf.warmUp());
            dialog.add(new H4("Phase " + phase.getPhaseNumber() + ": " + phase.getName()), form);
        }
        fields.values().forEach(f -> f.setManualValidation(true));
        dialog.add(new Paragraph("The exercises of each phase are copied as they are; tailor them per patient."));
        Button save = new Button("Save template", click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                programs.duplicateTemplate(new TemplateCopy(source.getId(), name.getValue(),
                    phaseFields.stream().map(PhaseFields::dose).toList()));
                dialog.close();
                refresh();
            }
            catch (InvalidInputException ex) {
                showErrors(fields, ex.fieldErrors());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    /** Which exercises each phase holds, with their doses; walks are set by the phase, so they are not listed. */
    void openEditExercises(ProgramTemplate template) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Exercises of \u201c" + template.getName() + "\u201d");
        dialog.setWidth("min(52rem, 100vw)");
        dialog.add(new Paragraph("Tick the exercises of each phase and set their dose. Changes apply to programs "
            + "assigned from now on, and to phases a patient moves into from now on."));
        List<Exercise> library = programs.exercises().stream().filter(e -> e.getKind() != ExerciseKind.WALK).toList();
        record Row(Exercise exercise, Checkbox include, IntegerField hold, IntegerField reps, IntegerField sets) {
            TemplateExercises.Item item() {
                return new TemplateExercises.Item(exercise.getId(), hold.getValue(), reps.getValue(), sets.getValue());
            }
        }
        Map<Integer, List<Row>> rowsByPhase = new LinkedHashMap<>();
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        for (TemplatePhase phase : template.getPhases()) {
            int number = phase.getPhaseNumber();
            Map<Long, TemplateExercise> current = new LinkedHashMap<>();
            phase.getExercises().forEach(te -> current.put(te.getExercise().getId(), te));
            // the phase's exercises first, in their order; then the rest of the library
            List<Exercise> ordered = new ArrayList<>(current.values().stream().map(TemplateExercise::getExercise)
                .toList());
            library.stream().filter(e -> !current.containsKey(e.getId())).forEach(ordered::add);
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.setSpacing(false);
            List<Row> rows = new ArrayList<>();
            for (Exercise exercise : ordered) {
                TemplateExercise te = current.get(exercise.getId());
                Row row = new Row(exercise, new Checkbox(exercise.getName(), te != null),
                    bounded("Hold (seconds)", 1, 600), bounded("Repetitions", 1, 100), bounded("Sets", 1, 20));
                row.hold().setValue(te != null ? te.getHoldSeconds() : exercise.getDefaultHoldSeconds());
                row.reps().setValue(te != null ? te.getReps() : exercise.getDefaultReps());
                row.sets().setValue(te != null ? te.getSets() : exercise.getDefaultSets());
                List.of(row.hold(), row.reps(), row.sets()).forEach(f -> {
                    f.setWidth("9rem");
                    f.setEnabled(row.include().getValue());
                });
                row.include().addValueChangeListener(change -> List.of(row.hold(), row.reps(), row.sets())
                    .forEach(f -> f.setEnabled(change.getValue())));
                row.include().setMinWidth("14rem");
                String id = "phase" + number + "-exercise-" + exercise.getId() + "-";
                row.include().setId(id + "include");
                row.hold().setId(id + "hold");
                row.reps().setId(id + "reps");
                row.sets().setId(id + "sets");
                fields.put(TemplateExercises.field(number, exercise.getId(), "holdSeconds"), row.hold());
                fields.put(TemplateExercises.field(number, exercise.getId(), "reps"), row.reps());
                fields.put(TemplateExercises.field(number, exercise.getId(), "sets"), row.sets());
                HorizontalLayout line = new HorizontalLayout(row.include(), row.hold(), row.reps(), row.sets());
                line.setWrap(true);
                line.setAlignItems(Alignment.BASELINE);
                list.add(line);
                rows.add(row);
            }
            rowsByPhase.put(number, rows);
            dialog.add(new H4("Phase " + number + ": " + phase.getName()));
            if (library.isEmpty()) {
                list.add(new Paragraph("The library has no stretches or strengthening exercises yet."));
            }
            dialog.add(list);
        }
        fields.values().forEach(f -> f.setManualValidation(true));
        Button save = new Button("Save exercises", click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            List<TemplateExercises.Phase> phases = rowsByPhase.entrySet().stream()
                .map(e -> new TemplateExercises.Phase(e.getKey(), e.getValue().stream()
                    .filter(r -> r.include().getValue()).map(Row::item).toList()))
                .toList();
            try {
                programs.editTemplateExercises(new TemplateExercises(template.getId(), phases));
                dialog.close();
                refresh();
                Notification.show("The exercises of " + template.getName() + " are saved.", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            catch (InvalidInputException ex) {
                showErrors(fields, ex.fieldErrors());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private static void showErrors(Map<String, HasValidation> fields, Map<String, String> errors) {
        List<String> rest = new ArrayList<>();
        errors.forEach((field, message) -> {
            HasValidation target = fields.get(field);
            if (target == null) {
                rest.add(message);
            }
            else {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        });
        if (!rest.isEmpty()) {
            Notification.show(String.join(" ", rest), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static IntegerField bounded(String label, int min, int max) {
        IntegerField field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setHelperText(min + " to " + max);
        return field;
    }

    private static Component icon(Exercise exercise) {
        String name = exercise.getIcon() == null ? "vaadin:circle-thin" : exercise.getIcon();
        Icon icon = new Icon(name);
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    private static String kind(ExerciseKind kind) {
        return switch (kind) {
            case WALK -> "Walk";
            case STRETCH -> "Stretch";
            case STRENGTH -> "Strength";
        };
    }

    private static String defaultDose(Exercise e) {
        if (e.getDefaultMinutes() != null) {
            return e.getDefaultMinutes() + " min";
        }
        String dose = Texts.dose(e.getDefaultHoldSeconds(), e.getDefaultReps(), e.getDefaultSets());
        return dose.isEmpty() ? "—" : dose;
    }
}
