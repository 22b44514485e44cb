package org.yieldplan.web.upload;

import java.util.List;
import java.util.Locale;
import org.yieldplan.json.DefiLlamaFiles;
import org.yieldplan.market.Catalog;
import org.yieldplan.pools.HoldingPools;
import org.yieldplan.web.Problem;
import org.yieldplan.web.WebError;
import org.yieldplan.holdings.HoldingsImport;
import org.yieldplan.holdings.HoldingsReader;
import org.yieldplan.holdings.ImportProblem;
import org.yieldplan.holdings.ImportRefused;
import org.yieldplan.holdings.PriceTable;

/**
 * Holdings from a spreadsheet (.xlsx, .xls, .csv; the format comes from the bytes) through the
 * planner's {@link HoldingsReader}, each holding's yield from its DeFiLlama pool when it has one
 * ({@link HoldingPools}). A refused file is a 415 when it is not a spreadsheet it reads, else a 422 with the
 * reader's reason.
 */
public final class WorkbookHoldingsImporter implements HoldingsImporter {

    private final HoldingsReader reader;

    /** A reader taking holdings' yields from their pools in the bundled pool list (read at the first row naming one). */
    public WorkbookHoldingsImporter(Catalog catalog) {
        this.reader = new HoldingsReader(catalog).withPools(HoldingPools.yields(DefiLlamaFiles::bundledPoolList, catalog));
    }

    @Override
    public Result read(String filename, byte[] content, PriceTable prices) {
        try {
            HoldingsImport read = (prices == null ? reader : reader.withPrices(prices)).read(content, filename);
            // from a history, one holding per lot (cost basis, date acquired): tax-aware rebalancing chooses among them
            return new Result(read.portfolio().holdings(), read.problems().stream().map(WorkbookHoldingsImporter::problem).toList(),
                    read.assumptions(), recognised(read));
        } catch (ImportRefused e) {
            String m = e.getMessage() == null ? "the file could not be read" : e.getMessage();
            throw new WebError(notASpreadsheet(m) ? 415 : 422, m, List.of(Problem.of(m)));
        }
    }

    /** What the file was read as: "Coinbase transaction report, 1,234 rows → 6 holdings, 41 lots". */
    static String recognised(HoldingsImport r) {
        String kind = Character.toUpperCase(r.kind().charAt(0)) + r.kind().substring(1);
        return String.format(Locale.ROOT, "%s, %,d %s → %,d %s%s", kind, r.rows(), r.rows() == 1 ? "row" : "rows",
                r.holdings().size(), r.holdings().size() == 1 ? "holding" : "holdings",
                r.lots().isEmpty() ? "" : String.format(Locale.ROOT, ", %,d %s", r.lots().size(),
                        r.lots().size() == 1 ? "lot" : "lots"));
    }

    /** An import problem as the site shows it: sheet, row (none for the whole sheet), column, message. */
    static Problem problem(ImportProblem p) {
        String severity = p.severity() == null ? "" : p.severity().name().toLowerCase(Locale.ROOT) + ": ";
        return new Problem(p.field(), p.sheet(), p.row() > 0 ? p.row() : null, p.column(), severity + p.message());
    }

    /**
     * Whether a problem {@link #problem} made is a note on a row that was read (an info or a warning: how a name or
     * price was read, what was assumed), not a row that was left out.
     */
    public static boolean isNote(Problem p) {
        String m = p.message() == null ? "" : p.message();
        return m.startsWith(ImportProblem.Severity.INFO.name().toLowerCase(Locale.ROOT) + ": ")
                || m.startsWith(ImportProblem.Severity.WARNING.name().toLowerCase(Locale.ROOT) + ": ");
    }

    private static boolean notASpreadsheet(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("not a spreadsheet") || m.contains("opendocument") || m.contains("excel 95 or older")
                || m.contains("a web page") || m.contains("binary data");
    }
}
