package org.yieldplan.pools;

import java.util.List;
import org.yieldplan.sustainability.Flag;

/**
 * One pool with what the screen found.
 *
 * @param pool           the pool as listed
 * @param flags          the sustainability flags on it (and the likely-drop flag), most severe first
 * @param sustainableApy the APY the screen counts as sustainable, a fraction a year
 * @param probDown       the APY-drop forecast's probability, 0-1, or null without a forecast
 */
public record ScreenedPool(Pool pool, List<Flag> flags, double sustainableApy, Double probDown) {

    public ScreenedPool {
        flags = List.copyOf(flags);
    }

    /** True when a flag of the rule is on the pool. */
    public boolean flagged(String rule) {
        return flags.stream().anyMatch(f -> f.rule().equals(rule));
    }
}
