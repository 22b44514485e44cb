package org.yieldplan.web.upload;

import java.util.List;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.web.Problem;

/**
 * Reads holdings from an uploaded file's bytes.
 */
public interface HoldingsImporter {

    /**
     * What was read.
     *
     * @param holdings the holdings read (may be empty)
     * @param problems what could not be read, with sheet, row and column where known
     */
    record Result(List<Holding> holdings, List<Problem> problems) {

        public Result {
            holdings = List.copyOf(holdings);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the file.
     *
     * @param filename the name the browser sent, for messages only
     * @param content  the bytes
     * @throws org.yieldplan.web.WebError 415 when the file is not a format this importer reads,
     *                                    422 when it is one but cannot be read
     */
    Result read(String filename, byte[] content);
}
