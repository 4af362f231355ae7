package org.upright.program.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.program.Dose;
import org.upright.program.Exercise;
import org.upright.program.ExerciseKind;
import org.upright.program.ExerciseLibrary;
import org.upright.program.ProgramTemplate;
import org.upright.program.TemplateExercise;
import org.upright.program.TemplateExercises;
import org.upright.program.TemplatePhase;
import org.upright.program.TemplateService;

/** Which exercises each phase of a clinic template holds, with their doses; walks are set by the phase. */
class TemplateExercisesDialog extends Dialog {

    private record Row(Exercise exercise, Checkbox include, IntegerField hold, IntegerField reps, IntegerField sets) {

        TemplateExercises.Item item() {
            return new TemplateExercises.Item(exercise.getId(), hold.getValue(), reps.getValue(), sets.getValue());
        }
    }

    TemplateExercisesDialog(
            TemplateService templates,
            ExerciseLibrary library,
            Function<Exercise, String> nameOf,
            ProgramTemplate template,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("program.template-exercises.title", template.getName()));
        setWidth("min(52rem, 100vw)");
        add(new Paragraph(getTranslation("program.template-exercises.intro")));
        List<Exercise> choices = library.all().stream()
                .filter(e -> e.getKind() != ExerciseKind.WALK)
                .toList();
        Map<Integer, List<Row>> rowsByPhase = new LinkedHashMap<>();
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        for (TemplatePhase phase : template.getPhases()) {
            int number = phase.getPhaseNumber();
            Map<Long, TemplateExercise> current = new LinkedHashMap<>();
            phase.getExercises().forEach(te -> current.put(te.getExercise().getId(), te));
            // the phase's exercises first, in their order; then the rest of the library
            List<Exercise> ordered = new ArrayList<>(
                    current.values().stream().map(TemplateExercise::getExercise).toList());
            choices.stream().filter(e -> !current.containsKey(e.getId())).forEach(ordered::add);
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.setSpacing(false);
            List<Row> rows = new ArrayList<>();
            for (Exercise exercise : ordered) {
                TemplateExercise te = current.get(exercise.getId());
                Row row = new Row(
                        exercise,
                        new Checkbox(nameOf.apply(exercise), te != null),
                        Texts.bounded("program.field.hold", Dose.MIN, Dose.MAX_HOLD_SECONDS),
                        Texts.bounded("program.field.reps", Dose.MIN, Dose.MAX_REPS),
                        Texts.bounded("program.field.sets", Dose.MIN, Dose.MAX_SETS));
                row.hold().setValue(te != null ? te.getHoldSeconds() : exercise.getDefaultHoldSeconds());
                row.reps().setValue(te != null ? te.getReps() : exercise.getDefaultReps());
                row.sets().setValue(te != null ? te.getSets() : exercise.getDefaultSets());
                List.of(row.hold(), row.reps(), row.sets()).forEach(f -> {
                    f.setWidth("9rem");
                    f.setEnabled(row.include().getValue());
                });
                row.include()
                        .addValueChangeListener(change -> List.of(row.hold(), row.reps(), row.sets())
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
            add(new H4(getTranslation("program.phase-heading", number, phase.getName())));
            if (choices.isEmpty()) {
                list.add(new Paragraph(getTranslation("program.template-exercises.empty")));
            }
            add(list);
        }
        FieldErrors.manual(fields);
        Button save = new Button(getTranslation("program.template-exercises.save"), click -> {
            FieldErrors.clear(fields);
            List<TemplateExercises.Phase> phases = rowsByPhase.entrySet().stream()
                    .map(e -> new TemplateExercises.Phase(
                            e.getKey(),
                            e.getValue().stream()
                                    .filter(r -> r.include().getValue())
                                    .map(Row::item)
                                    .toList()))
                    .toList();
            try {
                templates.editExercises(new TemplateExercises(template.getId(), phases));
                close();
                onSaved.run();
                Notification.show(
                                getTranslation("program.template-exercises.saved", template.getName()),
                                3000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                Texts.notifyRest(FieldErrors.show(fields, ServiceErrors.texts(this, ex)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("program.cancel"), click -> close()), save);
    }
}
