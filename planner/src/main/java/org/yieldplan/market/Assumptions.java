package org.yieldplan.market;

import java.util.List;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.Portfolio;

/**
 * The catalog with a scenario's overrides: turns each holding into a {@link Position}.
 *
 * <p>Order of precedence for each figure: the scenario's overrides (later ones win), then the
 * holding's own figures (its stated APY and lock-up), then the catalog entry for its asset and
 * bucket, then the bucket's default. A holding that states its own APY keeps the catalog's
 * relative spread: low = stated × (catalog low / catalog base), high likewise.
 *
 * @param catalog   the yield and risk catalog
 * @param overrides the scenario's overrides, applied in order
 */
public record Assumptions(Catalog catalog, List<AssumptionOverride> overrides) {

    public Assumptions {
        if (catalog == null) {
            throw new IllegalArgumentException("catalog: assumptions need a catalog");
        }
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** The catalog as it is, without overrides. */
    public static Assumptions of(Catalog catalog) {
        return new Assumptions(catalog, List.of());
    }

    /** Every holding of a portfolio as a position, in the portfolio's order. */
    public List<Position> positions(Portfolio portfolio) {
        return portfolio.holdings().stream().map(this::position).toList();
    }

    /** One holding with its assumptions. */
    public Position position(Holding h) {
        YieldEntry entry = catalog.entry(h.asset(), h.bucket());
        String priceAsset = priceAsset(h.asset());
        AssetProfile profile = catalog.profile(priceAsset);
        boolean pair = Catalog.legs(h.asset()).size() > 1;

        YieldRange apy;
        double rewardShare;
        String apySource;
        if (h.hasOwnApy()) {
            double stated = h.statedApy();
            YieldRange c = entry.apy();
            apy = c.base() > 0
                    ? new YieldRange(Math.min(stated, stated * c.low() / c.base()), stated,
                            Math.max(stated, stated * c.high() / c.base()))
                    : YieldRange.flat(stated);
            rewardShare = stated > 0 ? (h.apyReward() == null ? 0 : h.apyReward()) / stated : entry.rewardShare();
            apySource = "holding (range spread from catalog: " + entry.apySource() + ")";
        } else {
            apy = entry.apy();
            rewardShare = entry.rewardShare();
            apySource = entry.apySource();
        }
        int lockup = h.lockupDays() != null ? h.lockupDays() : entry.lockupDays();
        double volatility = pair ? pairVolatility(h.asset()) : profile.volatility();
        double drift = profile.drift();
        double inflation = profile.tokenInflation();
        double yieldVol = entry.yieldVolatility();
        double failure = entry.failureProbability();
        double lgd = entry.lossGivenFailure();

        for (AssumptionOverride o : overrides) {
            if (!o.appliesTo(h.asset(), h.bucket())) {
                continue;
            }
            if (o.apyLow() != null || o.apyBase() != null || o.apyHigh() != null) {
                double base = o.apyBase() != null ? o.apyBase() : apy.base();
                double low = o.apyLow() != null ? o.apyLow() : Math.min(apy.low(), base);
                double high = o.apyHigh() != null ? o.apyHigh() : Math.max(apy.high(), base);
                apy = new YieldRange(low, base, high);
                apySource = "scenario override";
            }
            rewardShare = o.rewardShare() != null ? o.rewardShare() : rewardShare;
            volatility = o.volatility() != null ? o.volatility() : volatility;
            drift = o.drift() != null ? o.drift() : drift;
            inflation = o.tokenInflation() != null ? o.tokenInflation() : inflation;
            yieldVol = o.yieldVolatility() != null ? o.yieldVolatility() : yieldVol;
            failure = o.failureProbability() != null ? o.failureProbability() : failure;
            lgd = o.lossGivenFailure() != null ? o.lossGivenFailure() : lgd;
            lockup = o.lockupDays() != null ? o.lockupDays() : lockup;
        }
        return new Position(h, apy, rewardShare, apySource, inflation, priceAsset, pair, volatility, drift,
                yieldVol, lockup, failure, lgd, profile.liquidityUsd());
    }

    /** The asset whose price moves a holding: itself, or a pair's first non-stablecoin leg. */
    public String priceAsset(String asset) {
        List<String> legs = Catalog.legs(asset);
        if (legs.size() == 1) {
            return catalog.underlying(legs.get(0));
        }
        return legs.stream().filter(l -> !catalog.isStablecoin(l)).findFirst()
                .map(catalog::underlying).orElse(catalog.underlying(legs.get(0)));
    }

    /**
     * Volatility of a pair's price ratio r = P_a / P_b: √(σa² + σb² − 2ρσaσb), annual.
     * For a volatile/stablecoin pair this is close to the volatile leg's own volatility.
     */
    private double pairVolatility(String asset) {
        List<String> legs = Catalog.legs(asset);
        String a = catalog.underlying(legs.get(0));
        String b = catalog.underlying(legs.get(1));
        double sa = catalog.profile(a).volatility();
        double sb = catalog.profile(b).volatility();
        double rho = catalog.correlations().between(a, b);
        return Math.sqrt(Math.max(0, sa * sa + sb * sb - 2 * rho * sa * sb));
    }
}
