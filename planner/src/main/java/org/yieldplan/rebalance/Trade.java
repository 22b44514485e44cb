package org.yieldplan.rebalance;

/**
 * One trade of the list.
 *
 * @param key           bucket id or asset symbol
 * @param side          buy or sell
 * @param amount        USD traded, &gt; 0
 * @param cost          estimated cost, USD: fee + slippage (see {@link CostModel})
 * @param realisedGain  for a tax-aware sale: proceeds − cost basis of the lots sold, USD; else null
 * @param nearLongTerm  for a tax-aware sale: true when a short-term lot sold turns long-term within
 *                      the warning window (default 30 days): waiting would change its tax treatment
 * @param lotsSold      for a tax-aware sale: how many lots it takes from (in {@link TaxLots}' order); else null
 */
public record Trade(String key, Side side, double amount, double cost, Double realisedGain, Boolean nearLongTerm,
                    Integer lotsSold) {

    public Trade {
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("trade: " + key + " amount must be above 0, got " + amount);
        }
    }

    /** A trade that is not tax-aware. */
    public Trade(String key, Side side, double amount, double cost) {
        this(key, side, amount, cost, null, null, null);
    }

    /** Signed amount: + for a buy, − for a sale, USD. */
    public double signed() {
        return side == Side.BUY ? amount : -amount;
    }
}
