package org.yieldplan.sustainability;

import java.util.List;

/**
 * The screen's outcome.
 *
 * @param flags       every flag, most severe first, then in rule order, then in portfolio order
 * @param sustainable the blended and sustainable yields
 */
public record Screening(List<Flag> flags, SustainableYield sustainable) {

    public Screening {
        flags = List.copyOf(flags);
    }
}
