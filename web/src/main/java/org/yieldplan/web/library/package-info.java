/**
 * The scenarios the site shows: the bundled samples (read-only) and the saved ones, each with its
 * {@link org.yieldplan.scenario.ScenarioResult} computed by the planner's
 * {@link org.yieldplan.scenario.ScenarioRunner} on the bounded {@link org.yieldplan.web.library.ComputePool}
 * (one worker per core, a short queue, a {@link org.yieldplan.web.library.CostBudget} per simulation) and
 * cached in memory until its inputs change. Who may see or change a scenario is decided by its owner's and
 * share link's token hashes ({@link org.yieldplan.web.library.Caller}).
 */
package org.yieldplan.web.library;
