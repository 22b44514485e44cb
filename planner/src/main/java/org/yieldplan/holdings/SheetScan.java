package org.yieldplan.holdings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.regex.Pattern;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.holdings.HeaderMatcher.Column;
import org.yieldplan.holdings.HeaderMatcher.Header;
import org.yieldplan.holdings.ImportProblem.Severity;

/**
 * Reads one sheet's rows as they stream past: looks for the header row among the first
 * {@value #HEADER_SCAN_ROWS} non-blank rows, then turns each data row into a holding, skipping
 * blank rows and totals rows ("Total", "Subtotal", "Sum", or a row without an asset whose value
 * equals the sum of the rows above).
 */
final class SheetScan {

    /** Non-blank rows searched for the header. */
    static final int HEADER_SCAN_ROWS = 30;
    private static final Pattern TOTAL = Pattern.compile("(?i)\\s*(grand\\s+)?(sub)?-?totals?\\b.*|\\s*sum\\s*:?\\s*");

    private final String name;
    private final BucketInference buckets;
    private final AssetLookup assets;
    private final PoolYields pools;
    private final ImportLimits limits;
    private final List<Holding> holdings = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private Header header;
    private Header partial;
    private HoldingRowParser parser;
    private int[] readColumns;
    /** One past the last column the header reads, plus one: cells further right are not kept. */
    private int widest;
    private int scanned;
    private int dataRows;
    private double sumAll;
    private double sumSinceTotal;
    private boolean uncalculated;
    private int transactionsAt;
    private HistoryScan history;
    private String notRead;

    SheetScan(String name, BucketInference buckets, AssetLookup assets, ImportLimits limits, PoolYields pools) {
        this.pools = pools;
        this.name = name;
        this.buckets = buckets;
        this.assets = assets;
        this.limits = limits;
    }

    /**
     * Takes the next row.
     *
     * @param row   the row number as Excel shows it (1-based)
     * @param cells the cells from column A; null or blank where empty
     * @return false when the rest of the sheet is not needed (no header in the first rows)
     * @throws ImportRefused when the sheet has more data rows than the limit
     */
    boolean row(int row, List<RawCell> cells) {
        if (blank(cells)) {
            return true;
        }
        if (header == null && history == null) {
            return findHeader(row, cells);
        }
        if (++dataRows > limits.maxRows()) {
            throw new ImportRefused("sheet '" + name + "' has more than " + String.format("%,d", limits.maxRows())
                    + " rows; yieldplan reads at most " + String.format("%,d", limits.maxRows())
                    + " holdings from a file; split it or remove rows that are not holdings");
        }
        for (int i : readColumns == null ? new int[0] : readColumns) {
            if (i < cells.size() && cells.get(i) != null && cells.get(i).uncalculated()) {
                uncalculated = true;
            }
        }
        if (history != null) {
            history.row(row, cells);
        } else {
            dataRow(row, cells);
        }
        return true;
    }

    private boolean findHeader(int row, List<RawCell> cells) {
        HistoryRow.Columns columns = HistoryRow.Columns.of(cells);
        Optional<HistoryLayout> layout = HistoryLayouts.reading(columns);
        if (layout.isPresent()) {
            history = new HistoryScan(layout.get(), columns, name, assets, buckets);
            return true;
        }
        Optional<String> known = HistoryLayouts.notRead(columns);
        if (known.isPresent()) {
            notRead = known.get();
            transactionsAt = row;
            return false;
        }
        Optional<Header> h = HeaderMatcher.header(row, cells);
        if (h.isPresent() && h.get().has(HoldingField.ASSET) && HeaderMatcher.looksLikeTransactions(cells)) {
            transactionsAt = row;
            return false;
        }
        if (h.isPresent() && h.get().usable()) {
            header = h.get();
            parser = new HoldingRowParser(header, name, buckets, assets, pools);
            readColumns = header.columns().values().stream().mapToInt(Column::index).toArray();
            widest = IntStream.of(readColumns).max().orElse(0) + 2;
            for (String d : header.duplicates()) {
                problems.add(new ImportProblem(name, row, d, null, "a second column for the same field; it was ignored",
                        Severity.INFO));
            }
            for (Column c : header.columns().values()) {
                if (c.apr()) {
                    problems.add(new ImportProblem(name, row, c.label(), c.field().id(), "APR converted to APY assuming "
                            + "daily compounding: APY = (1 + APR/365)^365 − 1", Severity.INFO));
                }
            }
            return true;
        }
        if (h.isPresent() && h.get().has(HoldingField.ASSET) && (partial == null
                || h.get().columns().size() > partial.columns().size())) {
            partial = h.get();
        }
        return ++scanned < HEADER_SCAN_ROWS;
    }

