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
 * @param ownerHash the SHA-256 of its owner's token, or null for a scenario saved before owners were kept
 * @param shareHash the SHA-256 of its read-only share link's token, or null when it has none
 */
public record StoredScenario(String id, Scenario scenario, String origin, String uploadId, Instant created,
                             Instant updated, String ownerHash, String shareHash) {
}
