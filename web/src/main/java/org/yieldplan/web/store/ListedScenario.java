package org.yieldplan.web.store;

import java.time.Instant;

/**
 * One line of the saved-scenario list, read from the summary columns only.
 *
 * @param id          the scenario's id
 * @param name        its name
 * @param description its description, or null
 * @param headline    its headline figures
 * @param created     when it was first saved (UTC)
 * @param updated     when it was last saved (UTC)
 */
public record ListedScenario(String id, String name, String description, Headline headline, Instant created,
                             Instant updated) {
}
