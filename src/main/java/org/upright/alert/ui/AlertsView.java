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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.alert.AlertEntry;
import org.upright.alert.AlertService;
import org.upright.alert.AlertSeverity;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.LocalFormats;
import org.upright.base.ServiceErrors;
import org.upright.security.Role;

/** Alerts of the therapist's caseload (all alerts for an admin); acknowledge each with a note. */
@Route("alerts")
@Menu(title = "alert.inbox.menu", order = 12, icon = "vaadin:bell")
@RolesAllowed({Role.THERAPIST_ROLE, Role.ADMIN_ROLE})
class AlertsView extends VerticalLayout implements HasDynamicTitle {

    private final AlertService service;
    // true: the open alerts, false: the acknowledged ones
    private final Select<Boolean> state = new Select<>();
    // empty: every severity
    private final Select<Optional<AlertSeverity>> severity = new Select<>();
    private final Grid<AlertEntry> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    @Override
    public String getPageTitle() {
        return getTranslation("alert.inbox.page-title");
    }

    AlertsView(AlertService service) {
        this.service = service;
        setMaxWidth("1200px");
        state.setLabel(getTranslation("alert.inbox.show"));
        state.setItems(true, false);
        state.setItemLabelGenerator(open -> getTranslation(open ? "alert.inbox.open" : "alert.inbox.acknowledged"));
        state.setValue(true);
        severity.setLabel(getTranslation("alert.inbox.severity"));
        severity.setItems(List.of(
                Optional.empty(),
                Optional.of(AlertSeverity.CRITICAL),
                Optional.of(AlertSeverity.HIGH),
                Optional.of(AlertSeverity.LOW)));
        severity.setItemLabelGenerator(
                s -> s.map(this::severityName).orElseGet(() -> getTranslation("alert.inbox.all")));
        severity.setValue(Optional.empty());
        state.addValueChangeListener(e -> refresh());
        severity.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(a -> {
                    Span badge =
                            new Span(a.redFlag() ? getTranslation("alert.inbox.red-flag") : severityName(a.severity()));
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
                .setHeader(getTranslation("alert.inbox.severity"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> new Anchor(patientPage(a), a.patientName()))
                .setHeader(getTranslation("alert.inbox.patient"));
        grid.addColumn(AlertEntry::message)
                .setHeader(getTranslation("alert.inbox.what-happened"))
                .setFlexGrow(3);
        grid.addColumn(this::raised)
                .setHeader(getTranslation("alert.inbox.raised"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.open()
                        ? ""
                        : getTranslation("alert.inbox.acknowledged-by", a.acknowledgedBy(), a.acknowledgementNote()))
                .setHeader(getTranslation("alert.inbox.acknowledgement"))
                .setFlexGrow(2);
        grid.addComponentColumn(a -> {
                    if (!a.open()) {
                        return new Span();
                    }
                    Button ack = new Button(getTranslation("alert.inbox.acknowledge"), click -> acknowledge(a));
                    ack.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    Button all = new Button(getTranslation("alert.inbox.all-of-patient"), click -> acknowledgeAll(a));
                    all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    all.setAriaLabel(getTranslation("alert.inbox.acknowledge-all.header", a.patientName()));
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
        AlertSeverity chosen = severity.getValue().orElse(null);
        boolean open = Boolean.TRUE.equals(state.getValue());
        List<AlertEntry> alerts = service.inbox(open, chosen);
        grid.setItems(alerts);
        empty.setText(
                alerts.isEmpty()
                        ? getTranslation(open ? "alert.inbox.none-open" : "alert.inbox.none-acknowledged")
                        : "");
        empty.setVisible(alerts.isEmpty());
    }

    private void acknowledgeAll(AlertEntry alert) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("alert.inbox.acknowledge-all.header", alert.patientName()));
        TextArea note = new TextArea(getTranslation("alert.inbox.note"));
        note.setHelperText(getTranslation("alert.inbox.acknowledge-all.help"));
        note.setMaxLength(AlertService.NOTE_MAX);
        note.setRequired(true);
        note.setWidthFull();
        dialog.add(note);
        Button save = new Button(getTranslation("alert.inbox.acknowledge-all"), click -> {
            try {
                int done = service.acknowledgeAll(alert.patientId(), note.getValue());
                dialog.close();
                Notification.show(getTranslation("alert.inbox.acknowledged-count", done));
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(Map.of("note", note), ServiceErrors.texts(this, ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("acknowledge-all");
        dialog.getFooter().add(new Button(getTranslation("alert.cancel"), click -> dialog.close()), save);
        dialog.open();
        note.focus();
    }

    private void acknowledge(AlertEntry alert) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("alert.inbox.acknowledge.header", alert.patientName()));
        TextArea note = new TextArea(getTranslation("alert.inbox.note"));
        note.setHelperText(getTranslation("alert.inbox.acknowledge.help"));
        note.setMaxLength(AlertService.NOTE_MAX);
        note.setRequired(true);
        note.setWidthFull();
        dialog.add(new Paragraph(alert.message()), note);
        Button save = new Button(getTranslation("alert.inbox.acknowledge"), click -> {
            try {
                service.acknowledge(alert.id(), note.getValue());
                dialog.close();
                Notification.show(getTranslation("alert.inbox.acknowledged-one"));
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(Map.of("note", note), ServiceErrors.texts(this, ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("alert.cancel"), click -> dialog.close()), save);
        dialog.open();
        note.focus();
    }

    private static String patientPage(AlertEntry alert) {
        return "patients/" + alert.patientId();
    }

    private String severityName(AlertSeverity severity) {
        return getTranslation("alert.severity." + severity.name());
    }

    /** When it was raised, and how often since while it stayed open, on the server's clock as before. */
    private String raised(AlertEntry a) {
        if (a.timesFired() == 1) {
            return when(a.raisedAt());
        }
        return getTranslation(
                a.lastValue() == null ? "alert.inbox.raised-repeatedly" : "alert.inbox.raised-repeatedly-value",
                a.timesFired(),
                when(a.raisedAt()),
                when(a.lastFiredAt()),
                String.valueOf(a.lastValue()));
    }

    private String when(Instant at) {
        return LocalFormats.dayAndTime(at, ZoneId.systemDefault(), getLocale(), false);
    }
}
