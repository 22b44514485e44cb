package org.yieldplan.holdings;

import java.time.LocalDate;

/**
 * Part of a holding bought (or received) at one time: what tax-aware selling chooses among.
 *
 * @param asset        the ticker
 * @param quantity     units still held from this acquisition, &gt; 0
 * @param costBasisUsd what those units cost in USD, fees included (pro rata after partial sales); null when the
 *                     history does not say (bought with another crypto asset, or moved in from elsewhere)
 * @param acquired     the day they were acquired
 */
public record Lot(String asset, double quantity, Double costBasisUsd, LocalDate acquired) {

    /** The part of this lot left after taking {@code taken} units, basis pro rata: B × (q − t) / q. */
    Lot less(double taken) {
        double left = quantity - taken;
        return new Lot(asset, left, costBasisUsd == null ? null : costBasisUsd * left / quantity, acquired);
    }
}
