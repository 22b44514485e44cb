package org.yieldplan.sustainability;

import java.util.List;
import java.util.Optional;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;
import org.yieldplan.market.YieldEntry;
import org.yieldplan.market.YieldRange;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.PoolLink;

/**
 * What the rules need to know about one position (a holding, or a pool in a pool list).
 *
 * @param subject        how flags name it, e.g. {@code crvUSD/USDC liquidity at Curve on Ethereum}
 * @param asset          the asset or pair as held
 * @param bucket         its bucket
 * @param protocol       the protocol, or null
 * @param chain          the chain, or null
 * @param priceAsset     the asset whose price moves it (a pair's volatile leg; stETH → ETH), for concentration
 * @param valueUsd       its value, USD
 * @param apy            total APY, base case, a fraction a year
 * @param rewardApy      the part of it paid in emission tokens, a fraction a year
 * @param apyMean30d     its 30-day mean APY when known (its pool's, for a holding matched to one), a fraction a year,
 *                       else null
 * @param tokenInflation supply growth of the token it is paid in, a fraction a year
 * @param normalRange    the catalog's APY range for its asset and bucket (or the bucket's default)
 * @param normalSource   which catalog entry that range is, for messages
 * @param pair           true for a position on a pair (a liquidity pool)
 * @param stablePair     true when every leg is a stablecoin (used to group comparable pools)
 * @param pairVolatility annual volatility of the pair's price ratio, a fraction (0 for a single asset)
 * @param rangeFactor    n of a concentrated range [P/n, n·P], above 1; null for a full-range pool
 * @param receiptLeg     the liquid-staking receipt it holds (stETH), or null
 * @param lockupDays     lock-up or unbonding period, days (0 when it can be sold at once)
 * @param stableShare    the share of its value in stablecoin legs, 0-1: legs that are stablecoins / legs (USDC 1,
 *                       ETH/USDC ½, ETH 0)
 */
public record PositionFacts(
        String subject,
        String asset,
        Bucket bucket,
        String protocol,
        String chain,
        String priceAsset,
        double valueUsd,
        double apy,
        double rewardApy,
        Double apyMean30d,
        double tokenInflation,
        YieldRange normalRange,
        String normalSource,
        boolean pair,
        boolean stablePair,
        double pairVolatility,
        Double rangeFactor,
        String receiptLeg,
        int lockupDays,
        double stableShare) {

    public PositionFacts {
        if (rangeFactor != null && !(rangeFactor > 1)) {
            throw new IllegalArgumentException("rangeFactor: a concentrated range [P/n, nP] needs n above 1, got " + rangeFactor);
        }
    }

    /** The facts of a position under a catalog; a holding states no range, so pools are full-range. */
    public static PositionFacts of(Position p, Catalog catalog) {
        String asset = p.holding().asset();
        Bucket bucket = p.bucket();
        Optional<YieldEntry> listed = catalog.listedEntry(asset, bucket);
        YieldEntry entry = listed.orElseGet(() -> catalog.bucketDefault(bucket));
        List<String> legs = Catalog.legs(asset);
        String receipt = legs.stream().filter(catalog::isLiquidStakingReceipt).findFirst().orElse(null);
        boolean stable = legs.stream().allMatch(catalog::isStablecoin);
        double stableShare = legs.stream().filter(catalog::isStablecoin).count() / (double) Math.max(1, legs.size());
        PoolLink pool = p.holding().pool();                       // a holding matched to a pool: the pool's 30-day mean
        return new PositionFacts(subject(asset, bucket, p.holding().protocol(), p.holding().chain()), asset, bucket,
                p.holding().protocol(), p.holding().chain(), p.priceAsset(), p.value(), p.apy().base(), p.rewardApy(),
                pool != null && pool.matched() ? pool.apyMean30d() : entry.apyMean30d(), p.tokenInflation(), entry.apy(),
                listed.isPresent() ? "catalog " + entry.asset() + " " + bucket.id() : "catalog default for " + bucket.id(),
                p.pair(), stable, p.pair() ? p.volatility() : 0, null, receipt, p.lockupDays(), stableShare);
    }

    /** "ASSET bucket at PROTOCOL on CHAIN", leaving out what is not known. */
    public static String subject(String asset, Bucket bucket, String protocol, String chain) {
        StringBuilder b = new StringBuilder(asset).append(' ').append(bucket.id());
        if (protocol != null && !protocol.isBlank()) {
            b.append(" at ").append(protocol.strip());
        }
        if (chain != null && !chain.isBlank()) {
            b.append(" on ").append(chain.strip());
        }
        return b.toString();
    }

    /** Whether a failure of a protocol can touch it: false for spot holdings (growth and cash buckets, no protocol). */
    public boolean protocolRisk() {
        return !(bucket == Bucket.GROWTH || bucket == Bucket.CASH) || protocol != null && !protocol.isBlank();
    }

    /** The part of the APY paid from fees, interest or protocol rewards: APY − reward APY. */
    public double baseApy() {
        return Math.max(0, apy - rewardApy);
    }
}
