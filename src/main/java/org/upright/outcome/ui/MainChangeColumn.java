package org.upright.outcome.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.upright.outcome.OutcomeService;
import org.upright.outcome.ScoreChange;
import org.upright.patient.CaseloadColumns;
import org.upright.patient.CaseloadRow;

/** The caseload's column for the main measure: its latest change since the baseline, and whether it is meaningful. */
@org.springframework.stereotype.Component
class MainChangeColumn implements CaseloadColumns {

    private final OutcomeService outcomes;

    MainChangeColumn(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public Columns forGrid() {
        return new Columns() {
            private Map<Long, ScoreChange> changes = new HashMap<>();

            @Override
            public void addTo(Grid<CaseloadRow> grid) {
                CaseloadColumns.addFigure(
                        grid, "outcome-change", grid.getTranslation("outcome.caseload.header"), false, row -> {
                            ScoreChange change = changes.get(row.patientId());
                            return change == null ? "—" : Words.shortChange(grid, change);
                        });
            }

            @Override
            public void load(List<Long> patientIds) {
                changes.putAll(outcomes.mainChanges(patientIds));
            }

            @Override
            public void forget() {
                changes = new HashMap<>();
            }
        };
    }
}
