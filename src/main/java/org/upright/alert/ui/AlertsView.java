package org.upright.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.alert.AlertEntry;
import org.upright.alert.AlertService;
import org.upright.alert.AlertSeverity;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.security.Role;

/** Alerts of the therapist's caseload (all alerts for an admin); acknowledge each with a note. */
@Route("alerts")
@PageTitle("Alerts · Upright")
@Menu(title = "Alerts", order = 12, icon = "vaadin:bell")
@RolesAllowed({Role.THERAPIST_ROLE, Role.ADMIN_ROLE})
class AlertsView extends VerticalLayout {

    private static final String ALL = "All severities";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final AlertService service;
    private final Select<String> state = new Select<>();
    private final Select<String> severity = new Select<>();
    private final Grid<AlertEntry> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    AlertsView(AlertService service) {
        this.service = service;
        setMaxWidth("1200px");
        state.setLabel("Show");
        state.setItems("Open", "Acknowledged");
        state.setValue("Open");
        severity.setLabel("Severity");
        severity.setItems(ALL, "CRITICAL", "HIGH", "LOW");
        severity.setValue(ALL);
        state.addValueChangeListener(e -> refresh());
        severity.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(a -> {
                    Span badge = new Span(
                            a.redFlag() ? "Red flag" : a.severity().name().toLowerCase());
                    badge.addClassName(
                            a.redFlag()
                                    ? "alert-red-flag"
                                    : "alert-" + a.severity().name().toLowerCase());
                    badge.getElement()
                            .getThemeList()
                            .add("badge "
                                    + switch (a.severity()) {
                                        case CRITICAL -> "error primary";
                                        case HIGH -> "error";
                                        case LOW -> "contrast";
                                    });
                    return badge;
                })
                .setHeader("Severity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> new Anchor("patients/" + a.patientId(), a.patientName()))
                .setHeader("Patient");
        grid.addColumn(AlertEntry::message).setHeader("What happened").setFlexGrow(3);
        grid.addColumn(a -> a.timesFired() == 1
                        ? WHEN.format(a.raisedAt())
                        : a.timesFired() + " times since " + WHEN.format(a.raisedAt()) + "; latest "
                                + WHEN.format(a.lastFiredAt())
                                + (a.lastValue() == null ? "" : " (" + a.lastValue() + ")"))
                .setHeader("Raised")
                .setFlexGrow(2);
        grid.addColumn(a -> a.open() ? "" : a.acknowledgedBy() + ": " + a.acknowledgementNote())
                .setHeader("Acknowledgement")
                .setFlexGrow(2);
        grid.addComponentColumn(a -> {
                    if (!a.open()) {
                        return new Span();
                    }
                    Button ack = new Button("Acknowledge", click -> acknowledge(a));
                    ack.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    Button all = new Button("All of this patient", click -> acknowledgeAll(a));
                    all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    all.getElement().setAttribute("aria-label", "Acknowledge all open alerts of " + a.patientName());
                    return new HorizontalLayout(ack, all);
                })
                .setHeader("")
                .setAutoWidth(true);
        // the whole reason, wrapped, never cut with an ellipsis
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("alerts");
        add(new HorizontalLayout(state, severity), empty, grid);
        refresh();
    }

    private void refresh() {
        AlertSeverity chosen = ALL.equals(severity.getValue()) ? null : AlertSeverity.valueOf(severity.getValue());
        List<AlertEntry> alerts = service.inbox("Open".equals(state.getValue()), chosen);
        grid.setItems(alerts);
        empty.setText(
                alerts.isEmpty()
                        ? ("Open".equals(state.getValue())
                                ? "No open alerts. All caught up."
                                : "No acknowledged alerts yet.")
                        : "");
        empty.setVisible(alerts.isEmpty());
    }

    private void acknowledgeAll(AlertEntry alert) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Acknowledge all open alerts of " + alert.patientName());
        TextArea note = new TextArea("Note");
        note.setHelperText("One note for all of them: what you did or decided, for the record.");
        note.setMaxLength(AlertService.NOTE_MAX);
        note.setRequired(true);
        note.setWidthFull();
        dialog.add(note);
        Button save = new Button("Acknowledge all", click -> {
            try {
                int done = service.acknowledgeAll(alert.patientId(), note.getValue());
                dialog.close();
                Notification.show(done + (done == 1 ? " alert" : " alerts") + " acknowledged.");
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(Map.of("note", note), ServiceErrors.texts(this, ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("acknowledge-all");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        note.focus();
    }

    private void acknowledge(AlertEntry alert) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Acknowledge alert for " + alert.patientName());
        TextArea note = new TextArea("Note");
        note.setHelperText("What you did or decided, for the record.");
        note.setMaxLength(AlertService.NOTE_MAX);
        note.setRequired(true);
        note.setWidthFull();
        dialog.add(new Paragraph(alert.message()), note);
        Button save = new Button("Acknowledge", click -> {
            try {
                service.acknowledge(alert.id(), note.getValue());
                dialog.close();
                Notification.show("Alert acknowledged.");
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(Map.of("note", note), ServiceErrors.texts(this, ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        note.focus();
    }
}
