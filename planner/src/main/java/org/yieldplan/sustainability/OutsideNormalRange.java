package org.yieldplan.sustainability;

import java.util.List;
import java.util.Optional;

/**
 * Outside the normal range: APY above the catalog's high for the asset and bucket (times a
 * multiple, default 1), e.g. stablecoin lending at 25 % against 2-8 %. Says how far above, as a
 * multiple of the high. The sustainable yield is cut to the catalog's base. A range whose high is
 * zero (growth, cash) gives no multiple and is not screened.
 *
 * @param multiple fires when APY &gt; catalog high × this
 */
public record OutsideNormalRange(double multiple) implements HoldingRule {

    /** The rule's identifier. */
    public static final String ID = "outside-normal-range";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Flag> check(PositionFacts p, Comparables comparables) {
        double high = p.normalRange().high();
        if (!(high > 0) || !(p.apy() > high * multiple)) {
            return Optional.empty();
        }
        double times = p.apy() / high;                           // APY / catalog high
        return Optional.of(new Flag(ID, Severity.WARNING, p.subject(),
                "APY of " + Evidence.format(p.apy(), Evidence.Unit.RATE) + " is " + Evidence.format(times, Evidence.Unit.MULTIPLE)
                        + " the high end of the normal range " + Evidence.format(p.normalRange().low(), Evidence.Unit.RATE)
                        + " to " + Evidence.format(high, Evidence.Unit.RATE) + " (" + p.normalSource()
                        + "); the sustainable yield counts at most the range's base, "
                        + Evidence.format(p.normalRange().base(), Evidence.Unit.RATE) + ".",
                List.of(Evidence.rate("APY", p.apy()), Evidence.rate("normal high", high),
                        Evidence.rate("normal base", p.normalRange().base()), Evidence.multiple("times the high", times),
                        Evidence.multiple("limit", multiple))));
    }

    /** Cut to the catalog's base: min(APY, base). */
    @Override
    public double sustainableApy(PositionFacts p) {
        return Math.min(p.apy(), p.normalRange().base());
    }
}
