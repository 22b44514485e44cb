package org.yieldplan.web.upload;

import java.util.List;
import org.yieldplan.holdings.PriceTable;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.web.Problem;

/**
 * Reads holdings from an uploaded file's bytes.
 */
public interface HoldingsImporter {

    /**
     * What was read.
     *
     * @param holdings    the holdings read (may be empty)
     * @param problems    what could not be read, with sheet, row and column where known
     * @param assumptions figures assumed for assets the catalog does not model (their category's defaults),
     *                    applied to the scenario made from the upload
     * @param recognised  what the file was read as, for the page ("Coinbase transaction report, 1,234 rows →
     *                    6 holdings, 41 lots"), or null
     */
    record Result(List<Holding> holdings, List<Problem> problems, List<AssumptionOverride> assumptions,
            String recognised) {

        public Result {
            holdings = List.copyOf(holdings);
            problems = List.copyOf(problems);
            assumptions = List.copyOf(assumptions);
        }

        public Result(List<Holding> holdings, List<Problem> problems) {
            this(holdings, problems, List.of(), null);
        }
    }

    /**
     * Reads the file.
     *
     * @param filename the name the browser sent, for messages only
     * @param content  the bytes
     * @param prices   the person's own prices for rows with a quantity and no price, or null for the bundled table
     * @throws org.yieldplan.web.WebError 415 when the file is not a format this importer reads,
     *                                    422 when it is one but cannot be read
     */
    Result read(String filename, byte[] content, PriceTable prices);

    /** Reads the file, pricing quantities from the bundled price table. */
    default Result read(String filename, byte[] content) {
        return read(filename, content, null);
    }
}
