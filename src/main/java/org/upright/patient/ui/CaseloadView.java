package org.upright.patient.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.upright.base.LocalFormats;
import org.upright.patient.CaseloadColumns;
import org.upright.patient.CaseloadQuery;
import org.upright.patient.CaseloadRow;
import org.upright.patient.PatientService;
import org.upright.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** The therapist's own patients: a lazy grid, sorted and filtered in the database. */
@Route("caseload")
@Menu(title = "patient.caseload.menu", order = 10, icon = "vaadin:users")
@RolesAllowed(Role.THERAPIST_ROLE)
class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 25;

    final TextField search = new TextField();
    final Checkbox showArchived = new Checkbox(getTranslation("patient.caseload.show-archived"));
    final Grid<CaseloadRow> grid = new Grid<>();
    final Button newPatient = new Button(getTranslation("patient.caseload.new-patient"), VaadinIcon.PLUS.create());
    final Span empty = new Span();
    private final PatientService patients;
    // columns other modules add (figures, alerts), each loaded with every page the grid fetches
    private final List<CaseloadColumns.Columns> columns;
    private boolean forgetScheduled;
    // the grid's order, queried in the database: the sortable columns are the grid's own column elements,
    // so the view keeps the sort (Grid only sorts by its Grid.Column components)
    private CaseloadQuery.Sort sort = CaseloadQuery.Sort.NAME;
    private boolean ascending = true;
    private final List<Header> headers = new ArrayList<>();

    private record Header(Element column, String text, CaseloadQuery.Sort sortedBy) {}

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
        Element name = sortable(CaseloadQuery.Sort.NAME, "patient.caseload.column.name", false)
                .setProperty("width", "9rem")
                .setProperty("flexGrow", 2);
        LitRenderer.<CaseloadRow>of("<a href=\"${item.href}\" router-link>${item.name}</a>")
                .withProperty(
                        "href",
                        r -> RouteConfiguration.forApplicationScope()
                                .getUrl(
                                        PatientView.class,
                                        new RouteParameters(PatientView.PATIENT_ID, String.valueOf(r.patientId()))))
                .withProperty("name", CaseloadRow::fullName)
                .render(name, grid.getDataCommunicator().getKeyMapper())
                .getDataGenerator()
                .ifPresent(grid::addDataGenerator);
        sortable(
                CaseloadQuery.Sort.PHASE,
                "patient.caseload.column.phase",
                false,
                r -> r.phase() == null ? "—" : r.phase() + " · " + r.phaseName());
        sortable(
                CaseloadQuery.Sort.DAY_IN_PROGRAM,
                "patient.caseload.column.day",
                true,
                r -> r.dayInProgram() == null ? "—" : String.valueOf(r.dayInProgram()));
        sortable(
                CaseloadQuery.Sort.STATUS,
                "patient.caseload.column.status",
                false,
                r -> getTranslation("patient.status." + r.status().name()));
        sortable(
                CaseloadQuery.Sort.LAST_ACTIVITY,
                "patient.caseload.column.last",
                false,
                r -> r.lastActivity() == null
                        ? getTranslation("patient.caseload.nothing-logged")
                        : LocalFormats.date(r.lastActivity(), getLocale()));
        columns.forEach(c -> c.addTo(grid));
        // headers and cells wrap instead of being cut: eleven columns fit a 1366 px laptop beside the menu
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("caseload-grid");
        // a click on a sorter (or Space on its header cell) sorts in the database; the sorters the grid resets
        // when another one is chosen send nothing
        grid.getElement()
                .addEventListener("sorter-changed", e -> sortBy(e.getEventData()))
                .addEventData("event.target.path")
                .addEventData("event.target.direction")
                .setFilter("event.detail.fromSorterClick");
        grid.addAttachListener(attach -> attach.getUI().beforeClientResponse(grid, context -> drawHeaders()));
        // the rows a laptop shows plus the grid's buffer (a 1280 x 800 window asks for no second page), not
        // the default 50: every row sent stays in the session (item and key) until the grid scrolls past it
        grid.setPageSize(PAGE_SIZE);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addThemeName("row-stripes");
        grid.setItems(
                query -> {
                    List<CaseloadRow> page = patients.caseload(query(), query.getOffset(), query.getLimit());
                    List<Long> ids = page.stream().map(CaseloadRow::patientId).toList();
                    columns.forEach(c -> c.load(ids));
                    forgetOnceSent();
                    return page.stream();
                },
                query -> {
                    int count = patients.caseloadCount(query());
                    showEmptyState(count);
                    return count;
                });

        empty.addClassName("empty-state");
        empty.setVisible(false);
        add(toolbar, empty, grid);
        expand(grid);
    }

    /** A column the grid sorts by ({@link CaseloadColumns#column}); the sort itself is the view's: {@link #sortBy}. */
    private Element sortable(CaseloadQuery.Sort sortedBy, String headerKey, boolean alignEnd) {
        return header(sortedBy, headerKey, CaseloadColumns.column(grid, sortedBy.name(), alignEnd));
    }

    private void sortable(
            CaseloadQuery.Sort sortedBy,
            String headerKey,
            boolean alignEnd,
            SerializableFunction<CaseloadRow, String> text) {
        header(sortedBy, headerKey, CaseloadColumns.column(grid, sortedBy.name(), alignEnd, text));
    }

    private Element header(CaseloadQuery.Sort sortedBy, String headerKey, Element column) {
        headers.add(new Header(column, getTranslation(headerKey), sortedBy));
        return column;
    }

    /** Each sortable header with its sorter (the grid connector's, as for a Grid.Column), the current sort shown. */
    private void drawHeaders() {
        for (Header header : headers) {
            grid.getElement()
                    .executeJs(
                            "this.$connector.setHeaderRenderer($0, { content: $1, showSorter: true, sorterPath: $2 })",
                            header.column(),
                            header.text(),
                            header.sortedBy().name());
        }
        ArrayNode directions = JacksonUtils.createArrayNode();
        directions.add(JacksonUtils.createObjectNode()
                .put("column", sort.name())
                .put("direction", ascending ? "asc" : "desc"));
        grid.getElement().executeJs("this.$connector.setSorterDirections($0)", directions);
    }

    private void sortBy(JsonNode sorter) {
        String path = sorter.path("event.target.path").asString("");
        JsonNode direction = sorter.path("event.target.direction");
        CaseloadQuery.Sort chosen = Arrays.stream(CaseloadQuery.Sort.values())
                .filter(s -> s.name().equals(path))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            return;
        }
        if (direction.isString()) {
            sort = chosen;
            ascending = "asc".equals(direction.asString());
        } else {
            // the third click takes the sort away: the default order
            sort = CaseloadQuery.Sort.NAME;
            ascending = true;
        }
        refresh();
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

    private CaseloadQuery query() {
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
