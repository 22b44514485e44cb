package org.yieldplan.sustainability;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yieldplan.portfolio.Bucket;

/**
 * Stacked yield: a liquid-staking receipt (stETH, mSOL...) lent, pooled or farmed again, so two
 * protocols' risks are stacked (the staking protocol's and this one's). Fires for a position whose
 * asset or a leg of it is a receipt listed in the catalog, held in lending, liquidity or farming.
 */
public record StackedYield() implements HoldingRule {

    /** The rule's identifier. */
    public static final String ID = "stacked-yield";

    private static final Set<Bucket> SECOND_LAYER = Set.of(Bucket.LENDING, Bucket.LIQUIDITY, Bucket.FARMING);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Flag> check(PositionFacts p, Comparables comparables) {
        if (p.receiptLeg() == null || !SECOND_LAYER.contains(p.bucket())) {
            return Optional.empty();
        }
        return Optional.of(new Flag(ID, Severity.WARNING, p.subject(),
                p.receiptLeg() + " is a liquid-staking receipt, here used again in " + p.bucket().label().toLowerCase()
                        + ": two layers of protocol risk (the staking protocol's and "
                        + (p.protocol() == null ? "this one's" : p.protocol() + "'s") + ") on "
                        + Evidence.format(p.valueUsd(), Evidence.Unit.USD) + ".",
                List.of(Evidence.usd("value", p.valueUsd()), Evidence.rate("APY", p.apy()))));
    }
}
