package org.upright.adherence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.upright.adherence.DashboardService;
import org.upright.adherence.DayFigures;
import org.upright.adherence.PatientDashboardFigures;
import org.upright.adherence.PatientDashboardFigures.Period;
import org.upright.adherence.ProgramFigures;
import org.upright.base.LocalFormats;
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

    /** A section heading: under the patient's page H1 an H2, under the therapist's H2 for the patient an H3. */
    private Component heading(String text) {
        return therapistView ? new H3(text) : new H2(text);
    }

    PatientDashboard(DashboardService service, long patientId, boolean therapistView) {
        this.service = service;
        this.patientId = patientId;
        this.therapistView = therapistView;
        RadioButtonGroup<Period> period = new RadioButtonGroup<>(t("adherence.dashboard.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> t("adherence.period." + p.name()));
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
                    t(therapistView ? "adherence.dashboard.empty-therapist" : "adherence.dashboard.empty-patient")));
            return;
        }
        content.add(figures(f));
        if (f.days().isEmpty()) {
            content.add(new Paragraph(t("adherence.dashboard.starts-tomorrow")));
            return;
        }
        content.add(heading(t("adherence.dashboard.walking-minutes")), walkingChart(f));
        content.add(heading(t("adherence.dashboard.discomfort")), discomfortChart(f));
        if (therapistView) {
            content.add(heading(t("adherence.dashboard.calendar-title")), calendar(f.calendar()));
            content.add(heading(t("adherence.dashboard.week-by-week")), weeks(f));
            content.add(heading(t("adherence.dashboard.latest-notes")), notes(f));
            if (!f.tooUncomfortable().isEmpty()) {
                UnorderedList list = new UnorderedList();
                f.tooUncomfortable()
                        .forEach(u -> list.add(new ListItem(Format.day(u.date(), locale()) + ": " + u.exercise())));
                content.add(heading(t("adherence.dashboard.too-uncomfortable")), list);
            }
        }
    }

    /**
     * The headline figures, read-only: one piece of HTML the browser draws (the same boxes as
     * {@link #figure}), not three components per figure held in the session.
     */
    private Html figures(PatientDashboardFigures f) {
        StringBuilder row = new StringBuilder();
        if (therapistView) {
            row.append(figureMarkup("adherence", t("adherence.dashboard.adherence"), Format.percent(f.adherence())));
            row.append(
                    figureMarkup("consistency", t("adherence.dashboard.consistency"), Format.percent(f.consistency())));
            row.append(figureMarkup(
                    "walking-dose", t("adherence.dashboard.walking-dose"), Format.percent(f.walkingDose())));
        }
        DayFigures today = f.todaySoFar();
        row.append(figureMarkup(
                "today-so-far",
                t("adherence.dashboard.today-so-far"),
                today.due() == 0
                        ? (today.walkMinutes() > 0
                                ? t("adherence.dashboard.minutes-walked", today.walkMinutes())
                                : t("adherence.dashboard.nothing-due"))
                        : t("adherence.dashboard.done-of", today.credited(), today.due())));
        row.append(figureMarkup("streak", t("adherence.dashboard.streak"), t("adherence.dashboard.days", f.streak())));
        row.append(figureMarkup("baseline", t("adherence.dashboard.baseline"), Format.rating(f.baseline(), locale())));
        row.append(figureMarkup(
                "seven-day-mean", t("adherence.dashboard.seven-day-mean"), Format.rating(f.sevenDayMean(), locale())));
        if (therapistView) {
            row.append(figureMarkup("trend", t("adherence.dashboard.trend"), trend(f.trend())));
        }
        return new Html("<div class=\"figures\" style=\"display:flex;flex-wrap:wrap\">" + row + "</div>");
    }

    /** A day with a walk, or with a rating from any session (a stretch session has no walk minutes). */
    private static boolean logged(DayFigures day) {
        return day.walkMinutes() > 0 || day.discomfort() != null;
    }

    private static String figureMarkup(String key, String label, String value) {
        return "<div class=\"figure\"><span class=\"figure-label\">" + Entities.escape(label)
                + "</span><span class=\"figure-value\" data-figure=\"" + Entities.escape(key) + "\">"
                + Entities.escape(value) + "</span></div>";
    }

    /** One headline figure on its own, as the caseload overview shows them: the same markup, one component. */
    static Html figure(String key, String label, String value) {
        return new Html(figureMarkup(key, label, value));
    }

    private Chart walkingChart(PatientDashboardFigures f) {
        List<String> labels =
                f.days().stream().map(d -> Format.day(d.date(), locale())).toList();
        List<@Nullable Double> minutes = f.days().stream()
                .map(d -> (@Nullable Double) (double) d.walkMinutes())
                .toList();
        List<@Nullable Double> target = f.targetMinutes().stream()
                .map(t -> t == null ? null : (@Nullable Double) (double) t)
                .toList();
        ChartSpec spec = ChartSpec.bar(labels)
                .series(t("adherence.dashboard.chart-minutes-walked"), minutes, WALK)
                .target(t("adherence.dashboard.chart-target"), target, TARGET)
                .yTitle(t("adherence.dashboard.chart-minutes"));
        int total = f.days().stream().mapToInt(DayFigures::walkMinutes).sum();
        Chart chart = new Chart(
                spec,
                t(
                        "adherence.dashboard.walking-chart-text",
                        t("adherence.period." + f.period().name()),
                        total,
                        Format.percent(f.walkingDose())));
        chart.setId("walking-chart");
        return chart;
    }

    private Chart discomfortChart(PatientDashboardFigures f) {
        List<String> labels =
                f.days().stream().map(d -> Format.day(d.date(), locale())).toList();
        List<@Nullable Double> day =
                f.days().stream().map(DayFigures::discomfort).toList();
        ChartSpec spec = ChartSpec.line(labels).series(t("adherence.dashboard.chart-after-sessions"), day, DISCOMFORT);
        int colour = 0;
        for (Map.Entry<String, Map<java.time.LocalDate, Double>> stretch :
                f.stretchDiscomfort().entrySet()) {
            List<@Nullable Double> values = new ArrayList<>();
            f.days().forEach(d -> values.add(stretch.getValue().get(d.date())));
            spec.series(stretch.getKey(), values, STRETCH_COLOURS[colour++ % STRETCH_COLOURS.length]);
        }
        ProgramFigures.Band band = f.band();
        if (f.baseline() != null && band != null) {
            spec.band(
                    t("adherence.dashboard.chart-no-change"), Math.max(0, band.low()), Math.min(10, band.high()), BAND);
            spec.horizontalLine(t("adherence.dashboard.chart-baseline"), f.baseline(), TARGET);
        }
        spec.range(0.0, 10.0).yTitle(t("adherence.dashboard.chart-scale"));
        Chart chart = new Chart(
                spec,
                t(
                        "adherence.dashboard.discomfort-chart-text",
                        t("adherence.period." + f.period().name()),
                        Format.rating(f.baseline(), locale()),
                        Format.rating(f.sevenDayMean(), locale())));
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
        grid.getElement().setAttribute("aria-label", t("adherence.dashboard.calendar-label"));
        grid.getElement().executeJs("this.innerHTML = $0", calendarHtml(days));
        return grid;
    }

    static String calendarHtml(List<DayFigures> days) {
        StringBuilder html = new StringBuilder(days.size() * 300);
        for (String weekday : LocalFormats.weekdaysFromMonday(locale())) {
            html.append("<span class=\"calendar-head\">")
                    .append(escape(weekday))
                    .append("</span>");
        }
        for (DayFigures day : days) {
            String text = escape(Format.longDay(day.date(), locale()) + ": "
                    + (day.due() == 0
                            ? t("adherence.dashboard.nothing-prescribed")
                            : t("adherence.dashboard.done-of", day.credited(), day.due())));
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
        Locale locale = locale();
        grid.addColumn(w -> t(
                        w.unfinished() ? "adherence.dashboard.week-of-unfinished" : "adherence.dashboard.week-of",
                        Format.day(w.monday(), locale)))
                .setHeader(t("adherence.dashboard.week"));
        grid.addColumn(w -> Format.percent(CaseloadRows.value(w.adherence())))
                .setHeader(t("adherence.dashboard.adherence"));
        grid.addColumn(w -> Format.percent(CaseloadRows.value(w.consistency())))
                .setHeader(t("adherence.dashboard.consistency"));
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

    /** The latest notes as one piece of HTML; a note is escaped, so it shows exactly as typed, never as markup. */
    private static Html notes(PatientDashboardFigures f) {
        StringBuilder list = new StringBuilder("<ul class=\"notes\">");
        if (f.notes().isEmpty()) {
            list.append("<li>")
                    .append(Entities.escape(t("adherence.dashboard.no-notes")))
                    .append("</li>");
        }
        f.notes()
                .forEach(n -> list.append("<li>")
                        .append(Entities.escape(t(
                                "adherence.dashboard.note",
                                Format.day(n.date(), locale()),
                                t("adherence.dashboard.note-kind." + n.kind()),
                                n.text())))
                        .append("</li>"));
        return new Html(list.append("</ul>").toString());
    }

    private static String trend(org.upright.adherence.Trend trend) {
        return trend == org.upright.adherence.Trend.UNKNOWN ? Format.NONE : t("adherence.trend." + trend.name());
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
