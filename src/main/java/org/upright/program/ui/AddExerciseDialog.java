package org.upright.program.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.patient.Contraindication;
import org.upright.program.Dose;
import org.upright.program.Exercise;
import org.upright.program.ExerciseForm;
import org.upright.program.ExerciseKind;
import org.upright.program.ExerciseLibrary;
import org.upright.program.ProgramService;

/** A clinic adds an exercise to its library; errors show at their fields and what was typed stays. */
class AddExerciseDialog extends Dialog {

    AddExerciseDialog(ExerciseLibrary library, Runnable onAdded) {
        setHeaderTitle("Add an exercise");
        setWidth("min(44rem, 100vw)");
        TextField name = new TextField("Name");
        name.setMaxLength(Exercise.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        Select<ExerciseKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(ExerciseKind.values());
        kind.setItemLabelGenerator(Texts::kind);
        kind.setRequiredIndicatorVisible(true);
        TextArea instructions = new TextArea("Instructions for the patient");
        instructions.setMaxLength(Exercise.INSTRUCTIONS_MAX);
        instructions.setRequiredIndicatorVisible(true);
        TextArea cautions = new TextArea("Cautions (optional)");
        cautions.setMaxLength(Exercise.CAUTIONS_MAX);
        IntegerField hold = Texts.bounded("Hold (seconds)", Dose.MIN, Dose.MAX_HOLD_SECONDS);
        IntegerField reps = Texts.bounded("Repetitions", Dose.MIN, Dose.MAX_REPS);
        IntegerField sets = Texts.bounded("Sets", Dose.MIN, Dose.MAX_SETS);
        IntegerField minutes = Texts.bounded("Minutes (walks)", 1, ProgramService.MAX_MINUTES);
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
        FieldErrors.manual(fields);
        FormLayout form = new FormLayout(name, kind, instructions, cautions, hold, reps, sets, minutes, conflicts);
        form.setColspan(instructions, 2);
        form.setColspan(cautions, 2);
        form.setColspan(conflicts, 2);
        add(form);
        Button save = new Button("Add to library", click -> {
            FieldErrors.clear(fields);
            try {
                Exercise added = library.add(new ExerciseForm(
                        name.getValue(),
                        kind.getValue(),
                        instructions.getValue(),
                        cautions.getValue(),
                        hold.getValue(),
                        reps.getValue(),
                        sets.getValue(),
                        minutes.getValue(),
                        conflicts.getValue().stream().map(Enum::name).collect(Collectors.toSet())));
                close();
                onAdded.run();
                Notification.show(added.getName() + " is in the library.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                Texts.notifyRest(FieldErrors.show(fields, ServiceErrors.texts(this, ex)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
