package org.yieldplan.market;

import java.util.ArrayList;
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
            apySource = (h.pool() != null && h.pool().matched()
                    ? "DeFiLlama pool " + h.pool().id() + " of " + h.pool().asOf() : "holding")
                    + " (range spread from catalog: " + entry.apySource() + ")";
        } else {
            apy = entry.apy();
            rewardShare = entry.rewardShare();
            apySource = entry.apySource();
        }
        int lockup = h.lockupDays() != null ? h.lockupDays() : entry.lockupDays();
        List<PriceLeg> legs = legs(h);
        Double ratioVolatility = null;
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
            if (pair) {
                ratioVolatility = o.volatility() != null ? o.volatility() : ratioVolatility;
                legs = legs.stream().map(l -> l.withPrice(o.medianGrowth(), null)).toList();
            } else {
                legs = List.of(legs.get(0).withPrice(o.medianGrowth(), o.volatility()));
            }
            inflation = o.tokenInflation() != null ? o.tokenInflation() : inflation;
            yieldVol = o.yieldVolatility() != null ? o.yieldVolatility() : yieldVol;
            failure = o.failureProbability() != null ? o.failureProbability() : failure;
            lgd = o.lossGivenFailure() != null ? o.lossGivenFailure() : lgd;
            lockup = o.lockupDays() != null ? o.lockupDays() : lockup;
        }
        double growth = legs.stream().mapToDouble(l -> l.exposure() * l.medianGrowth()).sum();    // Σ exposure × g
        double volatility = !pair ? legs.get(0).volatility()
                : ratioVolatility != null ? ratioVolatility : ratioVolatility(legs.get(0), legs.get(1));
        return new Position(h, apy, rewardShare, apySource, inflation, priceAsset, pair, volatility, growth,
                yieldVol, lockup, failure, lgd, profile.liquidityUsd(), legs);
    }

    /**
     * The legs whose prices move a holding: the asset itself (exposure 1), or each asset of a pool of n assets with
     * exposure 1/n (a 50/50 constant-product pool's value follows √(p₁p₂)), each with its catalog figures, then the
     * overrides that name the leg's asset (in any bucket or the holding's).
     */
    private List<PriceLeg> legs(Holding h) {
        List<String> symbols = Catalog.legs(h.asset());
        double exposure = 1.0 / symbols.size();
        List<PriceLeg> out = new ArrayList<>();
        for (String symbol : symbols) {
            String asset = catalog.underlying(symbol);
            PriceLeg leg = catalog.profile(asset).leg(asset, exposure);
            if (symbols.size() > 1) {
                for (AssumptionOverride o : overrides) {
                    if (o.asset() != null && o.appliesTo(symbol, h.bucket())) {
                        leg = leg.withPrice(o.medianGrowth(), o.volatility());
                    }
                }
            }
            out.add(leg);
        }
        return out;
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
     * Volatility of a pair's price ratio r = P_a / P_b: √(σa² + σb² − 2ρσaσb), annual (what impermanent loss depends on).
     * For a volatile/stablecoin pair this is close to the volatile leg's own volatility.
     */
    private double ratioVolatility(PriceLeg a, PriceLeg b) {
        double sa = a.volatility();
        double sb = b.volatility();
        double rho = catalog.correlations().between(a.asset(), b.asset());
        return Math.sqrt(Math.max(0, sa * sa + sb * sb - 2 * rho * sa * sb));
    }
}
