package org.upright.adherence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.upright.adherence.CaseloadFigures;
import org.upright.adherence.CaseloadFiguresService;
import org.upright.adherence.Trend;
import org.upright.patient.CaseloadColumns;
import org.upright.patient.CaseloadRow;

/** The figures on the therapist's caseload grid: 7-day adherence and consistency, today so far, discomfort, alerts. */
@org.springframework.stereotype.Component
class FigureColumns implements CaseloadColumns {

    private final CaseloadFiguresService figures;

    FigureColumns(CaseloadFiguresService figures) {
        this.figures = figures;
    }

    @Override
    public Columns forGrid() {
        return new GridColumns(figures);
    }

    private static final class GridColumns implements Columns {

        private final CaseloadFiguresService service;
        // the figures of the page being sent, read for each page the grid fetches
        private Map<Long, CaseloadFigures.Row> rows = new HashMap<>();

        GridColumns(CaseloadFiguresService service) {
            this.service = service;
        }

        @Override
        public void load(List<Long> patientIds) {
            service.forPatients(patientIds).rows().forEach(row -> rows.put(row.patientId(), row));
        }

        @Override
        public void forget() {
            rows = new HashMap<>();
        }

        @Override
        public void addTo(Grid<CaseloadRow> grid) {
            CaseloadColumns.addFigure(
                    grid,
                    "adherence",
                    grid.getTranslation("adherence.columns.adherence"),
                    true,
                    r -> Format.percent(figure(r) == null ? null : figure(r).adherence()));
            CaseloadColumns.addFigure(
                    grid,
                    "consistency",
                    grid.getTranslation("adherence.columns.consistency"),
                    true,
                    r -> Format.percent(figure(r) == null ? null : figure(r).consistency()));
            // today is unfinished and never in the 7 days: shown apart
            CaseloadColumns.addFigure(
                    grid,
                    "today",
                    grid.getTranslation("adherence.caseload.today"),
                    true,
                    r -> figure(r) == null || figure(r).todayDue() == 0
                            ? Format.NONE
                            : grid.getTranslation(
                                    "adherence.caseload.of",
                                    figure(r).todayDone(),
                                    figure(r).todayDue()));
            CaseloadColumns.addFigure(
                    grid,
                    "discomfort",
                    grid.getTranslation("adherence.dashboard.discomfort"),
                    false,
                    r -> discomfort(grid, figure(r)));
            CaseloadColumns.addFigure(
                    grid,
                    "alerts",
                    grid.getTranslation("adherence.caseload.open-alerts"),
                    true,
                    r -> figure(r) == null || figure(r).openAlerts() == 0
                            ? Format.NONE
                            : grid.getTranslation(
                                    figure(r).openCritical() > 0
                                            ? "adherence.columns.alerts-critical"
                                            : "adherence.columns.alerts",
                                    figure(r).openAlerts()));
        }

        private CaseloadFigures.@Nullable Row figure(CaseloadRow row) {
            return rows.get(row.patientId());
        }
    }

    /** The latest day's rating with an arrow for the trend against the baseline. */
    private static String discomfort(Grid<?> grid, CaseloadFigures.@Nullable Row row) {
        if (row == null || row.latestDiscomfort() == null) {
            return Format.NONE;
        }
        String rating = Format.rating(
                row.latestDiscomfort(), grid.getUI().map(UI::getLocale).orElse(Locale.ENGLISH));
        return row.trend() == Trend.UNKNOWN
                ? rating
                : grid.getTranslation(
                        "adherence.columns.discomfort",
                        rating,
                        grid.getTranslation("adherence.trend." + row.trend().name()));
    }
}
