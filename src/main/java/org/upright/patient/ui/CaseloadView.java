package org.upright.patient.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.upright.base.LocalFormats;
import org.upright.patient.CaseloadColumns;
import org.upright.patient.CaseloadQuery;
import org.upright.patient.CaseloadRow;
import org.upright.patient.PatientService;
import org.upright.security.Role;

/** The therapist's own patients: a lazy grid, sorted and filtered in the database. */
@Route("caseload")
@Menu(title = "patient.caseload.menu", order = 10, icon = "vaadin:users")
@RolesAllowed(Role.THERAPIST_ROLE)
class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 25;

    final TextField search = new TextField();
    final Checkbox showArchived = new Checkbox(getTranslation("patient.caseload.show-archived"));
    final Grid<CaseloadRow> grid = new Grid<>(CaseloadRow.class, false);
    final Button newPatient = new Button(getTranslation("patient.caseload.new-patient"), VaadinIcon.PLUS.create());
    final Span empty = new Span();
    private final PatientService patients;
    // columns other modules add (figures, alerts), each loaded with every page the grid fetches
    private final List<CaseloadColumns.Columns> columns;
    private boolean forgetScheduled;

    CaseloadView(PatientService patients, List<CaseloadColumns> contributed) {
        this.patients = patients;
        this.columns = contributed.stream().map(CaseloadColumns::forGrid).toList();
        setSizeFull();

        search.setPlaceholder(getTranslation("patient.caseload.search"));
        search.setAriaLabel(getTranslation("patient.caseload.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(80);
        search.addValueChangeListener(e -> refresh());
        showArchived.addValueChangeListener(e -> refresh());
        newPatient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPatient.addClickListener(click -> new NewPatientDialog(patients, created -> refresh()).open());

        HorizontalLayout toolbar = new HorizontalLayout(search, showArchived, newPatient);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        toolbar.expand(search);

        // a link per name, so the keyboard and screen readers reach each patient too; drawn by the
        // browser (the same <a router-link> a RouterLink makes), not a component per row in the session
        grid.addColumn(LitRenderer.<CaseloadRow>of("<a href=\"${item.href}\" router-link>${item.name}</a>")
                        .withProperty(
                                "href",
                                r -> RouteConfiguration.forApplicationScope()
                                        .getUrl(
                                                PatientView.class,
                                                new RouteParameters(
                                                        PatientView.PATIENT_ID, String.valueOf(r.patientId()))))
                        .withProperty("name", CaseloadRow::fullName))
                .setHeader(getTranslation("patient.caseload.column.name"))
                .setSortProperty(CaseloadQuery.Sort.NAME.name())
                .setFlexGrow(2)
                .setKey("name");
        grid.addColumn(r -> r.phase() == null ? "—" : r.phase() + " · " + r.phaseName())
                .setHeader(getTranslation("patient.caseload.column.phase"))
                .setSortProperty(CaseloadQuery.Sort.PHASE.name())
                .setKey("phase");
        grid.addColumn(r -> r.dayInProgram() == null ? "—" : String.valueOf(r.dayInProgram()))
                .setHeader(getTranslation("patient.caseload.column.day"))
                .setSortProperty(CaseloadQuery.Sort.DAY_IN_PROGRAM.name())
                .setTextAlign(ColumnTextAlign.END)
                .setKey("day");
        grid.addColumn(r -> getTranslation("patient.status." + r.status().name()))
                .setHeader(getTranslation("patient.caseload.column.status"))
                .setSortProperty(CaseloadQuery.Sort.STATUS.name())
                .setKey("status");
        grid.addColumn(r -> r.lastActivity() == null
                        ? getTranslation("patient.caseload.nothing-logged")
                        : LocalFormats.date(r.lastActivity(), getLocale()))
                .setHeader(getTranslation("patient.caseload.column.last"))
                .setSortProperty(CaseloadQuery.Sort.LAST_ACTIVITY.name())
                .setKey("last");
        columns.forEach(c -> c.addTo(grid));
        fitTheWidth();
        grid.setMultiSort(false);
        // the rows a laptop shows plus the grid's buffer (a 1280 x 800 window asks for no second page), not
        // the default 50: every row sent stays in the session (item and key) until the grid scrolls past it
        grid.setPageSize(PAGE_SIZE);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addThemeName("row-stripes");
        grid.setItems(
                query -> {
                    List<CaseloadRow> page =
                            patients.caseload(query(query.getSortOrders()), query.getOffset(), query.getLimit());
                    List<Long> ids = page.stream().map(CaseloadRow::patientId).toList();
                    columns.forEach(c -> c.load(ids));
                    forgetOnceSent();
                    return page.stream();
                },
                query -> {
                    int count = patients.caseloadCount(query(query.getSortOrders()));
                    showEmptyState(count);
                    return count;
                });
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));

        empty.addClassName("empty-state");
        empty.setVisible(false);
        add(toolbar, empty, grid);
        expand(grid);
    }

    /**
     * Every column shares the width, headers and cells wrap instead of being cut, and the name takes
     * twice a figure's share: eleven columns fit a 1366 px laptop beside the menu. The figures other
     * modules add ({@link CaseloadColumns#addFigure}) have the same width as these.
     */
    private void fitTheWidth() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("caseload-grid");
        // a column's defaults are a fixed width and a flex grow of 1: only what differs is set, since each
        // property set is kept in the session
        for (Grid.Column<CaseloadRow> column : grid.getColumns()) {
            column.setWidth("name".equals(column.getKey()) ? "9rem" : "5.5rem");
        }
    }

    /**
     * The grid turns the fetched rows into JSON in the same round trip: the contributed columns' values
     * are dropped once it is sent, so a session keeps only the rows themselves.
     */
    private void forgetOnceSent() {
        UI ui = grid.getUI().orElse(null);
        if (ui != null && !forgetScheduled) {
            forgetScheduled = true;
            ui.beforeClientResponse(grid, context -> {
                forgetScheduled = false;
                columns.forEach(CaseloadColumns.Columns::forget);
            });
        }
    }

    private CaseloadQuery query(List<QuerySortOrder> sortOrders) {
        CaseloadQuery.Sort sort = CaseloadQuery.Sort.NAME;
        boolean ascending = true;
        if (!sortOrders.isEmpty()) {
            sort = CaseloadQuery.Sort.valueOf(sortOrders.get(0).getSorted());
            ascending = sortOrders.get(0).getDirection() == SortDirection.ASCENDING;
        }
        return new CaseloadQuery(search.getValue(), showArchived.getValue(), sort, ascending);
    }

    private void showEmptyState(int count) {
        boolean filtered = !search.getValue().isBlank();
        empty.setText(
                filtered
                        ? getTranslation(
                                "patient.caseload.no-match", search.getValue().trim())
                        : getTranslation("patient.caseload.empty"));
        empty.setVisible(count == 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patient.caseload.page-title");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(CaseloadRow row) {
        getUI().ifPresent(ui -> ui.navigate(
                PatientView.class, new RouteParameters(PatientView.PATIENT_ID, String.valueOf(row.patientId()))));
    }
}
