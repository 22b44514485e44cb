package org.yieldplan.pools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yieldplan.holdings.ImportProblem.Severity;
import org.yieldplan.holdings.PoolYields;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.PoolLink;
import org.yieldplan.sustainability.PositionFacts;
import org.yieldplan.sustainability.Screening;
import org.yieldplan.sustainability.SustainabilityScreen;
import org.yieldplan.sustainability.Thresholds;

/**
 * Holdings matched to DeFiLlama pools: a holding takes its APY, base/reward split and 30-day mean from
 * its pool, with the pool list's date ({@link PoolLink}). Pure.
 *
 * <p>Which pool: the one whose id the row gives; else, for a row that names its protocol, a pool whose tokens
 * are the holding's asset or pair (in any order, wrapped tokens read as what they wrap), on the holding's chain
 * (when it names one), of the holding's protocol: the protocol in lower case with {@code -} for spaces, alone
 * or followed by a version ({@code Aave} matches {@code aave-v3}, {@code Curve} {@code curve-dex}). Of several,
 * the largest by TVL.
 *
 * <p>When the pool's figures replace the sheet's (what a person who fills in the sheet expects): a row that gives a
 * pool id asked for that pool, so its figures are used whatever APY the row states (the row's own figure is named in
 * the note); a row matched only by protocol, chain and tokens takes the pool's figures when it states no APY of its
 * own, and keeps its own APY when it states one (the note names the pool's APY beside it). A pool id not in the list
 * leaves the row as read, with a warning.
 */
public final class HoldingPools {

    private HoldingPools() {
    }

    /**
     * A holding and its pool.
     *
     * @param holding the holding with the pool's yield and link (as read, when no pool matched or its own APY stands)
     * @param pool    the pool matched, or null when none
     */
    public record Matched(Holding holding, Pool pool) {
    }

    /** Each holding with its pool, in holding order. */
    public static List<Matched> match(List<Holding> holdings, List<Pool> pools, Catalog catalog) {
        PoolList list = PoolList.of(pools);
        PoolYields yields = yields(list, catalog);
        List<Matched> out = new ArrayList<>();
        for (Holding h : holdings) {
            PoolYields.Answer a = yields.of(h);
            Holding kept = a == null ? h : a.holding();
            Pool p = kept.pool() != null && kept.pool().matched() ? list.withId(kept.pool().id()) : null;
            out.add(new Matched(kept, p));
        }
        return out;
    }

    /** The sustainability screen over matched holdings (a matched one's 30-day mean is its pool's). */
    public static Screening screen(List<Matched> matched, Catalog catalog, Thresholds thresholds) {
        Assumptions assumptions = new Assumptions(catalog, List.of());
        return new SustainabilityScreen(thresholds).screen(matched.stream()
                .map(m -> PositionFacts.of(assumptions.position(m.holding()), catalog)).toList(), null);
    }

    /**
     * The live yields of a pool list read only when first needed: when a holding gives a pool id or names its
     * protocol (so reading a sheet without either never reads the list).
     */
    public static PoolYields yields(Supplier<PoolList> pools, Catalog catalog) {
        return whenNeeded(() -> yields(pools.get(), catalog));
    }

    /**
     * Live yields taken from {@code made} only when first needed: when a holding gives a pool id or names its protocol
     * (e.g. yields being worked out on another thread, waited for only by a sheet that needs them).
     */
    public static PoolYields whenNeeded(Supplier<PoolYields> made) {
        PoolYields[] got = new PoolYields[1];
        return h -> {
            if (h.pool() == null && (h.protocol() == null || h.protocol().isBlank())) {
                return null;
            }
            synchronized (got) {
                if (got[0] == null) {
                    got[0] = made.get();
                }
            }
            return got[0].of(h);
        };
    }

    /** The live yields of a pool list, for the holdings reader. */
    public static PoolYields yields(List<Pool> pools, Catalog catalog) {
        return yields(PoolList.of(pools), catalog);
    }

