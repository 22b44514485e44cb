/**
 * The yieldplan site: {@link org.yieldplan.web.WebMain} starts it, {@link org.yieldplan.web.WebApp}
 * configures Javalin up front (limits, static files, security filters, routes, error mapping) and
 * {@link org.yieldplan.web.Site} holds the collaborators the routes share. Sub-packages by concept:
 * {@code store} (SQLite), {@code library} (samples and saved scenarios with cached results),
 * {@code pages} (HTML through precompiled JTE templates), {@code form} (the scenario form),
 * {@code upload} (holdings files), {@code api} (JSON), {@code chart} (chart data), {@code security}.
 *
 * <p>Every figure shown is read from the planner's {@link org.yieldplan.scenario.ScenarioResult};
 * the web module computes nothing of its own beyond formatting.
 */
package org.yieldplan.web;
