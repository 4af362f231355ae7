package org.upright.adherence.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.upright.adherence.CaseloadFigures;
import org.upright.adherence.CaseloadFiguresService;
import org.upright.chart.Chart;
import org.upright.chart.ChartSpec;
import org.upright.security.Role;

/** The therapist's caseload at a glance, "who needs me today" first. */
@Route("caseload/overview")
@Menu(title = "adherence.caseload.menu", order = 11, icon = "vaadin:dashboard")
@RolesAllowed(Role.THERAPIST_ROLE)
class CaseloadDashboardView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("adherence.caseload.page-title");
    }

    CaseloadDashboardView(CaseloadFiguresService service) {
        setMaxWidth("1200px");
        CaseloadFigures f = service.myCaseload();
        if (f.patients() == 0) {
            add(new Paragraph(getTranslation("adherence.caseload.none")));
            return;
        }
        FlexLayout headline = new FlexLayout();
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headline.addClassName("figures");
        headline.add(PatientDashboard.figure(
                "patients", getTranslation("adherence.caseload.patients"), String.valueOf(f.patients())));
        headline.add(PatientDashboard.figure(
                "adherent", getTranslation("adherence.caseload.adherent"), String.valueOf(f.adherent())));
        headline.add(PatientDashboard.figure(
                "lapsing", getTranslation("adherence.caseload.lapsing"), String.valueOf(f.lapsing())));
        headline.add(PatientDashboard.figure(
                "rising", getTranslation("adherence.caseload.rising"), String.valueOf(f.risingDiscomfort())));
        add(headline);

        List<String> bands = IntStream.range(0, CaseloadFigures.BAND_LABELS.size())
                .mapToObj(i -> getTranslation("adherence.caseload.band." + i))
                .toList();
        ChartSpec spread = ChartSpec.bar(bands)
                .series(
                        getTranslation("adherence.caseload.patients"),
                        Arrays.stream(f.adherenceBands())
                                .mapToObj(n -> (Double) (double) n)
                                .toList(),
                        "#1f6f8b")
                .yTitle(getTranslation("adherence.caseload.chart-axis"));
        Chart chart =
                new Chart(spread, getTranslation("adherence.caseload.chart-text", describe(bands, f.adherenceBands())));
        chart.setId("caseload-spread");
        chart.setHeight("220px");
        add(new H3(getTranslation("adherence.caseload.spread")), chart);

        Grid<CaseloadFigures.Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> new Anchor(patientPage(r.patientId()), r.name()))
                .setHeader(getTranslation("adherence.caseload.patient"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> {
                    Span reason = new Span(reason(r.attention()));
                    if (r.attention() == CaseloadFigures.Attention.RED_FLAG) {
                        reason.addClassName("alert-red-flag");
                    }
                    return reason;
                })
                .setHeader(getTranslation("adherence.caseload.needs-attention"))
                .setFlexGrow(2);
        grid.addColumn(r -> Format.percent(r.adherence())).setHeader(getTranslation("adherence.caseload.adherence"));
        grid.addColumn(r -> Format.percent(r.consistency()))
                .setHeader(getTranslation("adherence.caseload.consistency"));
        grid.addColumn(r -> r.todayDue() == 0
                        ? Format.NONE
                        : getTranslation("adherence.caseload.of", r.todayDone(), r.todayDue()))
                .setHeader(getTranslation("adherence.caseload.today"));
        grid.addColumn(r -> Format.day(r.lastLog(), getLocale()))
                .setHeader(getTranslation("adherence.caseload.last-log"));
        grid.addColumn(r -> Format.rating(r.latestDiscomfort(), getLocale()))
                .setHeader(getTranslation("adherence.caseload.latest-discomfort"));
        grid.addComponentColumn(r -> {
                    Span trend = new Span(
                            getTranslation("adherence.trend." + r.trend().name()));
                    trend.addClassName("trend-" + r.trend().name().toLowerCase());
                    return trend;
                })
                .setHeader(getTranslation("adherence.dashboard.trend"));
        grid.addColumn(CaseloadFigures.Row::openAlerts).setHeader(getTranslation("adherence.caseload.open-alerts"));
        grid.addComponentColumn(r -> new Anchor(
                        patientPage(r.patientId()) + "/dashboard", getTranslation("adherence.caseload.dashboard")))
                .setHeader("");
        grid.setItems(f.rows());
        grid.setId("caseload-attention");
        grid.setHeight("600px");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H3(getTranslation("adherence.caseload.who-needs-you")), grid);
    }

    private static String patientPage(long patientId) {
        return "patients/" + patientId;
    }

    private String reason(CaseloadFigures.Attention attention) {
        return attention == CaseloadFigures.Attention.NONE
                ? ""
                : getTranslation("adherence.caseload.attention." + attention.name());
    }

    private static String describe(List<String> labels, int[] bands) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bands.length; i++) {
            text.append(i == 0 ? "" : ", ").append(labels.get(i)).append(": ").append(bands[i]);
        }
        return text.append('.').toString();
    }
}
