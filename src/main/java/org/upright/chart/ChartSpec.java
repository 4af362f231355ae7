package org.upright.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a chart shows, built in Java and handed to Chart.js as its configuration: labels along the
 * x axis, series of values (null where there is no value), a horizontal target line and a band.
 */
public final class ChartSpec {

    public enum Type {
        LINE,
        BAR
    }

    /** One series. {@code dashed} and {@code stepped} suit targets; {@code fillToPrevious} makes a band. */
    public record Series(
            String label,
            List<@Nullable Double> values,
            String colour,
            boolean dashed,
            boolean stepped,
            boolean fillToPrevious,
            boolean counted) {

        public Series {
            Objects.requireNonNull(label);
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    private final Type type;
    private final List<String> labels;
    private final List<Series> series = new ArrayList<>();
    private @Nullable Double min;
    private @Nullable Double max;
    private @Nullable String yTitle;

    private ChartSpec(Type type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    public static ChartSpec line(List<String> labels) {
        return new ChartSpec(Type.LINE, labels);
    }

    public static ChartSpec bar(List<String> labels) {
        return new ChartSpec(Type.BAR, labels);
    }

    /** A series of values, one per label. */
    public ChartSpec series(String label, List<@Nullable Double> values, String colour) {
        checkSize(values);
        series.add(new Series(label, values, colour, false, false, false, true));
        return this;
    }

    /** A target that may change from label to label (e.g. the prescribed minutes per day), drawn dashed and stepped. */
    public ChartSpec target(String label, List<@Nullable Double> values, String colour) {
        checkSize(values);
        series.add(new Series(label, values, colour, true, true, false, false));
        return this;
    }

    /** A horizontal line at one value across the whole chart. */
    public ChartSpec horizontalLine(String label, double value, String colour) {
        series.add(new Series(
                label, labels.stream().map(l -> (@Nullable Double) value).toList(), colour, true, false, false, false));
        return this;
    }

    /** A shaded band between two values across the whole chart. */
    public ChartSpec band(String label, double low, double high, String colour) {
        series.add(new Series(
                label + " (low)",
                labels.stream().map(l -> (@Nullable Double) low).toList(),
                colour,
                false,
                false,
                false,
                false));
        series.add(new Series(
                label, labels.stream().map(l -> (@Nullable Double) high).toList(), colour, false, false, true, false));
        return this;
    }

    public ChartSpec range(@Nullable Double min, @Nullable Double max) {
        this.min = min;
        this.max = max;
        return this;
    }

    public ChartSpec yTitle(String title) {
        this.yTitle = title;
        return this;
    }

    public List<String> labels() {
        return labels;
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    /** Values shown as data (not targets or bands) that are not empty. */
    public int pointCount() {
        return (int) series.stream()
                .filter(Series::counted)
                .flatMap(s -> s.values().stream())
                .filter(Objects::nonNull)
                .count();
    }

    /** The Chart.js configuration. */
    public String toJson() {
        StringBuilder json = new StringBuilder();
        json.append("{\"type\":").append(string(type == Type.LINE ? "line" : "bar"));
        json.append(",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(string(labels.get(i)));
        }
        json.append("],\"datasets\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            json.append(i == 0 ? "" : ",").append("{\"label\":").append(string(s.label()));
            json.append(",\"data\":[");
            for (int j = 0; j < s.values().size(); j++) {
                Double v = s.values().get(j);
                json.append(j == 0 ? "" : ",").append(v == null ? "null" : number(v));
            }
            json.append("],\"borderColor\":").append(string(s.colour()));
            boolean band = s.fillToPrevious() || (!s.counted() && !s.dashed());
            String fill = band ? s.colour() + "33" : (type == Type.BAR ? s.colour() : s.colour() + "22");
            json.append(",\"backgroundColor\":").append(string(fill));
            json.append(",\"spanGaps\":").append(s.counted() ? "false" : "true");
            if (type == Type.BAR && !s.counted()) {
                json.append(",\"type\":\"line\"");
            }
            if (s.dashed()) {
                json.append(",\"borderDash\":[6,4]");
            }
            if (s.stepped()) {
                json.append(",\"stepped\":\"middle\"");
            }
            if (!s.counted()) {
                json.append(",\"pointRadius\":0,\"borderWidth\":").append(band ? 0 : 2);
            }
            json.append(",\"fill\":").append(s.fillToPrevious() ? "\"-1\"" : "false");
            json.append("}");
        }
        json.append("]},\"options\":{\"animation\":false,\"scales\":{\"y\":{\"beginAtZero\":true");
        if (min != null) {
            json.append(",\"min\":").append(number(min));
        }
        if (max != null) {
            json.append(",\"max\":").append(number(max));
        }
        if (yTitle != null) {
            json.append(",\"title\":{\"display\":true,\"text\":")
                    .append(string(yTitle))
                    .append("}");
        }
        json.append("}},\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}");
        return json.toString();
    }

    private void checkSize(List<@Nullable Double> values) {
        if (values.size() != labels.size()) {
            throw new IllegalArgumentException(
                    "one value per label: " + values.size() + " values, " + labels.size() + " labels");
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 100) / 100.0);
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
