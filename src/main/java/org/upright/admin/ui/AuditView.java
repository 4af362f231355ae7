package org.upright.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.upright.admin.AuditTrail;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditEvent;
import org.upright.audit.AuditFilter;
import org.upright.audit.AuditService;
import org.upright.security.Role;

/** The audit trail for admins: newest first, loaded a page at a time, filtered. Nothing here changes it. */
@Route("admin/audit")
@PageTitle("Audit trail · Upright")
@Menu(title = "Audit trail", order = 30, icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_ROLE)
class AuditView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    final TextField user = new TextField("User (email)");
    final IntegerField patient = new IntegerField("Patient id");
    final ComboBox<AuditAction> action = new ComboBox<>("Action");
    final DatePicker from = new DatePicker("From (UTC)");
    final DatePicker to = new DatePicker("To (UTC)");
    final Grid<AuditTrail.Line> grid = new Grid<>(AuditTrail.Line.class, false);
    private final Span total = new Span();
    private final AuditService auditService;
    private final AuditTrail trail;

    private final Anchor export;
    // what the grid shows, for the download, which is served outside the UI's lock
    private volatile AuditFilter shown = AuditFilter.none();

    AuditView(AuditService auditService, AuditTrail trail) {
        this.auditService = auditService;
        this.trail = trail;
        this.export = exportLink();
        setSizeFull();
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setMaxLength(254);
        patient.setMin(1);
        patient.setClearButtonVisible(true);
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList());
        action.setItemLabelGenerator(AuditView::label);
        action.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        user.addValueChangeListener(e -> refresh());
        patient.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(user, patient, action, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.addColumn(l -> WHEN.format(l.event().at()))
                .setHeader("When (UTC)")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditView::who).setHeader("User").setAutoWidth(true);
        grid.addColumn(l -> l.event().actorRole() == null
                        ? ""
                        : l.event().actorRole().toLowerCase())
                .setHeader("Role")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> label(l.event().action())).setHeader("Action").setAutoWidth(true);
        grid.addColumn(l -> l.event().patientId() == null
                        ? ""
                        : l.patient() + " (#" + l.event().patientId() + ")")
                .setHeader("Patient")
                .setAutoWidth(true);
        grid.addColumn(AuditTrail.Line::record).setHeader("Record").setAutoWidth(true);
        grid.addColumn(AuditTrail.Line::detail).setHeader("Detail").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No audit events match these filters.");
        grid.setSizeFull();

        add(filters, new HorizontalLayout(total, export), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** The rows the filters show, as CSV; made (and audited) only when the admin clicks. */
    private Anchor exportLink() {
        Locale locale = getLocale();
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = trail.csv(shown, locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv),
                            "upright-audit-trail.csv",
                            "text/csv;charset=UTF-8",
                            csv.length);
                }),
                getTranslation("admin.audit.export"));
        link.setTitle(getTranslation("admin.audit.export-help"));
        link.addClassName("download-link");
        return link;
    }

    private AuditFilter filter() {
        Integer patientId = patient.getValue();
        return new AuditFilter(
                user.getValue(),
                patientId == null ? null : patientId.longValue(),
                action.getValue(),
                from.getValue(),
                to.getValue());
    }

    private void refresh() {
        AuditFilter filter = filter();
        shown = filter;
        grid.setItems(
                query -> trail.page(filter, query.getOffset(), query.getLimit(), getLocale()).stream(),
                query -> auditService.count(filter));
        int count = auditService.count(filter);
        total.setText(count == 1 ? "1 event" : count + " events");
    }

    /** The name as it is now, with the address the trail recorded for staff. */
    private static String who(AuditTrail.Line line) {
        AuditEvent event = line.event();
        if (line.actor() == null) {
            // e.g. a failed sign-in: the address that was typed, if any
            return event.actorEmail() != null ? event.actorEmail() : "(nobody signed in)";
        }
        return event.actorEmail() == null ? line.actor() : line.actor() + " (" + event.actorEmail() + ")";
    }

    static String label(AuditAction action) {
        String words = action.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String label(String action) {
        try {
            return label(AuditAction.valueOf(action));
        } catch (IllegalArgumentException unknown) {
            return action;
        }
    }
}
