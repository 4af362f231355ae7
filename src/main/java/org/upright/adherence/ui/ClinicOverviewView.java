package org.upright.adherence.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Clinic overview · Upright")
@Menu(title = "Clinic overview", order = 52, icon = "vaadin:chart")
@RolesAllowed(Role.ADMIN_ROLE)
class ClinicOverviewView extends VerticalLayout {

    ClinicOverviewView(CaseloadFiguresService service) {
        setMaxWidth("1100px");
        List<TherapistFigures> rows = service.clinicOverview();
        if (rows.isEmpty()) {
            add(new Paragraph("No therapists yet."));
            return;
        }
        add(new Paragraph("Adherence over the last 7 finished days (yesterday and the 6 days before), pooled over each "
                + "therapist's active patients."));
        List<TherapistFigures> shown = rows.size() > 40 ? rows.subList(0, 40) : rows;
        Chart chart = new Chart(
                ChartSpec.bar(shown.stream().map(TherapistFigures::therapist).toList())
                        .series(
                                "7-day adherence %",
                                shown.stream()
                                        .map(r -> r.adherence() == null
                                                ? null
                                                : (Double) (double) Math.round(r.adherence() * 100))
                                        .toList(),
                                "#1f6f8b")
                        .range(0.0, 100.0),
                "7-day adherence per therapist" + (rows.size() > 40 ? ", first 40 therapists" : ""));
        chart.setId("clinic-adherence");
        add(chart);
        Grid<TherapistFigures> grid = new Grid<>();
        grid.addColumn(TherapistFigures::therapist)
                .setHeader("Therapist")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(TherapistFigures::patients).setHeader("Active patients").setSortable(true);
        grid.addColumn(r -> Format.percent(r.adherence()))
                .setHeader("Adherence (7 days)")
                .setComparator(r -> r.adherence() == null ? -1 : r.adherence());
        grid.addColumn(TherapistFigures::adherent).setHeader("Adherent").setSortable(true);
        grid.addColumn(TherapistFigures::lapsing).setHeader("Lapsing").setSortable(true);
        grid.setItems(rows);
        add(grid);
    }
}
