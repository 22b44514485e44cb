package org.yieldplan.web.pages;

import java.util.List;

/**
 * The scenario list ({@code /}).
 *
 * @param samples the bundled samples
 * @param saved   one page of the caller's saved scenarios, most recent first
 * @param page    the page number, from 1
 * @param pages   how many pages the caller's scenarios fill
 * @param total   how many scenarios the caller has saved
 */
public record HomePage(List<ScenarioRow> samples, List<ScenarioRow> saved, int page, int pages, int total) {

    public HomePage {
        samples = List.copyOf(samples);
        saved = List.copyOf(saved);
    }
}
