package org.yieldplan.holdings;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yieldplan.holdings.HeaderMatcher.Header;
import org.yieldplan.holdings.ImportProblem.Severity;

/**
 * The scan of a whole file, sheet by sheet: the first visible sheet whose header is recognised
 * and that gives holdings wins; hidden sheets are noted and skipped. Builds the result, or the
 * refusal that says why no sheet gave a holding.
 */
final class HoldingsScan {

    private final BucketInference buckets;
    private final AssetLookup assets;
    private final PoolYields pools;
    private final ImportLimits limits;
    private final List<ImportProblem> notes = new ArrayList<>();
    private final List<SheetScan> sheets = new ArrayList<>();

    HoldingsScan(AssetLookup assets, ImportLimits limits, PoolYields pools) {
        this.buckets = new BucketInference(assets.catalog());
        this.assets = assets;
        this.limits = limits;
        this.pools = pools;
    }

    /** The scan for the next visible sheet. */
    SheetScan sheet(String name) {
        SheetScan s = new SheetScan(name, buckets, assets, limits, pools);
        sheets.add(s);
        return s;
    }

    /** Notes a hidden sheet, which is not read. */
    void hidden(String name) {
        notes.add(new ImportProblem(name, 0, null, null, "a hidden sheet; it was not read (unhide it to import it)",
                Severity.INFO));
    }

    /** True once a sheet gave holdings: the other sheets need not be read. */
    boolean done() {
        return sheets.stream().anyMatch(s -> !s.holdings().isEmpty() || s.history().isPresent());
    }

    /** True when a sheet's columns held formulas with no saved result (the file needs evaluating). */
    boolean sawUncalculatedFormulas() {
        return sheets.stream().anyMatch(SheetScan::sawUncalculatedFormulas);
    }

    /**
     * The holdings and problems of the sheet that gave holdings.
     *
     * @throws ImportRefused saying why, when no sheet gave one
     */
    HoldingsImport result(String format) {
        for (SheetScan s : sheets) {
            if (!s.holdings().isEmpty()) {
                List<ImportProblem> all = new ArrayList<>(notes);
                all.addAll(s.problems());
                return new HoldingsImport(s.holdings(), all, format, s.name(), HoldingsImport.HOLDINGS_SHEET,
                        s.holdings().size(), List.of(), assets.assumptions(s.holdings()));
            }
        }
        for (SheetScan s : sheets) {
            if (s.history().isPresent()) {
                HoldingsImport h = s.history().get().result(format);
                List<ImportProblem> all = new ArrayList<>(notes);
                all.addAll(h.problems());
                return new HoldingsImport(h.holdings(), all, format, h.sheet(), h.kind(), h.rows(), h.lots(),
                        h.assumptions());
            }
        }
        String hidden = notes.stream().map(ImportProblem::sheet).collect(Collectors.joining(", "));
        throw new ImportRefused(reason() + (hidden.isEmpty() ? "" : " (hidden sheets were not read: " + hidden
                + "; unhide the sheet with your holdings)"));
    }

    private String reason() {
        if (sheets.isEmpty()) {
            return "the workbook has no visible sheet; unhide the sheet with your holdings";
        }
        for (SheetScan s : sheets) {
            if (s.header().isPresent()) {
                String why = s.problems().stream().filter(p -> p.severity() == Severity.ERROR).limit(3)
                        .map(ImportProblem::toString).collect(Collectors.joining("; "));
                return "sheet '" + s.name() + "' has a holdings header (row " + s.header().get().row()
                        + ") but no row could be read" + (why.isEmpty() ? "; add rows below the header" : ": " + why);
            }
        }
        for (SheetScan s : sheets) {
            if (s.notRead() != null) {
                return "sheet '" + s.name() + "' is " + s.notRead() + " (header on row " + s.transactionHeaderRow()
                        + "), a layout yieldplan does not read yet; it reads " + HistoryLayouts.readList()
                        + "; or export your current balances (one row per asset)";
            }
        }
        for (SheetScan s : sheets) {
            if (s.transactionHeaderRow() > 0) {
                return "sheet '" + s.name() + "' is a transaction history (row " + s.transactionHeaderRow()
                        + " has date and transaction-type columns) in a layout yieldplan does not know; it reads "
                        + HistoryLayouts.readList() + "; or export your current balances (one row per asset) or fill "
                        + "in the holdings template (yieldplan holdings-template)";
            }
        }
        for (SheetScan s : sheets) {
            if (s.partialHeader().isPresent()) {
                Header h = s.partialHeader().get();
                return "sheet '" + s.name() + "' row " + h.row() + " names the asset but no value; add a Value (USD) "
                        + "column, or a Quantity column (priced from the price table or --prices FILE)";
            }
        }
        return "no holdings table found: no visible sheet has a header row, in its first " + SheetScan.HEADER_SCAN_ROWS
                + " rows, naming the asset (Asset, Coin, Token, Symbol...) and the value (Value, Market Value...) or "
                + "quantity and price; start from the holdings template (yieldplan holdings-template)";
    }
}
