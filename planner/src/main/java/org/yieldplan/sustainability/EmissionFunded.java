package org.yieldplan.sustainability;

import java.util.List;
import java.util.Optional;

/**
 * Emission-funded: the reward (incentive-token) part of the APY is more than a share (default
 * half) of the total, so the yield is paid by new tokens, not by fees or interest. The
 * sustainable yield keeps the base part only: APY − reward APY.
 *
 * @param maxRewardShare fires when reward APY / APY &gt; this, a fraction
 */
public record EmissionFunded(double maxRewardShare) implements HoldingRule {

    /** The rule's identifier. */
    public static final String ID = "emission-funded";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Flag> check(PositionFacts p, Comparables comparables) {
        if (!(p.apy() > 0)) {
            return Optional.empty();
        }
        double share = p.rewardApy() / p.apy();                 // reward APY / total APY
        if (!(share > maxRewardShare)) {
            return Optional.empty();
        }
        return Optional.of(new Flag(ID, Severity.WARNING, p.subject(),
                Evidence.format(share, Evidence.Unit.SHARE) + " of the " + Evidence.format(p.apy(), Evidence.Unit.RATE)
                        + " APY is paid in incentive tokens: it falls when the emissions end or the token's price drops;"
                        + " only the " + Evidence.format(p.baseApy(), Evidence.Unit.RATE) + " base APY counts as sustainable.",
                List.of(Evidence.rate("APY", p.apy()), Evidence.rate("reward APY", p.rewardApy()),
                        Evidence.rate("base APY", p.baseApy()), Evidence.share("reward share", share),
                        Evidence.share("limit", maxRewardShare))));
    }

    /** The base part only: APY − reward APY. */
    @Override
    public double sustainableApy(PositionFacts p) {
        return p.baseApy();
    }
}
