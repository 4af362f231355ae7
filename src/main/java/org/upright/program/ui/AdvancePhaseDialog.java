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
import org.upright.base.InvalidInputException;
import org.upright.patient.Patient;
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
    private final DatePicker from = new DatePicker(getTranslation("program.advance.from"));
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
            from.setErrorMessage(ex.getMessage());
            from.setInvalid(true);
            return;
        }
        PhaseAdvance plan = shown;
        confirm.setText(getTranslation("program.advance.confirm-phase", plan.phase()));
        confirm.setEnabled(true);
        preview.add(new Paragraph(
                getTranslation("program.advance.starts", plan.phase(), plan.phaseName(), Texts.date(plan.from()))));
        if (!plan.warnings().isEmpty()) {
            UnorderedList warnings = new UnorderedList();
            warnings.addClassName("advance-warnings");
            plan.warnings().forEach(w -> warnings.add(new ListItem(w)));
            preview.add(warnings);
        }
        preview.add(new H4(getTranslation("program.advance.changes")));
        UnorderedList changes = new UnorderedList();
        changes.addClassName("advance-changes");
        plan.changes()
                .forEach(c -> changes.add(
                        new ListItem(getTranslation("program.advance.change", c.what(), c.before(), c.after()))));
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

    private void advance() {
        if (shown == null) {
            return;
        }
        try {
            programs.advancePhase(patient.getId(), shown.from());
            close();
            onDone.run();
        } catch (InvalidInputException | ConflictException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            showPreview();
        }
    }
}
