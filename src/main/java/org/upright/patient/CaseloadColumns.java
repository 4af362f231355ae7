package org.upright.patient;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * Columns another module adds to the therapist's caseload grid (the figures, the alerts), so the
 * patient module shows them without depending on the modules that compute them.
 */
public interface CaseloadColumns {

    /** Fresh columns for one grid: they keep the values of the rows the grid is about to send. */
    Columns forGrid();

    /** The columns of one grid. */
    interface Columns {

        void addTo(Grid<CaseloadRow> grid);

        /** Called with each page of patients the grid fetches, before it is shown. */
        void load(List<Long> patientIds);

        /** Called once the loaded rows are on their way to the browser: their values are no longer needed. */
        void forget();
    }
}
