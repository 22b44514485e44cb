package org.yieldplan.web.library;

import java.nio.charset.StandardCharsets;
import org.yieldplan.json.Json;
import org.yieldplan.scenario.ScenarioResult;

/**
 * A scenario's result, computed once, with its JSON text (the same the CLI's {@code --json} prints).
 *
 * @param entry  the scenario
 * @param result everything computed for it
 * @param json   {@link Json#pretty} of the result, UTF-8
 */
public record Computed(ScenarioEntry entry, ScenarioResult result, byte[] json) {

    /** Runs the JSON rendering once. */
    static Computed of(ScenarioEntry entry, ScenarioResult result) {
        return new Computed(entry, result, Json.pretty(result).getBytes(StandardCharsets.UTF_8));
    }
}
