package org.upright.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.upright.base.ConflictException;
import org.upright.base.DatePickers;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.patient.Patient;
import org.upright.program.Dose;
import org.upright.program.PhaseAdvance;
import org.upright.program.Prescription;
import org.upright.program.ProgramService;

/**
 * Moving to the next phase, shown before it is confirmed: each value that changes, the scheduled
 * versions it withdraws, and a warning when the current phase has not lasted its minimum days.
 */
class AdvancePhaseDialog extends Dialog {

    private final ProgramService programs;
    private final Patient patient;
    private final Runnable onDone;
    private final DatePicker from = DatePickers.localised(new DatePicker(getTranslation("program.advance.from")));
    private final Div preview = new Div();
    private final Button confirm = new Button();
    private @Nullable PhaseAdvance shown;

    AdvancePhaseDialog(ProgramService programs, Patient patient, LocalDate today, Runnable onDone) {
        this.programs = programs;
        this.patient = patient;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("program.advance.title"));
        setWidth("min(40rem, 100vw)");
        from.setId("advance-from");
        from.setRequired(true);
        from.setValue(today);
        from.addValueChangeListener(e -> showPreview());
        preview.setId("advance-preview");
        add(from, preview);

        confirm.setId("advance-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> advance());
        Button cancel = new Button(getTranslation("program.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        showPreview();
    }

    private void showPreview() {
        preview.removeAll();
        shown = null;
        from.setInvalid(false);
        confirm.setEnabled(false);
        confirm.setText(getTranslation("program.advance.confirm"));
        if (from.getValue() == null) {
            from.setErrorMessage(getTranslation("program.advance.choose-day"));
            from.setInvalid(true);
            return;
        }
        try {
            shown = programs.previewAdvance(patient.getId(), from.getValue());
        } catch (InvalidInputException ex) {
            from.setErrorMessage(ServiceErrors.text(this, ex));
            from.setInvalid(true);
            return;
        }
        PhaseAdvance plan = shown;
        confirm.setText(getTranslation("program.advance.confirm-phase", plan.phase()));
        confirm.setEnabled(true);
        preview.add(new Paragraph(
                getTranslation("program.advance.starts", plan.phase(), plan.phaseName(), Texts.date(plan.from()))));
        PhaseAdvance.TooSoon tooSoon = plan.tooSoon();
        if (tooSoon != null) {
            UnorderedList warnings = new UnorderedList();
            warnings.addClassName("advance-warnings");
            warnings.add(new ListItem(
                    getTranslation("program.advance.too-soon", tooSoon.phase(), tooSoon.minDays(), tooSoon.lasted())));
            preview.add(warnings);
        }
        preview.add(new H4(getTranslation("program.advance.changes")));
        UnorderedList changes = new UnorderedList();
        changes.addClassName("advance-changes");
        plan.changes().forEach(c -> changes.add(new ListItem(describe(c))));
        preview.add(changes);
        if (!plan.withdrawn().isEmpty()) {
            preview.add(new H4(getTranslation("program.advance.withdrawn-heading")));
            UnorderedList withdrawn = new UnorderedList();
            withdrawn.addClassName("advance-withdrawn");
            for (Prescription p : plan.withdrawn()) {
                withdrawn.add(new ListItem(
                        getTranslation("program.advance.withdrawn", Texts.date(p.getEffectiveFrom()), p.getPhase())));
            }
            preview.add(withdrawn);
        }
    }

    /** One change in words: "Walks a day: 2 → 3", "Chin to chest: not in the plan → added, hold 30 s". */
    private String describe(PhaseAdvance.Change change) {
        return switch (change) {
            case PhaseAdvance.Value v ->
                getTranslation(
                        "program.advance.change",
                        getTranslation("program.advance.setting." + v.setting().name()),
                        v.before(),
                        v.after());
            case PhaseAdvance.Added a ->
                getTranslation(
                        "program.advance.change",
                        a.exercise(),
                        getTranslation("program.advance.not-in-plan"),
                        getTranslation("program.advance.added", dose(a.dose())));
            case PhaseAdvance.Dosed d ->
                getTranslation("program.advance.change", d.exercise(), dose(d.before()), dose(d.after()));
            case PhaseAdvance.LeftOut l ->
                getTranslation(
                        "program.advance.change",
                        l.exercise(),
                        getTranslation("program.advance.in-plan"),
                        getTranslation("program.advance.left-out"));
        };
    }

    private static String dose(Dose dose) {
        return Texts.dose(dose.holdSeconds(), dose.reps(), dose.sets());
    }

    private void advance() {
        if (shown == null) {
            return;
        }
        try {
            programs.advancePhase(patient.getId(), shown.from());
            close();
            onDone.run();
        } catch (InvalidInputException | ConflictException ex) {
            Notification.show(ServiceErrors.text(this, ex), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            showPreview();
        }
    }
}
