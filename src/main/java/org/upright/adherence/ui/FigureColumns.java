package org.upright.adherence.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.upright.adherence.CaseloadFigures;
import org.upright.adherence.CaseloadFiguresService;
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
        // the figures of the rows on screen, read for each page the grid fetches
        private final Map<Long, CaseloadFigures.Row> rows = new HashMap<>();

        GridColumns(CaseloadFiguresService service) {
            this.service = service;
        }

        @Override
        public void load(List<Long> patientIds) {
            service.forPatients(patientIds).rows().forEach(row -> rows.put(row.patientId(), row));
        }

        @Override
        public void addTo(Grid<CaseloadRow> grid) {
            grid.addColumn(r -> percent(figure(r) == null ? null : figure(r).adherence()))
                    .setHeader("Adherence, 7 days")
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey("adherence");
            grid.addColumn(r -> percent(figure(r) == null ? null : figure(r).consistency()))
                    .setHeader("Consistency, 7 days")
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey("consistency");
            // today is unfinished and never in the 7 days: shown apart
            grid.addColumn(r -> figure(r) == null || figure(r).todayDue() == 0
                            ? "—"
                            : figure(r).todayDone() + " of " + figure(r).todayDue())
                    .setHeader("Today so far")
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey("today");
            grid.addColumn(r -> discomfort(figure(r))).setHeader("Discomfort").setKey("discomfort");
            grid.addColumn(r -> figure(r) == null || figure(r).openAlerts() == 0
                            ? "—"
                            : figure(r).openAlerts() + (figure(r).openCritical() > 0 ? " (critical)" : ""))
                    .setHeader("Open alerts")
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey("alerts");
        }

        private CaseloadFigures.@Nullable Row figure(CaseloadRow row) {
            return rows.get(row.patientId());
        }
    }

    private static String percent(@Nullable Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    /** The latest day's rating with an arrow for the trend against the baseline. */
    private static String discomfort(CaseloadFigures.@Nullable Row row) {
        if (row == null || row.latestDiscomfort() == null) {
            return "—";
        }
        String arrow = switch (row.trend()) {
            case RISING -> " ↑ rising";
            case IMPROVING -> " ↓ improving";
            case STABLE -> " → steady";
            case UNKNOWN -> "";
        };
        return String.format(Locale.ROOT, "%.1f", row.latestDiscomfort()) + arrow;
    }
}
