package org.yieldplan.rebalance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yieldplan.portfolio.Holding;

/**
 * Tax-aware sales: which lots (holdings of the key, each with its cost basis and acquisition date)
 * a sale takes, the gain it realises, and whether it sells a lot that is about to turn long-term.
 *
 * <p>Order: lots at a loss first (largest loss per dollar first: harvesting), then long-term gains,
 * then short-term gains, each gain group smallest gain per dollar first; lots with no cost basis
 * or date last. Selling s USD of a lot worth V with basis B realises s × (1 − B / V) USD. A lot is
 * long-term when held at least {@code holdingPeriodDays} on {@code asOf}; a short-term lot with a
 * gain that turns long-term within {@code warningDays} sets {@link Trade#nearLongTerm()}.
 *
 * @param asOf              the sale date
 * @param holdingPeriodDays days held before a gain is long-term (365 in the US); ≥ 0
 * @param warningDays       flag sales this close to turning long-term (default 30); ≥ 0
 */
public record TaxLots(LocalDate asOf, int holdingPeriodDays, int warningDays) {

    public TaxLots {
        if (asOf == null) {
            throw new IllegalArgumentException("as-of: tax-aware sales need a date");
        }
        if (holdingPeriodDays < 0 || warningDays < 0) {
            throw new IllegalArgumentException("holding-period: days must be 0 or more, got " + holdingPeriodDays
                    + " and " + warningDays);
        }
    }

    /** US-style defaults: long-term after 365 days, warn within 30 days of it. */
    public static TaxLots of(LocalDate asOf) {
        return new TaxLots(asOf, 365, 30);
    }

    /** The lots in the order they are sold. */
    public List<Holding> saleOrder(List<Holding> lots) {
        List<Holding> out = new ArrayList<>(lots);
        out.sort(Comparator.comparingInt(this::group).thenComparingDouble(TaxLots::gainPerDollar));
        return out;
    }

    /** The sale with its realised gain, near-long-term flag and lots taken from; lots without a basis add no gain. */
    public Trade annotate(Trade sale, List<Holding> lots) {
        double left = sale.amount();
        double gain = 0;
        boolean known = false;
        boolean near = false;
        int taken = 0;
        for (Holding lot : saleOrder(lots)) {
            if (left <= 0) {
                break;
            }
            double sold = Math.min(left, lot.valueUsd());
            left -= sold;
            taken += sold > 0 ? 1 : 0;
            if (group(lot) < 3 && sold > 0) {
                known = true;
                gain += sold * gainPerDollar(lot);   // s × (1 − B / V)
                near |= group(lot) == 2 && daysToLongTerm(lot) <= warningDays;
            }
        }
        return new Trade(sale.key(), sale.side(), sale.amount(), sale.cost(), known ? gain : null, known ? near : null,
                taken);
    }

    /** 0 loss, 1 long-term gain, 2 short-term gain, 3 unknown basis or date. */
    private int group(Holding h) {
        if (h.costBasisUsd() == null || h.acquired() == null || !(h.valueUsd() > 0)) {
            return 3;
        }
        if (gainPerDollar(h) < 0) {
            return 0;
        }
        return daysToLongTerm(h) <= 0 ? 1 : 2;
    }

    private long daysToLongTerm(Holding h) {
        return java.time.temporal.ChronoUnit.DAYS.between(asOf, h.acquired().plusDays(holdingPeriodDays));
    }

    private static double gainPerDollar(Holding h) {
        return h.costBasisUsd() == null || !(h.valueUsd() > 0) ? 0 : 1 - h.costBasisUsd() / h.valueUsd();
    }
}
