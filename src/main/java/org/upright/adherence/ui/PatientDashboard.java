package org.upright.adherence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.upright.adherence.DashboardService;
import org.upright.adherence.DayFigures;
import org.upright.adherence.PatientDashboardFigures;
import org.upright.adherence.PatientDashboardFigures.Period;
import org.upright.adherence.ProgramFigures;
import org.upright.chart.Chart;
import org.upright.chart.ChartSpec;

/**
 * One patient's dashboard, for embedding in any page: walking minutes against the target, discomfort
 * over time with baseline and band (and per stretch), and for the therapist also the 12-week
 * adherence calendar, weekly figures and the latest notes. The patient sees the simpler version.
 */
class PatientDashboard extends Composite<VerticalLayout> {

    private static final String WALK = "#1f6f8b";
    private static final String TARGET = "#6b7280";
    private static final String DISCOMFORT = "#b45309";
    private static final String BAND = "#2e7d32";
    private static final String[] STRETCH_COLOURS = {"#7c3aed", "#db2777", "#0891b2", "#65a30d"};

    private final DashboardService service;
    private final long patientId;
    private final boolean therapistView;
    private final Div content = new Div();

    PatientDashboard(DashboardService service, long patientId, boolean therapistView) {
        this.service = service;
        this.patientId = patientId;
        this.therapistView = therapistView;
        RadioButtonGroup<Period> period = new RadioButtonGroup<>("Period, up to yesterday");
        period.setItems(Period.values());
        period.setItemLabelGenerator(Period::label);
        period.setValue(Period.FOUR_WEEKS);
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        content.setWidthFull();
        getContent().setPadding(false);
        getContent().add(period, content);
        getContent().addClassName("patient-dashboard");
        show(Period.FOUR_WEEKS);
    }

    private void show(Period period) {
        PatientDashboardFigures f = service.dashboard(patientId, period);
        content.removeAll();
        // read when the page is drawn: the patient page draws itself again after a program change
        if (!f.hasProgram() && f.days().stream().noneMatch(PatientDashboard::logged) && !logged(f.todaySoFar())) {
            content.add(new Paragraph(
                    therapistView
                            ? "No program and no logs yet."
                            : "Nothing logged yet. Your charts " + "will appear here after your first walk."));
            return;
        }
        content.add(figures(f));
        if (f.days().isEmpty()) {
            content.add(new Paragraph("The figures and charts cover finished days, so they start tomorrow."));
            return;
        }
        content.add(new H3("Walking minutes"), walkingChart(f));
        content.add(new H3("Discomfort"), discomfortChart(f));
        if (therapistView) {
            content.add(new H3("Adherence, last 12 weeks"), calendar(f.calendar()));
            content.add(new H3("Week by week"), weeks(f));
            content.add(new H3("Latest notes"), notes(f));
            if (!f.tooUncomfortable().isEmpty()) {
                UnorderedList list = new UnorderedList();
                f.tooUncomfortable().forEach(u -> list.add(new ListItem(Format.day(u.date()) + ": " + u.exercise())));
                content.add(new H3("Stretches marked too uncomfortable"), list);
            }
        }
    }

