package org.yieldplan.sustainability;

import java.util.List;
import java.util.Optional;

/**
 * LP fees below impermanent loss: a pair position whose fee APY (APY − reward APY) is below its
 * expected annual impermanent loss at the pair's volatility ({@link ExpectedImpermanentLoss}; a
 * concentrated range [P/n, nP] multiplies the loss by 1/(1 − 1/√n)). Fires when expected loss &gt; fee APY.
 */
public record FeesBelowImpermanentLoss() implements HoldingRule {

    /** The rule's identifier. */
    public static final String ID = "fees-below-impermanent-loss";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Flag> check(PositionFacts p, Comparables comparables) {
        if (!p.pair()) {
            return Optional.empty();
        }
        double loss = ExpectedImpermanentLoss.of(p);
        double fees = p.baseApy();
        if (!(loss > fees)) {
            return Optional.empty();
        }
        String range = p.rangeFactor() == null ? "full range"
                : "range [P/" + p.rangeFactor() + ", " + p.rangeFactor() + "P]";
        return Optional.of(new Flag(ID, Severity.WARNING, p.subject(),
                "Fees of " + Evidence.format(fees, Evidence.Unit.RATE) + " a year do not cover the expected impermanent loss of "
                        + Evidence.format(loss, Evidence.Unit.RATE) + " a year at the pair's "
                        + Evidence.format(p.pairVolatility(), Evidence.Unit.RATE) + " volatility (" + range + ").",
                List.of(Evidence.rate("fee APY", fees), Evidence.rate("expected IL", loss),
                        Evidence.rate("pair volatility", p.pairVolatility()))));
    }
}
