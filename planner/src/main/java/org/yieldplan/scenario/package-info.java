/**
 * A {@link org.yieldplan.scenario.Scenario} (the inputs a user gives), the
 * {@link org.yieldplan.scenario.ScenarioRunner} that computes everything once, and the immutable
 * {@link org.yieldplan.scenario.ScenarioResult} that the CLI, the JSON API, the web pages and
 * the projection workbook all render.
 *
 * <p>Units: money in USD ({@code double}); rates are fractions a year; horizons in years.
 */
package org.yieldplan.scenario;