    private FlexLayout figures(PatientDashboardFigures f) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("figures");
        if (therapistView) {
            row.add(figure("adherence", "Adherence", Format.percent(f.adherence())));
            row.add(figure("consistency", "Consistency", Format.percent(f.consistency())));
            row.add(figure("walking-dose", "Walking dose", Format.percent(f.walkingDose())));
        }
        DayFigures today = f.todaySoFar();
        row.add(figure(
                "today-so-far",
                "Today so far",
                today.due() == 0
                        ? (today.walkMinutes() > 0 ? today.walkMinutes() + " min walked" : "Nothing due")
                        : today.credited() + " of " + today.due() + " done"));
        row.add(figure("streak", "Streak", f.streak() + (f.streak() == 1 ? " day" : " days")));
        row.add(figure("baseline", "Baseline discomfort", Format.rating(f.baseline())));
        row.add(figure("seven-day-mean", "7-day mean", Format.rating(f.sevenDayMean())));
        if (therapistView) {
            row.add(figure("trend", "Trend", Format.trend(f.trend())));
        }
        return row;
    }

    /** A day with a walk, or with a rating from any session (a stretch session has no walk minutes). */
    private static boolean logged(DayFigures day) {
        return day.walkMinutes() > 0 || day.discomfort() != null;
    }

    static Div figure(String key, String label, String value) {
        Span l = new Span(label);
        l.addClassName("figure-label");
        Span v = new Span(value);
        v.addClassName("figure-value");
        v.getElement().setAttribute("data-figure", key);
        Div box = new Div(l, v);
        box.addClassName("figure");
        return box;
    }

    private Chart walkingChart(PatientDashboardFigures f) {
        List<String> labels = f.days().stream().map(d -> Format.day(d.date())).toList();
        List<@Nullable Double> minutes = f.days().stream()
                .map(d -> (@Nullable Double) (double) d.walkMinutes())
                .toList();
        List<@Nullable Double> target = f.targetMinutes().stream()
                .map(t -> t == null ? null : (@Nullable Double) (double) t)
                .toList();
        ChartSpec spec = ChartSpec.bar(labels)
                .series("Minutes walked", minutes, WALK)
                .target("Target", target, TARGET)
                .yTitle("minutes");
        int total = f.days().stream().mapToInt(DayFigures::walkMinutes).sum();
        Chart chart = new Chart(
                spec,
                "Walking minutes per day over " + f.period().label() + ": " + total + " minutes in all; walking dose "
                        + Format.percent(f.walkingDose()) + ".");
        chart.setId("walking-chart");
        return chart;
    }

    private Chart discomfortChart(PatientDashboardFigures f) {
        List<String> labels = f.days().stream().map(d -> Format.day(d.date())).toList();
        List<@Nullable Double> day =
                f.days().stream().map(DayFigures::discomfort).toList();
        ChartSpec spec = ChartSpec.line(labels).series("After sessions (day's mean)", day, DISCOMFORT);
        int colour = 0;
        for (Map.Entry<String, Map<java.time.LocalDate, Double>> stretch :
                f.stretchDiscomfort().entrySet()) {
            List<@Nullable Double> values = new ArrayList<>();
            f.days().forEach(d -> values.add(stretch.getValue().get(d.date())));
            spec.series(stretch.getKey(), values, STRETCH_COLOURS[colour++ % STRETCH_COLOURS.length]);
        }
        ProgramFigures.Band band = f.band();
        if (f.baseline() != null && band != null) {
            spec.band("No meaningful change", Math.max(0, band.low()), Math.min(10, band.high()), BAND);
            spec.horizontalLine("Baseline", f.baseline(), TARGET);
        }
        spec.range(0.0, 10.0).yTitle("0 none – 10 worst");
        Chart chart = new Chart(
                spec,
                "Discomfort 0 to 10 over " + f.period().label() + ": baseline " + Format.rating(f.baseline())
                        + ", 7-day mean " + Format.rating(f.sevenDayMean()) + ".");
        chart.setId("discomfort-chart");
        return chart;
    }

    /**
     * The 12-week calendar, one cell per day. The cells are sent to the browser as one piece of HTML
     * and not kept as components: 91 elements with six attributes each would stay in the session's
     * state tree for as long as the dashboard is open.
     */
    static Div calendar(List<DayFigures> days) {
        Div grid = new Div();
        grid.addClassName("adherence-calendar");
        grid.getElement().setAttribute("role", "list");
        grid.getElement().setAttribute("aria-label", "Adherence calendar, one cell per day, Monday to Sunday");
        grid.getElement().executeJs("this.innerHTML = $0", calendarHtml(days));
        return grid;
    }

    static String calendarHtml(List<DayFigures> days) {
        StringBuilder html = new StringBuilder(days.size() * 300);
        for (String weekday : List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")) {
            html.append("<span class=\"calendar-head\">").append(weekday).append("</span>");
        }
        for (DayFigures day : days) {
            String text = escape(Format.longDay(day.date()) + ": "
                    + (day.due() == 0 ? "nothing prescribed" : day.credited() + " of " + day.due() + " done"));
            html.append("<span class=\"calendar-day shade-")
                    .append(day.shade() < 0 ? "none" : String.valueOf(day.shade()))
                    .append("\" title=\"")
                    .append(text)
                    .append("\" aria-label=\"")
                    .append(text)
                    .append("\" role=\"listitem\" data-date=\"")
                    .append(day.date())
                    .append("\" data-completion=\"")
                    .append(day.due() == 0 ? "" : day.credited() + "/" + day.due())
                    .append("\"></span>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static Grid<ProgramFigures.WeekFigures> weeks(PatientDashboardFigures f) {
        Grid<ProgramFigures.WeekFigures> grid = new Grid<>();
        grid.addColumn(w -> "Week of " + Format.day(w.monday()) + (w.unfinished() ? " (so far, unfinished)" : ""))
                .setHeader("Week");
        grid.addColumn(w -> Format.percent(CaseloadRows.value(w.adherence()))).setHeader("Adherence");
        grid.addColumn(w -> Format.percent(CaseloadRows.value(w.consistency()))).setHeader("Consistency");
        List<ProgramFigures.WeekFigures> newestFirst = new ArrayList<>(f.weeks());
        java.util.Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
        grid.setAllRowsVisible(newestFirst.size() <= 12);
        if (newestFirst.size() > 12) {
            grid.setHeight("420px");
        }
        grid.setId("weekly-figures");
        return grid;
    }

    private static UnorderedList notes(PatientDashboardFigures f) {
        UnorderedList list = new UnorderedList();
        list.addClassName("notes");
        if (f.notes().isEmpty()) {
            list.add(new ListItem("No notes yet."));
        }
        // Text, never HTML: a note is shown exactly as typed
        f.notes()
                .forEach(n -> list.add(
                        new ListItem(Format.day(n.date()) + " (" + n.kind().toLowerCase() + "): " + n.text())));
        return list;
    }
}
