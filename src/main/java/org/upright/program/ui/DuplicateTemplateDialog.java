package org.upright.program.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.program.ProgramService;
import org.upright.program.ProgramTemplate;
import org.upright.program.TemplateCopy;
import org.upright.program.TemplatePhase;
import org.upright.program.TemplateService;

/** A clinic copies a template under a new name, with its own dose per phase. */
class DuplicateTemplateDialog extends Dialog {

    private record PhaseFields(
            TemplatePhase phase,
            IntegerField minDays,
            IntegerField walks,
            IntegerField minutes,
            IntegerField sessions,
            IntegerField warmUp) {

        TemplateCopy.PhaseDose dose() {
            return new TemplateCopy.PhaseDose(
                    phase.getPhaseNumber(),
                    value(minDays),
                    value(walks),
                    value(minutes),
                    value(sessions),
                    value(warmUp));
        }

        private static int value(IntegerField field) {
            return field.getValue() == null ? -1 : field.getValue();
        }
    }

    DuplicateTemplateDialog(TemplateService templates, ProgramTemplate source, Runnable onSaved) {
        setHeaderTitle(getTranslation("program.duplicate.title", source.getName()));
        setWidth("min(48rem, 100vw)");
        TextField name = new TextField(getTranslation("program.duplicate.name"));
        name.setMaxLength(120);
        name.setWidthFull();
        name.setValue(getTranslation("program.duplicate.default-name", source.getName()));
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        add(name);
        List<PhaseFields> phaseFields = new ArrayList<>();
        for (TemplatePhase phase : source.getPhases()) {
            PhaseFields pf = new PhaseFields(
                    phase,
                    Texts.bounded("program.duplicate.min-days", 0, ProgramService.MAX_MIN_DAYS),
                    Texts.bounded("program.tailor.walks", 1, ProgramService.MAX_WALKS),
                    Texts.bounded("program.tailor.minutes", 1, ProgramService.MAX_MINUTES),
                    Texts.bounded("program.tailor.stretch-sessions", 0, ProgramService.MAX_SESSIONS),
                    Texts.bounded("program.duplicate.warm-up", 0, ProgramService.MAX_MINUTES));
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
            add(new H4(getTranslation("program.phase-heading", phase.getPhaseNumber(), phase.getName())), form);
        }
        FieldErrors.manual(fields);
        add(new Paragraph(getTranslation("program.duplicate.copied")));
        Button save = new Button(getTranslation("program.duplicate.save"), click -> {
            FieldErrors.clear(fields);
            try {
                templates.duplicate(new TemplateCopy(
                        source.getId(),
                        name.getValue(),
                        phaseFields.stream().map(PhaseFields::dose).toList()));
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                Texts.notifyRest(FieldErrors.show(fields, ServiceErrors.texts(this, ex)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("program.cancel"), click -> close()), save);
    }
}
