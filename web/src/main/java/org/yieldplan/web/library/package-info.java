/**
 * The scenarios the site shows: the bundled samples (read-only) and the saved ones, each with its
 * {@link org.yieldplan.scenario.ScenarioResult} computed by the planner's
 * {@link org.yieldplan.scenario.ScenarioRunner} and cached in memory until its inputs change.
 */
package org.yieldplan.web.library;
