package org.upright.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSpecTest {

    @Test
    void a_line_chart_carries_its_values_a_target_and_a_band_as_chartjs_configuration() {
        var spec = ChartSpec.line(List.of("1 Mar", "2 Mar", "3 Mar"))
                .series("Minutes walked", Arrays.asList(30.0, null, 45.5), "#1f6f8b")
                .target("Target", List.of(60.0, 60.0, 60.0), "#888888")
                .band("No meaningful change", 1, 5, "#2e7d32")
                .range(0.0, 10.0);

        String json = spec.toJson();

        assertThat(spec.pointCount()).isEqualTo(2);
        assertThat(json).startsWith("{\"type\":\"line\"");
        assertThat(json).contains("\"labels\":[\"1 Mar\",\"2 Mar\",\"3 Mar\"]");
        assertThat(json).contains("\"data\":[30,null,45.5]");
        assertThat(json).contains("\"borderDash\":[6,4]");
        assertThat(json).contains("\"fill\":\"-1\"");
        assertThat(json).contains("\"min\":0,\"max\":10");
    }

    @Test
    void labels_are_escaped_so_text_cannot_break_out_of_the_configuration() {
        String json = ChartSpec.bar(List.of("a \"quoted\" <b>label</b>"))
                .series("x", List.of(1.0), "#000")
                .toJson();
        assertThat(json).contains("a \\\"quoted\\\" \\u003cb\\u003elabel\\u003c/b\\u003e");
    }

    @Test
    void a_series_needs_one_value_per_label() {
        assertThatThrownBy(() -> ChartSpec.line(List.of("a", "b")).series("x", List.of(1.0), "#000"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
