/**
 * The JSON API under {@code /api/}: the same data as the pages, in the planner's JSON formats
 * ({@link org.yieldplan.json.Json#mapper()}). A scenario's result is exactly what the CLI's
 * {@code --json} prints. Errors are {@link org.yieldplan.web.api.ApiError}s with a 4xx status.
 */
package org.yieldplan.web.api;
