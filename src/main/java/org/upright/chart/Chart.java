package org.upright.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn in the browser by Chart.js. Give it a {@link ChartSpec}; it carries a text
 * description for screen readers and the number of points it shows in {@code data-points}.
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
        getElement().setProperty("config", spec.toJson());
    }
}
