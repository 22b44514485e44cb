package org.yieldplan.web.pages;

import java.util.List;

/**
 * The scenario list ({@code /}).
 *
 * @param samples the bundled samples
 * @param saved   the saved scenarios, most recent first
 */
public record HomePage(List<ScenarioRow> samples, List<ScenarioRow> saved) {

    public HomePage {
        samples = List.copyOf(samples);
        saved = List.copyOf(saved);
    }
}
