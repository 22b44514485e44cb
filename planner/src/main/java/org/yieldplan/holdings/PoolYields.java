package org.yieldplan.holdings;

import org.yieldplan.holdings.ImportProblem.Severity;
import org.yieldplan.portfolio.Holding;

/**
 * Live yields for the rows of a holdings sheet: the pool a holding is in and what it then earns
 * (implemented over a DeFiLlama pool list by {@code pools.HoldingPools}). The reader asks once per
 * holding read and reports the answer's note as a problem on the holding's row.
 */
@FunctionalInterface
public interface PoolYields {

    /** No pool list: every holding as read. */
    PoolYields NONE = h -> null;

    /**
     * The holding as its pool makes it, or null when no pool concerns it.
     *
     * @param h a holding as read from its row
     */
    Answer of(Holding h);

    /**
     * What a pool list says about a holding.
     *
     * @param holding  the holding to keep (with the pool's yield, or as read)
     * @param severity how the note is reported: INFO when the pool's figures are used or only mentioned, WARNING when
     *                 a pool id the row gives is not in the list
     * @param note     the message, naming the pool, its date and its figures
     */
    record Answer(Holding holding, Severity severity, String note) {
    }
}