    /**
     * The live yields of a pool list, for the holdings reader: a row's pool by its id, or by protocol, chain and
     * tokens among its protocol's pools (a list read when asked makes only those).
     */
    public static PoolYields yields(PoolList pools, Catalog catalog) {
        Map<String, String> unwrapping = CatalogRefresh.unwrapping(catalog);
        Map<String, List<String>> tokens = new java.util.concurrent.ConcurrentHashMap<>();   // by symbol, made once
        Map<MatchKey, Optional<Pool>> matches = new java.util.concurrent.ConcurrentHashMap<>();   // a sheet repeats them
        return h -> {
            if (h.pool() != null) {
                Pool p = pools.withId(h.pool().id());
                if (p == null) {
                    return new PoolYields.Answer(h, Severity.WARNING, "pool " + h.pool().id() + " is not in the pool list of "
                            + pools.date() + " (" + String.format(Locale.US, "%,d", pools.size()) + " pools); "
                            + (h.hasOwnApy() ? "the row's own APY of " + pct(h.statedApy()) + " is used"
                                    : "the catalog's APY is used"));
                }
                return new PoolYields.Answer(withPool(h, p), Severity.INFO, "APY from " + describe(p)
                        + (h.hasOwnApy() ? "; it replaces the row's " + pct(h.statedApy()) + " (the pool id says which pool)"
                                : ""));
            }
            Optional<Pool> p = matches.computeIfAbsent(MatchKey.of(h), k -> matchIn(h, pools,
                    symbol -> symbol == null ? List.of()
                            : tokens.computeIfAbsent(symbol, s -> CatalogRefresh.tokens(unwrapping, s)), catalog));
            if (p.isEmpty()) {
                return null;
            }
            if (h.hasOwnApy()) {
                return new PoolYields.Answer(h, Severity.INFO, "the row's own APY of " + pct(h.statedApy())
                        + " is used; it matches " + describe(p.get()) + " (clear the APY, or give the pool id, to use the pool's)");
            }
            return new PoolYields.Answer(withPool(h, p.get()), Severity.INFO, "APY from " + describe(p.get())
                    + ", matched by protocol, chain and tokens (give the pool id to choose another)");
        };
    }

    /** The holding with a pool's base and reward APY and the link to it. */
    static Holding withPool(Holding h, Pool p) {
        double reward = Math.max(0, Math.min(p.apy(), p.apyReward()));
        return h.withPoolYield(Math.max(0, p.apy() - reward), reward, new PoolLink(p.id(), p.date(),
                p.apyMean30d() == null ? null : Math.max(0, p.apyMean30d())));
    }

    /** "DeFiLlama pool ID (project on chain, symbol) of DATE: 5.20 % (base 3.10 % + reward 2.10 %), 30-day mean 4.80 %". */
    static String describe(Pool p) {
        double reward = Math.max(0, Math.min(p.apy(), p.apyReward()));
        return "DeFiLlama pool " + p.id() + " (" + p.project() + " on " + p.chain() + ", " + p.symbol() + ") of " + p.date()
                + ": " + pct(p.apy()) + " (base " + pct(Math.max(0, p.apy() - reward)) + " + reward " + pct(reward) + ")"
                + (p.apyMean30d() == null ? ", no 30-day mean" : ", 30-day mean " + pct(p.apyMean30d()));
    }

    /**
     * The pool of a holding that names its protocol, matched by protocol, chain and tokens, if one matches.
     *
     * @param tokens a pool symbol's tokens as the matching reads them (wrapped tokens as what they wrap)
     */
    private static Optional<Pool> matchIn(Holding h, PoolList pools, Function<String, List<String>> tokens,
                                          Catalog catalog) {
        if (h.protocol() == null || h.protocol().isBlank()) {
            return Optional.empty();
        }
        List<String> wanted = CatalogRefresh.tokens(catalog, h.asset());
        String protocol = h.protocol().strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return pools.ofProtocol(protocol).stream()
                .filter(p -> h.chain() == null || h.chain().isBlank() || h.chain().strip().equalsIgnoreCase(p.chain()))
                .filter(p -> tokens.apply(p.symbol()).equals(wanted))
                .max(Comparator.comparingDouble(Pool::tvlUsd));
    }

    /** What the match by protocol depends on: rows alike in these get the same pool. */
    private record MatchKey(String protocol, String chain, String asset) {
        static MatchKey of(Holding h) {
            return new MatchKey(h.protocol(), h.chain(), h.asset());
        }

        // written out: a record's generated equals and hashCode run slowly until compiled, and a sheet asks per row
        @Override
        public boolean equals(Object o) {
            return o instanceof MatchKey k && Objects.equals(protocol, k.protocol) && Objects.equals(chain, k.chain)
                    && Objects.equals(asset, k.asset);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(protocol) * 31 + Objects.hashCode(chain)) * 31 + Objects.hashCode(asset);
        }
    }

    private static String pct(double fraction) {
        return String.format(Locale.US, "%.2f %%", fraction * 100);
    }
}
