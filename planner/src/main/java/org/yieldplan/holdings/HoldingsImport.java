package org.yieldplan.holdings;

import java.util.List;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.Portfolio;

/**
 * What an import read: the holdings and the problems.
 *
 * @param holdings the rows that could be read, in file order; at least one (for a history: one per asset held)
 * @param problems everything not read or read with an assumption, in file order
 * @param format   the detected format: {@code xlsx}, {@code xls} or {@code csv}
 * @param sheet    the sheet the holdings came from (the file name for .csv)
 * @param kind     what the file was recognised as: {@link #HOLDINGS_SHEET} or a history, e.g.
 *                 {@code Coinbase transaction report}
 * @param rows     the data rows read
 * @param lots     for a history, the FIFO lots still held (oldest first per asset); empty for a holdings sheet
 * @param assumptions the figures assumed for assets the catalog does not model, from their category (one asset
 *                 override each, see {@code CategoryDefaults}); a scenario over these holdings applies them
 */
public record HoldingsImport(List<Holding> holdings, List<ImportProblem> problems, String format, String sheet,
        String kind, int rows, List<Lot> lots, List<AssumptionOverride> assumptions) {

    /** The kind of a file with one row per holding. */
    public static final String HOLDINGS_SHEET = "holdings sheet";

    public HoldingsImport {
        holdings = List.copyOf(holdings);
        problems = List.copyOf(problems);
        lots = List.copyOf(lots);
        assumptions = List.copyOf(assumptions);
    }

    /** A holdings sheet's import. */
    public HoldingsImport(List<Holding> holdings, List<ImportProblem> problems, String format, String sheet) {
        this(holdings, problems, format, sheet, HOLDINGS_SHEET, holdings.size(), List.of(), List.of());
    }

    /**
     * The holdings as a portfolio. From a history, one holding per lot (each with its cost basis
     * and date), so tax-aware rebalancing ({@code rebalance.TaxLots}) chooses among the lots.
     */
    public Portfolio portfolio() {
        return new Portfolio(lots.isEmpty() ? holdings : lotHoldings());
    }

    /** The lots of an asset. */
    public List<Lot> lots(String asset) {
        return lots.stream().filter(l -> l.asset().equals(asset)).toList();
    }

    /** One holding per lot, valued at its asset's holding price. */
    private List<Holding> lotHoldings() {
        List<Holding> out = new java.util.ArrayList<>();
        for (Holding h : holdings) {
            for (Lot l : lots(h.asset())) {
                double price = h.priceUsd() == null ? 0 : h.priceUsd();
                out.add(new Holding(h.asset(), l.quantity(), h.priceUsd(), l.quantity() * price, h.bucket(),
                        h.bucketInferred(), h.protocol(), h.chain(), h.apyBase(), h.apyReward(), h.lockupDays(),
                        l.costBasisUsd(), l.acquired(), h.pool()));
            }
        }
        return out;
    }

    /** The problems of one severity. */
    public List<ImportProblem> problems(ImportProblem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }
}
