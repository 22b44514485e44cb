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
 */
public record ScenarioEntry(String id, Scenario scenario, boolean sample, String origin, String uploadId,
                            Instant created, Instant updated) {
}
