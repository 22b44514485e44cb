package org.yieldplan.web.store;

import java.time.Instant;
import java.util.List;
import org.yieldplan.web.Problem;

/**
 * What a scenario's page says about the upload it came from, read without its holdings (a 100,000-row
 * upload's holdings are 15 MB of JSON; the page needs only their number).
 *
 * @param originalFilename the name the browser sent (display only)
 * @param sha256           SHA-256 of the bytes, lower-case hex
 * @param sizeBytes        size of the file in bytes
 * @param holdings         how many holdings were read from it
 * @param problems         what the import could not read, or warned about
 * @param uploaded         when it was uploaded (UTC)
 */
public record UploadFacts(String originalFilename, String sha256, long sizeBytes, int holdings, List<Problem> problems,
                          Instant uploaded) {

    public UploadFacts {
        problems = List.copyOf(problems);
    }
}
