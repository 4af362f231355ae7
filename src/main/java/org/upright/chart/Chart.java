package org.upright.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn in the browser by Chart.js. Give it a {@link ChartSpec}; it carries a text
 * description for screen readers and the number of points it shows in {@code data-points}.
 *
 * <p>The chart's data goes to the browser once, with the next response after it is attached, and is
 * not kept on the server: a property would stay in the session's state tree for as long as the view
 * is open. A chart taken out of the page and put back is therefore empty until {@link #show} is
 * called again (the views make a new chart instead).
 */
@Tag("upright-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./upright-chart.js")
public class Chart extends Component implements HasSize {

    public Chart(ChartSpec spec, String description) {
        setHeight("260px");
        setWidthFull();
        show(spec, description);
    }

    /** Replaces what the chart shows. */
    public void show(ChartSpec spec, String description) {
        getElement().setAttribute("aria-label", description);
        getElement().setAttribute("title", description);
        getElement().setAttribute("data-points", String.valueOf(spec.pointCount()));
        // whenDefined: set on the element before its class is defined, the property would hide the setter
        getElement()
                .executeJs(
                        "const config = $0; customElements.whenDefined('upright-chart').then(() => this.config = config)",
                        spec.toJson());
    }
}
