package org.yieldplan.simulation;

import java.util.List;
import java.util.Locale;
import org.yieldplan.market.AssumptionSet;

/**
 * The plan under the catalog's three assumption sets, side by side, on the same shocks (common random numbers): the
 * set the plan runs on is the plan's own simulation, the other two are run again on the first of its paths (fewer, for
 * speed; each outcome says how many).
 *
 * @param bear under the bear set
 * @param base under the base set
 * @param bull under the bull set
 */
public record AssumptionComparison(AssumptionOutcome bear, AssumptionOutcome base, AssumptionOutcome bull) {

    /** The outcome under the set of that name ({@link AssumptionSet#NAMES}). */
    public AssumptionOutcome of(String set) {
        return switch (set) {
            case "bear" -> bear;
            case "base" -> base;
            case "bull" -> bull;
            default -> throw new IllegalArgumentException("assumptions: no set named " + set);
        };
    }

    /**
     * How the rows were simulated, for the table's caption, e.g. "The base row is this plan's own simulation (10,000
     * paths); bear and bull are run again on the first 2,000 of its paths, on the same shocks".
     *
     * @param current the set the plan runs on
     */
    public String howRun(String current) {
        List<String> others = AssumptionSet.NAMES.stream().filter(n -> !n.equals(current)).toList();
        int own = of(current).paths();
        int again = of(others.get(0)).paths();
        return String.format(Locale.US, "The %s row is this plan's own simulation (%,d paths); %s and %s are run again "
                + "on %s, on the same shocks", current, own, others.get(0), others.get(1),
                again < own ? String.format(Locale.US, "the first %,d of its paths", again) : "the same paths");
    }
}
