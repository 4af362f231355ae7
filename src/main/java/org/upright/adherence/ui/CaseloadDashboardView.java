package org.upright.adherence.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.upright.adherence.CaseloadFigures;
import org.upright.adherence.CaseloadFiguresService;
import org.upright.chart.Chart;
import org.upright.chart.ChartSpec;
import org.upright.security.Role;

/** The therapist's caseload at a glance, "who needs me today" first. */
@Route("caseload/overview")
@PageTitle("Caseload overview · Upright")
@Menu(title = "Caseload overview", order = 11, icon = "vaadin:dashboard")
@RolesAllowed(Role.THERAPIST_ROLE)
class CaseloadDashboardView extends VerticalLayout {

    CaseloadDashboardView(CaseloadFiguresService service) {
        setMaxWidth("1200px");
        CaseloadFigures f = service.myCaseload();
        if (f.patients() == 0) {
            add(new Paragraph("No patients on your caseload yet."));
            return;
        }
        FlexLayout headline = new FlexLayout();
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headline.addClassName("figures");
        headline.add(PatientDashboard.figure("patients", "Patients", String.valueOf(f.patients())));
        headline.add(PatientDashboard.figure("adherent", "Adherent (80 % or more)", String.valueOf(f.adherent())));
        headline.add(PatientDashboard.figure("lapsing", "Lapsing", String.valueOf(f.lapsing())));
        headline.add(PatientDashboard.figure("rising", "Rising discomfort", String.valueOf(f.risingDiscomfort())));
        add(headline);

        ChartSpec spread = ChartSpec.bar(CaseloadFigures.BAND_LABELS)
                .series(
                        "Patients",
                        Arrays.stream(f.adherenceBands())
                                .mapToObj(n -> (Double) (double) n)
                                .toList(),
                        "#1f6f8b")
                .yTitle("patients");
        Chart chart = new Chart(spread, "Patients by 7-day adherence: " + describe(f.adherenceBands()));
        chart.setId("caseload-spread");
        chart.setHeight("220px");
        add(new H3("7-day adherence across the caseload"), chart);

        Grid<CaseloadFigures.Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> new Anchor("patients/" + r.patientId(), r.name()))
                .setHeader("Patient")
                .setFlexGrow(2);
        grid.addComponentColumn(r -> {
                    Span reason = new Span(reason(r.attention()));
                    if (r.attention() == CaseloadFigures.Attention.RED_FLAG) {
                        reason.addClassName("alert-red-flag");
                    }
                    return reason;
                })
                .setHeader("Needs attention")
                .setFlexGrow(2);
        grid.addColumn(r -> Format.percent(r.adherence())).setHeader("Adherence (7 days)");
        grid.addColumn(r -> Format.percent(r.consistency())).setHeader("Consistency (7 days)");
        grid.addColumn(r -> r.todayDue() == 0 ? "—" : r.todayDone() + " of " + r.todayDue())
                .setHeader("Today so far");
        grid.addColumn(r -> Format.day(r.lastLog())).setHeader("Last log");
        grid.addColumn(r -> Format.rating(r.latestDiscomfort())).setHeader("Latest discomfort");
        grid.addComponentColumn(r -> {
                    Span trend = new Span(Format.trend(r.trend()));
                    trend.addClassName("trend-" + r.trend().name().toLowerCase());
                    return trend;
                })
                .setHeader("Trend");
        grid.addColumn(CaseloadFigures.Row::openAlerts).setHeader("Open alerts");
        grid.addComponentColumn(r -> new Anchor("patients/" + r.patientId() + "/dashboard", "Dashboard"))
                .setHeader("");
        grid.setItems(f.rows());
        grid.setId("caseload-attention");
        grid.setHeight("600px");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H3("Who needs you today"), grid);
    }

    private static String reason(CaseloadFigures.Attention attention) {
        return switch (attention) {
            case RED_FLAG -> "Red flag: safety check answered yes";
            case CRITICAL_ALERT -> "Critical alert open";
            case HIGH_ALERT -> "High alert open";
            case RISING_DISCOMFORT -> "Discomfort rising";
            case LAPSING -> "Lapsing";
            case NONE -> "";
        };
    }

    private static String describe(int[] bands) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bands.length; i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(CaseloadFigures.BAND_LABELS.get(i))
                    .append(": ")
                    .append(bands[i]);
        }
        return text.append('.').toString();
    }
}
