package org.yieldplan.web.store;

import java.time.Instant;
import java.util.List;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.web.Problem;

/**
 * An uploaded holdings file, as read. The bytes are kept in the store under {@link #id}, a
 * generated name; the original file name is only shown, never used as a path.
 *
 * @param id               generated id
 * @param originalFilename the name the browser sent (display only)
 * @param sha256           SHA-256 of the bytes, lower-case hex
 * @param sizeBytes        size of the file in bytes
 * @param holdings         the holdings read from it
 * @param problems         what the import could not read, or warned about
 * @param uploaded         when it was uploaded (UTC)
 */
public record StoredUpload(String id, String originalFilename, String sha256, long sizeBytes, List<Holding> holdings,
                           List<Problem> problems, Instant uploaded) {

    public StoredUpload {
        holdings = List.copyOf(holdings);
        problems = List.copyOf(problems);
    }
}
