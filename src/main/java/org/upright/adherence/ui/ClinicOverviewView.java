package org.upright.adherence.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.upright.adherence.CaseloadFiguresService;
import org.upright.adherence.CaseloadFiguresService.TherapistFigures;
import org.upright.chart.Chart;
import org.upright.chart.ChartSpec;
import org.upright.security.Role;

/** Clinic-wide 7-day adherence per therapist. */
@Route("admin/overview")
@Menu(title = "adherence.clinic.menu", order = 52, icon = "vaadin:chart")
@RolesAllowed(Role.ADMIN_ROLE)
class ClinicOverviewView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("adherence.clinic.page-title");
    }

    ClinicOverviewView(CaseloadFiguresService service) {
        setMaxWidth("1100px");
        List<TherapistFigures> rows = service.clinicOverview();
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("adherence.clinic.none")));
            return;
        }
        add(new Paragraph(getTranslation("adherence.clinic.intro")));
        List<TherapistFigures> shown = rows.size() > 40 ? rows.subList(0, 40) : rows;
        Chart chart = new Chart(
                ChartSpec.bar(shown.stream().map(TherapistFigures::therapist).toList())
                        .series(
                                getTranslation("adherence.clinic.series"),
                                shown.stream()
                                        .map(r -> r.adherence() == null
                                                ? null
                                                : (Double) (double) Math.round(r.adherence() * 100))
                                        .toList(),
                                "#1f6f8b")
                        .range(0.0, 100.0),
                getTranslation(rows.size() > 40 ? "adherence.clinic.chart-first-40" : "adherence.clinic.chart"));
        chart.setId("clinic-adherence");
        add(chart);
        Grid<TherapistFigures> grid = new Grid<>();
        grid.addColumn(TherapistFigures::therapist)
                .setHeader(getTranslation("adherence.clinic.therapist"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(TherapistFigures::patients)
                .setHeader(getTranslation("adherence.clinic.active-patients"))
                .setSortable(true);
        grid.addColumn(r -> Format.percent(r.adherence()))
                .setHeader(getTranslation("adherence.caseload.adherence"))
                .setComparator(r -> r.adherence() == null ? -1 : r.adherence());
        grid.addColumn(TherapistFigures::adherent)
                .setHeader(getTranslation("adherence.clinic.adherent"))
                .setSortable(true);
        grid.addColumn(TherapistFigures::lapsing)
                .setHeader(getTranslation("adherence.caseload.lapsing"))
                .setSortable(true);
        grid.setItems(rows);
        add(grid);
    }
}
