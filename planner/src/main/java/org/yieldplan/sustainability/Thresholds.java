package org.yieldplan.sustainability;

import java.util.List;

/**
 * The screen's thresholds. Each figure left {@code null} (or missing from
 * {@code sustainability-rules.json}) takes its default, stated here and in the README.
 *
 * @param maxApy               APY above this is treated as unsustainable, a fraction a year (default 1.0 = 100 %)
 * @param emissionShare        emission-funded when reward APY / total APY is above this (default 0.5)
 * @param rangeMultiple        outside the normal range when APY is above the catalog's high × this (default 1.0)
 * @param spikeMultiple        a spike when APY is above this × its 30-day mean (default 2.0)
 * @param iqrFactor            without a 30-day mean: a spike when APY is above the comparable pools' mean
 *                             + this × their interquartile range (default 1.5)
 * @param minComparables      the fewest comparable pools (same bucket, stable pair or not) for the
 *                             interquartile test (default 8)
 * @param protocolShare        concentration when one protocol holds more than this share of the value (default 0.25)
 * @param chainShare           concentration when one chain holds more than this share (default 0.5)
 * @param assetShare           concentration when one asset holds more than this share (default 0.4)
 * @param requiredYieldCeiling a plan needing more than this yield is critical, not a warning, when it is also
 *                             above the sustainable yield (default 0.10; DOMAIN.md: the source calls 10 % unsustainable)
 * @param criticalSuccess      a plan whose Monte Carlo success is below its target is critical, not a warning, when the
 *                             success is also below this (default 0.5: it fails more often than it succeeds)
 * @param issuerShare          stablecoin-issuer concentration when the coins of one issuer, across all buckets, are more
 *                             than this share of the value (default 0.5)
 * @param volatileShare        a fixed-dollar income goal funded by volatile tokens when more than this share of the
 *                             value moves with crypto prices (default 0.5)
 */
public record Thresholds(
        Double maxApy,
        Double emissionShare,
        Double rangeMultiple,
        Double spikeMultiple,
        Double iqrFactor,
        Integer minComparables,
        Double protocolShare,
        Double chainShare,
        Double assetShare,
        Double requiredYieldCeiling,
        Double criticalSuccess,
        Double issuerShare,
        Double volatileShare) {

    public Thresholds {
        maxApy = positive("maxApy", maxApy, 1.0);
        emissionShare = share("emissionShare", emissionShare, 0.5);
        rangeMultiple = positive("rangeMultiple", rangeMultiple, 1.0);
        spikeMultiple = positive("spikeMultiple", spikeMultiple, 2.0);
        iqrFactor = positive("iqrFactor", iqrFactor, 1.5);
        if (minComparables == null) {
            minComparables = 8;
        } else if (minComparables < 4) {
            throw new IllegalArgumentException("minComparables: needs 4 or more pools for quartiles, got " + minComparables);
        }
        protocolShare = share("protocolShare", protocolShare, 0.25);
        chainShare = share("chainShare", chainShare, 0.5);
        assetShare = share("assetShare", assetShare, 0.4);
        requiredYieldCeiling = positive("requiredYieldCeiling", requiredYieldCeiling, 0.10);
        criticalSuccess = share("criticalSuccess", criticalSuccess, 0.5);
        issuerShare = share("issuerShare", issuerShare, 0.5);
        volatileShare = share("volatileShare", volatileShare, 0.5);
    }

    /** Every default. */
    public static Thresholds defaults() {
        return new Thresholds(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The rules with these thresholds, in the order their flags are listed. */
    public List<Rule> rules() {
        return List.of(
                new ApyAboveLimit(maxApy),
                new EmissionFunded(emissionShare),
                new OutsideNormalRange(rangeMultiple),
                new ApySpike(spikeMultiple, iqrFactor),
                new NegativeRealYield(),
                new FeesBelowImpermanentLoss(),
                new StackedYield(),
                new Concentration(protocolShare, chainShare, assetShare),
                new StablecoinIssuer(issuerShare),
                new PlanNeedsUnsustainableYield(requiredYieldCeiling),
                new VolatileFundedGoal(volatileShare),
                new LockupAgainstWithdrawals(0.01),
                new PlanFailsTooOften(criticalSuccess));
    }

    private static double positive(String field, Double v, double fallback) {
        if (v == null) {
            return fallback;
        }
        if (!(v > 0) || v.isInfinite()) {
            throw new IllegalArgumentException(field + ": must be a number above zero, got " + v);
        }
        return v;
    }

    private static double share(String field, Double v, double fallback) {
        if (v == null) {
            return fallback;
        }
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(field + ": must be a fraction above 0 and at most 1, got " + v);
        }
        return v;
    }
}
