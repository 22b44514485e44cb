package org.yieldplan.sustainability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;

/**
 * Runs the sustainability rules: stateless; its rules (with their thresholds) are its collaborators.
 *
 * <p>Order: the holding rules run on each position (with the APY statistics of comparable
 * positions for the spike rule); each position's sustainable APY is the lowest that its fired
 * rules allow; then the portfolio rules run with the sustainable yield. Flags are sorted most
 * severe first, then by rule order, then in portfolio order.
 */
public final class SustainabilityScreen {

    private final List<Rule> rules;
    private final int minComparables;

    /** The screen with the given thresholds' rules. */
    public SustainabilityScreen(Thresholds thresholds) {
        this(thresholds.rules(), thresholds.minComparables());
    }

    /**
     * The screen with the given rules.
     *
     * @param rules          the rules, in the order their flags are listed
     * @param minComparables the fewest comparable positions for the spike rule's interquartile test
     */
    public SustainabilityScreen(List<Rule> rules, int minComparables) {
        this.rules = List.copyOf(rules);
        this.minComparables = minComparables;
    }

    /** Screens a scenario's positions under a catalog, with its withdrawal plan's outcome (or null). */
    public Screening screen(List<Position> positions, Catalog catalog, Double requiredYield, PlanFacts plan) {
        return screen(positions.stream().map(p -> PositionFacts.of(p, catalog)).toList(), requiredYield, plan);
    }

    /** Screens positions without a withdrawal plan. */
    public Screening screen(List<PositionFacts> positions, Double requiredYield) {
        return screen(positions, requiredYield, null);
    }

    /**
     * Screens positions.
     *
     * @param positions     each position's facts
     * @param requiredYield the plan's required yield, a fraction a year, or null without a goal
     * @param plan          the withdrawal plan's outcome, or null without a plan
     */
    public Screening screen(List<PositionFacts> positions, Double requiredYield, PlanFacts plan) {
        Comparables comparables = Comparables.of(positions, minComparables);
        List<Flag> flags = new ArrayList<>();
        List<YieldCut> cuts = new ArrayList<>();
        double[] sustainable = new double[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            PositionFacts p = positions.get(i);
            sustainable[i] = p.apy();
            List<String> cutBy = new ArrayList<>();
            for (Rule r : rules) {
                if (r instanceof HoldingRule h) {
                    Optional<Flag> f = h.check(p, comparables);
                    if (f.isPresent()) {
                        flags.add(f.get());
                        double s = h.sustainableApy(p);
                        if (s < p.apy()) {
                            cutBy.add(h.id());
                            sustainable[i] = Math.min(sustainable[i], s);
                        }
                    }
                }
            }
            if (!cutBy.isEmpty()) {
                cuts.add(new YieldCut(p.subject(), p.valueUsd(), p.apy(), sustainable[i], cutBy));
            }
        }
        SustainableYield yield = SustainableYield.of(positions, sustainable, cuts);
        PortfolioFacts portfolio = new PortfolioFacts(positions, requiredYield, yield, plan);
        for (Rule r : rules) {
            if (r instanceof PortfolioRule pr) {
                flags.addAll(pr.check(portfolio));
            }
        }
        return new Screening(sorted(flags), yield);
    }

    private List<Flag> sorted(List<Flag> flags) {
        List<String> order = rules.stream().map(Rule::id).toList();
        List<Flag> out = new ArrayList<>(flags);
        // stable sort: portfolio order kept within a rule
        out.sort(Comparator.comparing(Flag::severity).reversed()
                .thenComparing(f -> order.indexOf(f.rule())));
        return out;
    }
}
