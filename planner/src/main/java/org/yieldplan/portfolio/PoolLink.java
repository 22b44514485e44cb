package org.yieldplan.portfolio;

import java.time.LocalDate;

/**
 * The DeFiLlama pool a holding is in: its id (the sheet's pool-id column, or the pool the holding was matched
 * to), and, once matched against a pool list, that list's date and the pool's 30-day mean APY.
 *
 * @param id         DeFiLlama's pool id (a UUID such as {@code 747c1d2a-c668-4682-b9f9-296708a3dd90})
 * @param asOf       the date of the pool list the holding's yield was taken from, or null when not matched
 * @param apyMean30d the pool's 30-day mean APY on that date, a fraction a year, or null when not known
 */
public record PoolLink(String id, LocalDate asOf, Double apyMean30d) {

    public PoolLink {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("pool: needs DeFiLlama's pool id");
        }
        id = id.strip();
        if (apyMean30d != null && !(apyMean30d >= 0 && Double.isFinite(apyMean30d))) {
            throw new IllegalArgumentException("pool " + id + ": apyMean30d must be a finite number of zero or more, got "
                    + apyMean30d);
        }
    }

    /** A pool named by its id only (not matched to a pool list yet). */
    public static PoolLink of(String id) {
        return new PoolLink(id, null, null);
    }

    /** True when the holding's yield was taken from the pool on a date. */
    public boolean matched() {
        return asOf != null;
    }
}
