/**
 * Chart data for the pages: each {@link org.yieldplan.web.chart.ChartSpec} is written as JSON into
 * a {@code data-chart} attribute and drawn by {@code /js/charts.js} with Chart.js (no inline
 * script, so the Content-Security-Policy stays strict). Every chart's numbers are also shown in
 * a table on the page. Values come straight from the {@link org.yieldplan.scenario.ScenarioResult}.
 */
package org.yieldplan.web.chart;
