package org.yieldplan.pools;

import java.time.LocalDate;

/**
 * One day of a pool's history (DeFiLlama's chart endpoint: one point a day, stamped at the time it
 * was taken). APYs are fractions a year.
 *
 * @param date      the UTC date of the point
 * @param tvlUsd    total value locked, USD
 * @param apy       total APY, a fraction a year
 * @param apyReward the part paid in incentive tokens, a fraction a year (0 when not given)
 */
public record PoolPoint(LocalDate date, double tvlUsd, double apy, double apyReward) {

    public PoolPoint {
        if (date == null) {
            throw new IllegalArgumentException("point: needs a date");
        }
    }
}
