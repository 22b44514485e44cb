package org.yieldplan.sustainability;

import java.util.List;
import java.util.Optional;
import org.yieldplan.income.YieldMath;
import org.yieldplan.portfolio.Bucket;

/**
 * Negative real yield: a staking APY below the token's supply inflation, so the reward is paid in
 * dilution; real yield (1 + APY)/(1 + inflation) − 1 (DOMAIN.md) is below zero. Fires when
 * APY &lt; inflation, for staking positions only.
 */
public record NegativeRealYield() implements HoldingRule {

    /** The rule's identifier. */
    public static final String ID = "negative-real-yield";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Flag> check(PositionFacts p, Comparables comparables) {
        if (p.bucket() != Bucket.STAKING || !(p.apy() < p.tokenInflation())) {
            return Optional.empty();
        }
        double real = YieldMath.realYield(p.apy(), p.tokenInflation());
        return Optional.of(new Flag(ID, Severity.WARNING, p.subject(),
                "Staking pays " + Evidence.format(p.apy(), Evidence.Unit.RATE) + " while the token's supply grows "
                        + Evidence.format(p.tokenInflation(), Evidence.Unit.RATE) + " a year: the real yield is "
                        + Evidence.format(real, Evidence.Unit.RATE) + ", you are paid in dilution.",
                List.of(Evidence.rate("APY", p.apy()), Evidence.rate("token inflation", p.tokenInflation()),
                        Evidence.rate("real yield", real))));
    }
}
