package org.yieldplan.holdings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Bucket;

/**
 * Names for buckets as people write them ("LP", "hodl", "savings"), and the bucket of a holding
 * whose file states none: from the protocol (Lido → staking, Aave → lending, Uniswap →
 * liquidity, Yearn → farming), else from the asset (a liquid-staking receipt → staking, a pair →
 * liquidity, a stablecoin → lending when it earns, cash when it does not), else growth.
 */
final class BucketInference {

    private static final Map<String, Bucket> PROTOCOLS = Map.ofEntries(
            Map.entry("lido", Bucket.STAKING), Map.entry("rocket pool", Bucket.STAKING),
            Map.entry("rocketpool", Bucket.STAKING), Map.entry("frax ether", Bucket.STAKING),
            Map.entry("coinbase staking", Bucket.STAKING), Map.entry("marinade", Bucket.STAKING),
            Map.entry("jito", Bucket.STAKING), Map.entry("stakewise", Bucket.STAKING),
            Map.entry("eigenlayer", Bucket.STAKING), Map.entry("native staking", Bucket.STAKING),
            Map.entry("aave", Bucket.LENDING), Map.entry("compound", Bucket.LENDING),
            Map.entry("maker", Bucket.LENDING), Map.entry("spark", Bucket.LENDING), Map.entry("morpho", Bucket.LENDING),
            Map.entry("sky", Bucket.LENDING), Map.entry("euler", Bucket.LENDING), Map.entry("venus", Bucket.LENDING),
            Map.entry("uniswap", Bucket.LIQUIDITY), Map.entry("curve", Bucket.LIQUIDITY),
            Map.entry("balancer", Bucket.LIQUIDITY), Map.entry("sushiswap", Bucket.LIQUIDITY),
            Map.entry("pancakeswap", Bucket.LIQUIDITY), Map.entry("aerodrome", Bucket.LIQUIDITY),
            Map.entry("velodrome", Bucket.LIQUIDITY), Map.entry("orca", Bucket.LIQUIDITY),
            Map.entry("raydium", Bucket.LIQUIDITY),
            Map.entry("yearn", Bucket.FARMING), Map.entry("convex", Bucket.FARMING), Map.entry("beefy", Bucket.FARMING),
            Map.entry("pendle", Bucket.FARMING), Map.entry("harvest", Bucket.FARMING));

    private static final Map<String, Bucket> WORDS = Map.ofEntries(
            Map.entry("stake", Bucket.STAKING), Map.entry("staked", Bucket.STAKING),
            Map.entry("liquid staking", Bucket.STAKING), Map.entry("lend", Bucket.LENDING),
            Map.entry("lent", Bucket.LENDING), Map.entry("loan", Bucket.LENDING), Map.entry("savings", Bucket.LENDING),
            Map.entry("lp", Bucket.LIQUIDITY), Map.entry("liquidity pool", Bucket.LIQUIDITY),
            Map.entry("liquidity providing", Bucket.LIQUIDITY), Map.entry("amm", Bucket.LIQUIDITY),
            Map.entry("pool", Bucket.LIQUIDITY), Map.entry("farm", Bucket.FARMING), Map.entry("yield", Bucket.FARMING),
            Map.entry("yield farm", Bucket.FARMING), Map.entry("vault", Bucket.FARMING),
            Map.entry("hold", Bucket.GROWTH), Map.entry("hodl", Bucket.GROWTH), Map.entry("spot", Bucket.GROWTH),
            Map.entry("holding", Bucket.GROWTH), Map.entry("stable", Bucket.CASH), Map.entry("stables", Bucket.CASH),
            Map.entry("stablecoin", Bucket.CASH), Map.entry("fiat", Bucket.CASH), Map.entry("idle", Bucket.CASH));

    private final Catalog catalog;

    BucketInference(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The bucket a cell names ("Staking", "Liquidity (LP)", "LP", "hodl"), or empty. */
    static Optional<Bucket> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Bucket.fromId(text));
        } catch (IllegalArgumentException e) {
            String w = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
            return Optional.ofNullable(WORDS.get(w));
        }
    }

    /** The bucket of a holding with none stated. */
    Bucket infer(String asset, String protocol, boolean earns) {
        if (protocol != null) {
            String p = protocol.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Bucket> e : PROTOCOLS.entrySet()) {
                if (p.contains(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        List<String> legs = Catalog.legs(asset);
        if (legs.size() > 1) {
            return Bucket.LIQUIDITY;
        }
        if (catalog.isLiquidStakingReceipt(asset)) {
            return Bucket.STAKING;
        }
        if (catalog.isStablecoin(asset)) {
            return earns ? Bucket.LENDING : Bucket.CASH;
        }
        return Bucket.GROWTH;
    }
}
