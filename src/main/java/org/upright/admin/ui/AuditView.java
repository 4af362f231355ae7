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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.upright.admin.AuditTrail;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditEvent;
import org.upright.audit.AuditFilter;
import org.upright.audit.AuditService;
import org.upright.base.DatePickers;
import org.upright.base.LocalFormats;
import org.upright.security.Role;

/** The audit trail for admins: newest first, loaded a page at a time, filtered. Nothing here changes it. */
@Route("admin/audit")
@Menu(title = "admin.audit.menu", order = 30, icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_ROLE)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    final TextField user = new TextField(getTranslation("admin.audit.user-email"));
    final IntegerField patient = new IntegerField(getTranslation("admin.audit.patient-id"));
    final ComboBox<AuditAction> action = new ComboBox<>(getTranslation("admin.audit.action"));
    final DatePicker from = new DatePicker(getTranslation("admin.audit.from"));
    final DatePicker to = new DatePicker(getTranslation("admin.audit.to"));
    final Grid<AuditTrail.Line> grid = new Grid<>(AuditTrail.Line.class, false);
    private final Span total = new Span();
    private final AuditService auditService;
    private final AuditTrail trail;

    private final Anchor export;
    // what the grid shows, for the download, which is served outside the UI's lock
    private volatile AuditFilter shown = AuditFilter.none();

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.page-title");
    }

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
                .sorted((a, b) -> label(a).compareTo(label(b)))
                .toList());
        action.setItemLabelGenerator(this::label);
        action.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        calendar(from);
        calendar(to);
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

        grid.addColumn(l -> LocalFormats.dayAndTime(l.event().at(), ZoneOffset.UTC, getLocale(), true))
                .setHeader(getTranslation("admin.audit.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::who).setHeader(getTranslation("admin.audit.user")).setAutoWidth(true);
        grid.addColumn(l -> role(l.event().actorRole()))
                .setHeader(getTranslation("admin.users.role"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> label(l.event().action()))
                .setHeader(getTranslation("admin.audit.action"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.event().patientId() == null
                        ? ""
                        : l.patient() + " (#" + l.event().patientId() + ")")
                .setHeader(getTranslation("admin.reassign.patient"))
                .setAutoWidth(true);
        grid.addColumn(AuditTrail.Line::record)
                .setHeader(getTranslation("admin.audit.record"))
                .setAutoWidth(true);
        grid.addColumn(AuditTrail.Line::detail)
                .setHeader(getTranslation("admin.audit.detail"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("admin.audit.none"));
        grid.setSizeFull();

        add(filters, new HorizontalLayout(total, export), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** The calendar in the admin's language, as everywhere, plus this filter's own refusal. */
    private void calendar(DatePicker picker) {
        DatePickers.localised(picker);
        picker.setI18n(picker.getI18n().setMinErrorMessage(getTranslation("admin.audit.to-before-from")));
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
        total.setText(getTranslation("admin.audit.count", count));
    }

    /** The name as it is now, with the address the trail recorded for staff. */
    private String who(AuditTrail.Line line) {
        AuditEvent event = line.event();
        if (line.actor() == null) {
            // e.g. a failed sign-in: the address that was typed, if any
            return event.actorEmail() != null ? event.actorEmail() : getTranslation("admin.audit.nobody");
        }
        return event.actorEmail() == null
                ? line.actor()
                : getTranslation("admin.name-and-email", line.actor(), event.actorEmail());
    }

    private String label(AuditAction action) {
        return getTranslation("admin.audit.action." + action.name());
    }

    /** Codes the trail recorded in earlier versions are shown as they were stored. */
    private String label(String action) {
        try {
            return label(AuditAction.valueOf(action));
        } catch (IllegalArgumentException unknown) {
            return action;
        }
    }

    private String role(@Nullable String role) {
        if (role == null) {
            return "";
        }
        try {
            return getTranslation(
                    "admin.role." + Role.valueOf(role.toUpperCase(Locale.ROOT)).name());
        } catch (IllegalArgumentException unknown) {
            return role.toLowerCase(Locale.ROOT);
        }
    }
}
