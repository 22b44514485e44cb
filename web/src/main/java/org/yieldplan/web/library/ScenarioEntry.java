package org.yieldplan.web.library;

import java.time.Instant;
import org.yieldplan.scenario.Scenario;

/**
 * A scenario as the site lists it.
 *
 * @param id       its id in URLs ({@code /scenarios/{id}})
 * @param scenario the inputs
 * @param sample   true for a bundled sample (read-only: editing saves a copy)
 * @param origin   {@code sample}, {@code form}, {@code api}, {@code upload} or {@code copy}
 * @param uploadId the upload its holdings came from, or null
 * @param created  when it was first saved; null for a sample
 * @param updated  when it was last saved; null for a sample
 * @param ownerHash the hash of its owner's token; null for a sample or a scenario saved before owners were kept
 * @param shareHash the hash of its share link's token, or null
 */
public record ScenarioEntry(String id, Scenario scenario, boolean sample, String origin, String uploadId,
                            Instant created, Instant updated, String ownerHash, String shareHash) {

    /** This entry with another share link. */
    public ScenarioEntry withShareHash(String hash) {
        return new ScenarioEntry(id, scenario, sample, origin, uploadId, created, updated, ownerHash, hash);
    }
}
