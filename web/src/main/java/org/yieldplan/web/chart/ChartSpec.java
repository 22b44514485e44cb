package org.yieldplan.web.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.yieldplan.json.Json;

/**
 * One chart: what {@code charts.js} needs to draw it.
 *
 * @param id       the canvas id
 * @param type     Chart.js type: {@code doughnut}, {@code bar} or {@code line}
 * @param title    the chart's title
 * @param format   how values are shown: {@code usd} or {@code pct}
 * @param labels   the x-axis (or slice) labels
 * @param series   the data series
 * @param max      the top of the value axis (values above it are cut off; the table has them all), or null
 * @param scale    {@code log} for a logarithmic value axis, or null for a linear one
 * @param min      the bottom of the value axis (on a log axis: values below it are drawn at it), or null
 */
public record ChartSpec(String id, String type, String title, String format, List<String> labels, List<Series> series,
                        Double max, String scale, Double min) {

    /**
     * One data series.
     *
     * @param label the legend label
     * @param data  one value per label
     * @param fill  for a band: fill to the series with this index ({@code "-1"} is the previous), or null
     * @param tone  a colour hint: {@code low}, {@code base}, {@code high}, {@code band} or null
     * @param axis  {@code y2} to draw it against a second (right-hand) axis, or null for the main one
     */
    public record Series(String label, List<Double> data, String fill, String tone, String axis) {

        public Series {
            data = List.copyOf(data);
        }

        /** A plain series. */
        public static Series of(String label, List<Double> data, String tone) {
            return new Series(label, data, null, tone, null);
        }
    }

    /** A copy on the second axis. */
    public static Series onSecondAxis(Series s) {
        return new Series(s.label(), s.data(), s.fill(), s.tone(), "y2");
    }

    public ChartSpec {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** A chart on a linear axis topped at {@code max} (null: fits every value). */
    public ChartSpec(String id, String type, String title, String format, List<String> labels, List<Series> series,
                     Double max) {
        this(id, type, title, format, labels, series, max, null, null);
    }

    /** A chart whose value axis fits every value. */
    public ChartSpec(String id, String type, String title, String format, List<String> labels, List<Series> series) {
        this(id, type, title, format, labels, series, null, null, null);
    }

    /** The spec as JSON, for the {@code data-chart} attribute. */
    public String json() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart " + id + " could not be written: " + e.getOriginalMessage(), e);
        }
    }
}
