package org.yieldplan.pools;

import java.util.List;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.sustainability.PositionFacts;

/**
 * A listed pool as the sustainability screen sees it: a liquidity position worth the pool's TVL
 * with its base and reward APY, priced through the catalog; DeFiLlama's 30-day mean and stablecoin
 * mark are used as given (a stablecoin pool's price-ratio volatility is taken as two independent
 * 1 % stablecoins, √2 %, an assumption). Flags name the pool by its id. Pure.
 */
public final class PoolPositions {

    /** Assumed annual volatility of one stablecoin's price, a fraction (the catalog's figure for stablecoins). */
    static final double STABLECOIN_VOLATILITY = 0.01;

    private PoolPositions() {
    }

    /** The screen's facts of a pool. */
    public static PositionFacts facts(Pool pool, Catalog catalog) {
        Holding h = new Holding(pool.symbol() == null ? pool.id() : pool.symbol(), null, null, Math.max(0, pool.tvlUsd()),
                Bucket.LIQUIDITY, false, pool.project(), pool.chain(), Math.max(0, pool.apyBase()),
                Math.max(0, pool.apyReward()), null, null, null);
        List<AssumptionOverride> overrides = pool.stablecoin()
                ? List.of(new AssumptionOverride(Bucket.LIQUIDITY, h.asset(), null, null, null, null,
                        Math.sqrt(2) * STABLECOIN_VOLATILITY, null, null, null, null, null, null))
                : List.of();
        Position p = new Assumptions(catalog, overrides).position(h);
        PositionFacts f = PositionFacts.of(p, catalog);
        double apy = Math.max(0, pool.apy());
        double reward = Math.min(apy, Math.max(0, pool.apyReward()));
        return new PositionFacts(pool.id(), f.asset(), f.bucket(), f.protocol(), f.chain(), f.priceAsset(), f.valueUsd(),
                apy, reward, pool.apyMean30d(), f.tokenInflation(), f.normalRange(), f.normalSource(), f.pair(),
                pool.stablecoin(), f.pairVolatility(), null, f.receiptLeg(), f.lockupDays(),
                pool.stablecoin() ? 1.0 : f.stableShare());
    }
}
