package org.yieldplan.sustainability;

import java.util.List;
import java.util.Optional;

/**
 * Spike: the current APY well above its usual level. When the position's 30-day mean APY is
 * known the test is APY &gt; k × mean (default k = 2); otherwise, when there are enough comparable
 * positions (same bucket, stable pair or not), APY &gt; their mean + f × their interquartile range
 * (default f = 1.5). Only the upper side is screened: a yield below its usual level does not
 * overstate income. The flag's evidence names the test used. The sustainable yield is cut to the
 * catalog's base for the asset and bucket.
 *
 * @param meanMultiple k, for the 30-day-mean test
 * @param iqrFactor    f, for the comparable-pools test
 */
public record ApySpike(double meanMultiple, double iqrFactor) implements HoldingRule {

    /** The rule's identifier. */
    public static final String ID = "apy-spike";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Flag> check(PositionFacts p, Comparables comparables) {
        Double mean30 = p.apyMean30d();
        if (mean30 != null && mean30 > 0) {
            double times = p.apy() / mean30;                    // APY / 30-day mean
            if (!(times > meanMultiple)) {
                return Optional.empty();
            }
            return Optional.of(new Flag(ID, Severity.WARNING, p.subject(),
                    "APY of " + Evidence.format(p.apy(), Evidence.Unit.RATE) + " is " + Evidence.format(times, Evidence.Unit.MULTIPLE)
                            + " its 30-day mean of " + Evidence.format(mean30, Evidence.Unit.RATE)
                            + " (test: against its own 30-day mean); a spike rarely lasts.",
                    List.of(Evidence.rate("APY", p.apy()), Evidence.rate("30-day mean", mean30),
                            Evidence.multiple("times the mean", times), Evidence.multiple("limit", meanMultiple))));
        }
        return comparables.of(p).flatMap(s -> {
            double fence = s.mean() + iqrFactor * s.iqr();      // mean + f × (q3 − q1)
            if (!(p.apy() > fence)) {
                return Optional.empty();
            }
            return Optional.of(new Flag(ID, Severity.WARNING, p.subject(),
                    "APY of " + Evidence.format(p.apy(), Evidence.Unit.RATE) + " is above the mean + "
                            + iqrFactor + " interquartile ranges of " + s.count() + " comparable pools, "
                            + Evidence.format(fence, Evidence.Unit.RATE)
                            + " (test: against comparable pools; no 30-day mean given); a spike rarely lasts.",
                    List.of(Evidence.rate("APY", p.apy()), Evidence.rate("comparables' mean", s.mean()),
                            Evidence.rate("comparables' IQR", s.iqr()), Evidence.rate("limit", fence))));
        });
    }

    /** Cut to the catalog's base: min(APY, base). */
    @Override
    public double sustainableApy(PositionFacts p) {
        return Math.min(p.apy(), p.normalRange().base());
    }
}
