package org.yieldplan.sustainability;

import java.util.List;
import java.util.Optional;

/**
 * APY above a limit (default 100 %): critical. Such a yield is treated as unsustainable and
 * counts as zero in the sustainable yield (DOMAIN.md: anything above 100 % is unsustainable).
 *
 * @param limit the highest APY taken as possibly sustainable, a fraction a year; fires when APY &gt; limit
 */
public record ApyAboveLimit(double limit) implements HoldingRule {

    /** The rule's identifier. */
    public static final String ID = "apy-above-limit";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Flag> check(PositionFacts p, Comparables comparables) {
        if (!(p.apy() > limit)) {
            return Optional.empty();
        }
        return Optional.of(new Flag(ID, Severity.CRITICAL, p.subject(),
                "APY of " + Evidence.format(p.apy(), Evidence.Unit.RATE) + " is above "
                        + Evidence.format(limit, Evidence.Unit.RATE)
                        + ": no fee or interest income pays that for long; it is left out of the sustainable yield.",
                List.of(Evidence.rate("APY", p.apy()), Evidence.rate("limit", limit))));
    }

    /** Left out entirely: 0. */
    @Override
    public double sustainableApy(PositionFacts p) {
        return 0;
    }
}
