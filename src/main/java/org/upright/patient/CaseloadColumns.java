package org.upright.patient;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
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

        /** Adds the columns, each with {@link CaseloadColumns#addFigure}. */
        void addTo(Grid<CaseloadRow> grid);

        /** Called with each page of patients the grid fetches, before it is shown. */
        void load(List<Long> patientIds);

        /** Called once the loaded rows are on their way to the browser: their values are no longer needed. */
        void forget();
    }

    /**
     * Adds a column that shows a figure per patient and is not sorted, as wide as the caseload's other
     * figures (see {@link #column}).
     *
     * @param key unique among the caseload's columns
     * @param header the column's heading, already in the reader's language
     * @param alignEnd true for numbers, aligned to the end like the other numbers
     * @param value the text of a row's cell
     */
    static void addFigure(
            Grid<CaseloadRow> grid,
            String key,
            String header,
            boolean alignEnd,
            SerializableFunction<CaseloadRow, String> value) {
        column(grid, "figure-" + key, alignEnd, value).setProperty("header", header);
    }

    /**
     * Adds a caseload column that shows the row property {@code path}, 5.5rem wide. It is the grid's
     * own column element, not a {@link Grid.Column}: that component keeps about 5 KB per signed-in
     * session for resizing, freezing and alignment from the browser, which the caseload never uses.
     */
    static Element column(Grid<CaseloadRow> grid, String path, boolean alignEnd) {
        Element column =
                new Element("vaadin-grid-column").setProperty("path", path).setProperty("width", "5.5rem");
        if (alignEnd) {
            column.setProperty("textAlign", "end");
        }
        grid.getElement().appendChild(column);
        return column;
    }

    /** As {@link #column(Grid, String, boolean)}, with the text of each row's cell. */
    static Element column(
            Grid<CaseloadRow> grid, String path, boolean alignEnd, SerializableFunction<CaseloadRow, String> text) {
        Element column = column(grid, path, alignEnd);
        grid.addDataGenerator((row, json) -> json.put(path, text.apply(row)));
        return column;
    }
}
