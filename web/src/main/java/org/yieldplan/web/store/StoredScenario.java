package org.yieldplan.web.store;

import java.time.Instant;
import org.yieldplan.scenario.Scenario;

/**
 * A saved scenario.
 *
 * @param id       the generated id (also the scenario's own {@code id})
 * @param scenario the inputs
 * @param origin   how it was made: {@code form}, {@code api}, {@code upload} or {@code copy}
 * @param uploadId the upload its holdings came from, or null
 * @param created  when it was first saved (UTC)
 * @param updated  when it was last saved (UTC)
 */
public record StoredScenario(String id, Scenario scenario, String origin, String uploadId, Instant created,
                             Instant updated) {
}
