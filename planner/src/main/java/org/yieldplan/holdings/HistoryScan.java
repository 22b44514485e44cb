package org.yieldplan.holdings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yieldplan.holdings.ImportProblem.Severity;
import org.yieldplan.portfolio.Holding;

/**
 * Reads the rows of a recognised transaction history and turns them into holdings with FIFO
 * lots: one holding per asset still held (quantity = the lots' sum, cost basis = theirs when all
 * are known, acquired = the oldest lot), valued at the price table's price, else the last USD
 * price the history shows for it.
 */
final class HistoryScan {

    private final HistoryLayout layout;
    private final HistoryRow.Columns columns;
    private final String sheet;
    private final AssetLookup assets;
    private final BucketInference buckets;
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final java.util.Set<String> namesNoted = new java.util.HashSet<>();
    private int rows;

    HistoryScan(HistoryLayout layout, HistoryRow.Columns columns, String sheet, AssetLookup assets, BucketInference buckets) {
        this.layout = layout;
        this.columns = columns;
        this.sheet = sheet;
        this.assets = assets;
        this.buckets = buckets;
    }

    /** Takes one data row (the file's line, or the sheet's row as Excel shows it). */
    void row(int line, List<RawCell> cells) {
        rows++;
        try {
            for (Transaction t : layout.read(new HistoryRow(line, columns, cells))) {
                AssetLookup.Named named = assets.name(t.asset());
                String symbol = assets.directory().bySymbol(named.symbol()).map(AssetDirectory.Entry::symbol)
                        .orElse(named.symbol());                           // STETH → stETH, as usually written
                if (named.note() != null && namesNoted.add(t.asset())) {          // said once, on its first line
                    problems.add(new ImportProblem(sheet, line, null, "asset", named.note(), Severity.INFO));
                }
                transactions.add(new Transaction(t.line(), t.date(), t.kind(), symbol, t.quantity(), t.valueUsd()));
            }
        } catch (HistoryLayout.Skipped e) {
            problems.add(new ImportProblem(sheet, line, null, null, e.getMessage() + "; the row was skipped", Severity.INFO));
        } catch (CellReading.Unreadable | RuntimeException e) {
            problems.add(new ImportProblem(sheet, line, null, null, e.getMessage() + "; the row was not used", Severity.ERROR));
        }
    }

    /**
     * The holdings and lots.
     *
     * @throws ImportRefused when no transaction could be used, or nothing is held at the end
     */
    HoldingsImport result(String format) {
        if (transactions.isEmpty()) {
            throw new ImportRefused("a " + layout.kind() + " with no usable transaction" + firstError());
        }
        LotBook book = LotBook.of(transactions, sheet, problems);
        List<Holding> holdings = new ArrayList<>();
        List<Lot> lots = new ArrayList<>();
        for (Map.Entry<String, List<Lot>> e : book.held().entrySet()) {
            String asset = e.getKey();
            if (HistoryLayout.FIAT.contains(asset)) {
                continue;
            }
            Optional<Double> price = price(asset);
            if (price.isEmpty()) {
                problems.add(new ImportProblem(sheet, 0, null, "priceUsd", asset + " is held but has no price (not in "
                        + assets.prices().name() + ", no USD price in the history); it was left out, give its price with "
                        + "--prices FILE or an uploaded price file", Severity.ERROR));
                continue;
            }
            holdings.add(holding(asset, e.getValue(), price.get()));
            lots.addAll(e.getValue());
            assets.unknown(asset).ifPresent(w -> problems.add(new ImportProblem(sheet, 0, null, "asset", w, Severity.WARNING)));
        }
        if (holdings.isEmpty()) {
            throw new ImportRefused("a " + layout.kind() + " (" + rows + " rows) after which nothing is held (every "
                    + "unit acquired was sold, sent or paid as fees" + (book.held().isEmpty() ? ")" : ", or has no price)")
                    + firstError() + "; upload the history of the account that still holds the assets");
        }
        return new HoldingsImport(holdings, problems, format, sheet, layout.kind(), rows, lots,
                assets.assumptions(holdings));
    }

    private String firstError() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).findFirst()
                .map(p -> "; e.g. " + p).orElse("");
    }

    private Holding holding(String asset, List<Lot> held, double price) {
        double q = held.stream().mapToDouble(Lot::quantity).sum();
        boolean known = held.stream().allMatch(l -> l.costBasisUsd() != null);
        Double basis = known ? held.stream().mapToDouble(Lot::costBasisUsd).sum() : null;
        LocalDate acquired = held.stream().map(Lot::acquired).min(Comparator.naturalOrder()).orElse(null);
        return new Holding(asset, q, price, q * price, buckets.infer(asset, null, false), true, null, null, null, null,
                null, basis, acquired);
    }

    /** The price table's price (an INFO, and a WARNING when old), else the history's last USD price (an INFO). */
    private Optional<Double> price(String asset) {
        Optional<AssetLookup.Priced> p = assets.price(asset);
        if (p.isPresent()) {
            problems.add(new ImportProblem(sheet, 0, null, "priceUsd", asset + " " + p.get().note(), Severity.INFO));
            if (p.get().warning() != null) {
                problems.add(new ImportProblem(sheet, 0, null, "priceUsd", p.get().warning(), Severity.WARNING));
            }
            return Optional.of(p.get().priceUsd());
        }
        return transactions.stream()
                .filter(t -> t.asset().equals(asset) && t.kind() == Transaction.Kind.BUY && t.valueUsd() != null)
                .max(Comparator.comparing(Transaction::date))
                .map(t -> {
                    double unit = t.valueUsd() / t.quantity();
                    problems.add(new ImportProblem(sheet, t.line(), null, "priceUsd", String.format(java.util.Locale.ROOT,
                            "%s valued at %,.2f USD a unit, its last purchase price in the history (%s, fees included); "
                            + "give a current price with --prices FILE", asset, unit, t.date()), Severity.WARNING));
                    return unit;
                });
    }

    int rows() {
        return rows;
    }

    String kind() {
        return layout.kind();
    }
}
