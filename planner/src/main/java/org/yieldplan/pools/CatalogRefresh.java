package org.yieldplan.pools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.PoolQuote;
import org.yieldplan.market.YieldEntry;
import org.yieldplan.portfolio.Bucket;

/**
 * A catalog brought up to date from a pool list: each entry the list has a pool for gets that pool's
 * figures ({@link PoolQuote}: id, date, base and reward APY, 30-day mean, TVL, IL risk, exposure,
 * stablecoin, outlier) and its 30-day mean. The entry's APY range and sources stay as they are: they
 * are the planning assumption, the quote is the evidence beside it. Pure.
 *
 * <p>Which pool stands for an entry: the pool's tokens (its symbol split at {@code -}, wrapped tokens
 * read as what they wrap: WETH → ETH) are the entry's asset or pair in any order; a liquidity or
 * farming entry takes pools of two or more tokens, a staking or lending entry pools of one; of
 * those, the largest by TVL that DeFiLlama does not mark as an outlier, else the largest.
 */
public final class CatalogRefresh {

    private CatalogRefresh() {
    }

    /**
     * The refreshed catalog and what changed.
     *
     * @param catalog the catalog with the quotes
     * @param quoted  the entries that got a pool, as refreshed
     */
    public record Refreshed(Catalog catalog, List<YieldEntry> quoted) {

        public Refreshed {
            quoted = List.copyOf(quoted);
        }
    }

    /** The catalog with each entry matched to its pool in the list. */
    public static Refreshed refresh(Catalog catalog, List<Pool> pools) {
        List<YieldEntry> entries = new ArrayList<>();
        List<YieldEntry> quoted = new ArrayList<>();
        for (YieldEntry e : catalog.entries()) {
            Optional<Pool> match = match(catalog, e, pools);
            if (match.isPresent()) {
                YieldEntry q = e.withPool(quote(match.get()));
                entries.add(q);
                quoted.add(q);
            } else {
                entries.add(e);
            }
        }
        return new Refreshed(new Catalog(catalog.description(), catalog.assets(), catalog.defaultAsset(), entries,
                catalog.bucketDefaults(), catalog.correlations(), catalog.liquidStakingReceipts(), catalog.wrappedTokens(),
                catalog.assumptionSets()),
                quoted);
    }

    /** The pool standing for an entry, if the list has one. */
    static Optional<Pool> match(Catalog catalog, YieldEntry entry, List<Pool> pools) {
        Map<String, String> unwrapping = unwrapping(catalog);
        List<String> want = tokens(unwrapping, entry.asset());
        boolean pair = entry.bucket() == Bucket.LIQUIDITY || entry.bucket() == Bucket.FARMING;
        List<Pool> candidates = pools.stream()
                .filter(p -> p.symbol() != null)
                .filter(p -> {
                    List<String> legs = tokens(unwrapping, p.symbol());
                    return (pair ? legs.size() >= 2 : legs.size() == 1) && legs.equals(want);
                })
                .toList();
        Comparator<Pool> byTvl = Comparator.comparingDouble(Pool::tvlUsd);
        return candidates.stream().filter(p -> !p.outlier()).max(byTvl).or(() -> candidates.stream().max(byTvl));
    }

    /** The quote of a pool. */
    public static PoolQuote quote(Pool p) {
        return new PoolQuote(p.id(), p.project(), p.chain(), p.symbol(), p.date(), p.apyBase(), p.apyReward(),
                p.apyMean30d(), p.tvlUsd(), p.ilRisk(), p.exposure(), p.stablecoin(), p.outlier());
    }

    /** The tokens of an asset, pair or pool symbol, wrapped tokens read as what they wrap, upper case, sorted. */
    static List<String> tokens(Catalog catalog, String asset) {
        return tokens(unwrapping(catalog), asset);
    }

    /**
     * The catalog's wrapped tokens by their symbol in any case (of two symbols alike but for case, the first listed),
     * for {@link #tokens(Map, String)} over many symbols.
     */
    static Map<String, String> unwrapping(Catalog catalog) {
        Map<String, String> m = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);   // equal as equalsIgnoreCase
        for (Map.Entry<String, String> w : catalog.wrappedTokens().entrySet()) {
            m.putIfAbsent(w.getKey(), w.getValue());
        }
        return m;
    }

    /** {@link #tokens(Catalog, String)} with the catalog's {@link #unwrapping}. */
    static List<String> tokens(Map<String, String> unwrapping, String asset) {
        if (asset == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String leg : Catalog.legs(asset)) {
            out.add(unwrapping.getOrDefault(leg, leg).toUpperCase(Locale.ROOT));
        }
        out.sort(null);
        return out;
    }
}
