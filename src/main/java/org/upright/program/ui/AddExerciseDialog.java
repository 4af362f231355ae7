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
        setHeaderTitle(getTranslation("program.add.title"));
        setWidth("min(44rem, 100vw)");
        TextField name = new TextField(getTranslation("program.add.name"));
        name.setMaxLength(Exercise.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        Select<ExerciseKind> kind = new Select<>();
        kind.setLabel(getTranslation("program.add.kind"));
        kind.setItems(ExerciseKind.values());
        kind.setItemLabelGenerator(Texts::kind);
        kind.setRequiredIndicatorVisible(true);
        TextArea instructions = new TextArea(getTranslation("program.add.instructions"));
        instructions.setMaxLength(Exercise.INSTRUCTIONS_MAX);
        instructions.setRequiredIndicatorVisible(true);
        TextArea cautions = new TextArea(getTranslation("program.add.cautions"));
        cautions.setMaxLength(Exercise.CAUTIONS_MAX);
        IntegerField hold = Texts.bounded("program.field.hold", Dose.MIN, Dose.MAX_HOLD_SECONDS);
        IntegerField reps = Texts.bounded("program.field.reps", Dose.MIN, Dose.MAX_REPS);
        IntegerField sets = Texts.bounded("program.field.sets", Dose.MIN, Dose.MAX_SETS);
        IntegerField minutes = Texts.bounded("program.add.minutes", 1, ProgramService.MAX_MINUTES);
        CheckboxGroup<Contraindication> conflicts = new CheckboxGroup<>(getTranslation("program.add.not-for"));
        conflicts.setItems(EnumSet.allOf(Contraindication.class));
        conflicts.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
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
        Button save = new Button(getTranslation("program.add.save"), click -> {
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
                Notification.show(
                                getTranslation("program.add.added", added.getName()),
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