    private void dataRow(int row, List<RawCell> cells) {
        String asset = parser.text(cells, HoldingField.ASSET);
        if (isTotalRow(cells) || asset.isEmpty() && equalsSumAbove(parser.impliedValue(cells))) {
            problems.add(new ImportProblem(name, row, null, null, "a totals row; it was skipped", Severity.INFO));
            sumSinceTotal = 0;
            return;
        }
        if (asset.isEmpty()) {
            if (header.columns().keySet().stream().anyMatch(f -> !parser.cell(cells, f).isBlank())) {
                problems.add(parser.problem(row, HoldingField.ASSET, Severity.ERROR,
                        "no asset; write the asset's symbol (e.g. ETH) or delete the row"));
            }
            return;
        }
        Holding h = parser.parse(row, cells, problems);
        if (h != null) {
            holdings.add(h);
            sumAll += h.valueUsd();
            sumSinceTotal += h.valueUsd();
        }
    }

    /** True when a cell up to the asset column reads "Total", "Subtotal", "Grand total" or "Sum". */
    private boolean isTotalRow(List<RawCell> cells) {
        int last = Math.min(cells.size() - 1, header.columns().get(HoldingField.ASSET).index());
        for (int i = 0; i <= last; i++) {
            RawCell c = cells.get(i);
            if (c != null && c.text() != null && c.text().length() < 40 && mentionsTotal(c.text())
                    && TOTAL.matcher(c.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds "total" or "sum" in any case: what {@link #TOTAL} needs, checked without a regex. */
    private static boolean mentionsTotal(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.regionMatches(true, i, "total", 0, 5) || s.regionMatches(true, i, "sum", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private boolean equalsSumAbove(Optional<Double> value) {
        if (value.isEmpty() || holdings.isEmpty()) {
            return false;
        }
        double v = value.get();
        return near(v, sumAll) || near(v, sumSinceTotal);
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= Math.max(0.01, 0.005 * Math.abs(b));
    }

    private static boolean blank(List<RawCell> cells) {
        for (RawCell c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Notes a formula that refers to another workbook: its saved result is read, but it is only as
     * current as the last time both files were open together.
     */
    void externalReference(int row, int column, String formula, String linkedFile) {
        String cell = HeaderMatcher.letters(column) + row;
        problems.add(new ImportProblem(name, row, HeaderMatcher.letters(column), null, "cell " + cell + " (=" + formula
                + ") refers to another workbook, " + linkedFile + "; the value saved in this file was used, which is "
                + "only as current as the last time both were open: open both and save, or paste the values",
                Severity.WARNING));
    }

    /** The last column the scan needs: every column until the header is known, then the header's. */
    int widestColumn() {
        return header == null || history != null ? Integer.MAX_VALUE : widest;
    }

    String name() {
        return name;
    }

    Optional<Header> header() {
        return Optional.ofNullable(header);
    }

    /** The best header-like row that lacked the columns a holding needs. */
    Optional<Header> partialHeader() {
        return Optional.ofNullable(partial);
    }

    List<Holding> holdings() {
        return holdings;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** The header row of a transaction history (dates and trade types), or 0 when none was seen. */
    int transactionHeaderRow() {
        return transactionsAt;
    }

    /** The transaction history this sheet is, once its header was recognised. */
    Optional<HistoryScan> history() {
        return Optional.ofNullable(history);
    }

    /** What the sheet is when it is a history layout yieldplan does not read (e.g. a Bybit asset history), or null. */
    String notRead() {
        return notRead;
    }

    /** True when a column the import reads held formulas with no saved result. */
    boolean sawUncalculatedFormulas() {
        return uncalculated;
    }
}
