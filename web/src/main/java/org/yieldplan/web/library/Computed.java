package org.yieldplan.web.library;

import org.yieldplan.scenario.ScenarioResult;

/**
 * A scenario's result, computed once, with the first page of its JSON (the API's answer without
 * {@code ?offset}; see {@link ResultJson}: for up to {@value ResultJson#LIMIT} holdings, the whole result).
 *
 * @param entry  the scenario
 * @param result everything computed for it
 * @param json   {@link ResultJson#page} of the result from offset 0, UTF-8
 */
public record Computed(ScenarioEntry entry, ScenarioResult result, byte[] json) {

    /** Runs the JSON rendering of the first page once. */
    static Computed of(ScenarioEntry entry, ScenarioResult result) {
        return new Computed(entry, result, ResultJson.page(result, 0, ResultJson.LIMIT));
    }
}
