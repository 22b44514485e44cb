package org.yieldplan.sustainability;

import java.util.List;

/**
 * The blended yield beside the sustainable blended yield: each flagged-unsustainable position's
 * APY cut by the rules that fired (above the limit: 0; emission-funded: base APY only; outside the
 * normal range or a spike: the catalog's base for its asset and bucket; the lowest cut wins, and a
 * cut never raises an APY). The field names are the JSON names, at the top level of a scenario result.
 *
 * @param sustainableApy           Σ vᵢ·sustainable APYᵢ / Σ vᵢ, base case, a fraction a year
 * @param blendedApyBase           Σ vᵢ·APYᵢ / Σ vᵢ, base case (the income's blended APY), a fraction a year
 * @param unsustainableApy         blended − sustainable: the part of the yield that will not last
 * @param sustainableAnnualIncome  portfolio value × sustainable APY, USD a year
 * @param sustainableMonthlyIncome that / 12, USD a month
 * @param sustainableCuts          the positions cut, in portfolio order
 */
public record SustainableYield(
        double sustainableApy,
        double blendedApyBase,
        double unsustainableApy,
        double sustainableAnnualIncome,
        double sustainableMonthlyIncome,
        List<YieldCut> sustainableCuts) {

    public SustainableYield {
        sustainableCuts = List.copyOf(sustainableCuts);
    }

    /**
     * The figures from each position's APY and its sustainable APY.
     *
     * @param positions   the positions
     * @param sustainable each position's sustainable APY, same order
     * @param cuts        the positions cut
     */
    static SustainableYield of(List<PositionFacts> positions, double[] sustainable, List<YieldCut> cuts) {
        double total = 0;
        double blended = 0;
        double kept = 0;
        for (int i = 0; i < positions.size(); i++) {
            PositionFacts p = positions.get(i);
            total += p.valueUsd();
            blended += p.valueUsd() * p.apy();
            kept += p.valueUsd() * sustainable[i];
        }
        if (!(total > 0)) {
            return new SustainableYield(0, 0, 0, 0, 0, cuts);
        }
        double sApy = kept / total;
        double bApy = blended / total;
        return new SustainableYield(sApy, bApy, bApy - sApy, kept, kept / 12, cuts);
    }
}
