package org.yieldplan.web.upload;

import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.store.StoredUpload;

/**
 * A stored upload and the scenario made from it.
 *
 * @param scenario the new scenario
 * @param upload   the upload, with the import's problems
 */
public record UploadOutcome(ScenarioEntry scenario, StoredUpload upload) {
}
