package org.yieldplan.pools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.sustainability.PositionFacts;
import org.yieldplan.sustainability.Screening;
import org.yieldplan.sustainability.SustainabilityScreen;
import org.yieldplan.sustainability.Thresholds;

/**
 * Holdings matched to DeFiLlama pools: a holding takes its APY, base/reward split and 30-day mean from
 * its pool, with the pool's date. Pure.
 *
 * <p>A pool matches a holding when its tokens are the holding's asset or pair (in any order, wrapped
 * tokens read as what they wrap), its chain is the holding's (when the holding names one), and its
 * project is the holding's protocol (when named): the protocol in lower case with {@code -} for
 * spaces, alone or followed by a version ({@code Aave} matches {@code aave-v3}, {@code Curve}
 * {@code curve-dex}). Of several, the largest by TVL.
 */
public final class HoldingPools {

    private HoldingPools() {
    }

    /**
     * A holding and its pool.
     *
     * @param holding the holding with the pool's base and reward APY (as given, when no pool matched)
     * @param pool    the pool, or null when none matched
     */
    public record Matched(Holding holding, Pool pool) {
    }

    /** Each holding with its pool, in holding order. */
    public static List<Matched> match(List<Holding> holdings, List<Pool> pools, Catalog catalog) {
        List<Matched> out = new ArrayList<>();
        for (Holding h : holdings) {
            Optional<Pool> p = pool(h, pools, catalog);
            out.add(p.map(pool -> new Matched(new Holding(h.asset(), h.quantity(), h.priceUsd(), h.valueUsd(), h.bucket(),
                    h.bucketInferred(), h.protocol(), h.chain(), Math.max(0, pool.apy() - pool.apyReward()),
                    Math.max(0, pool.apyReward()), h.lockupDays(), h.costBasisUsd(), h.acquired()), pool))
                    .orElseGet(() -> new Matched(h, null)));
        }
        return out;
    }

    /** The sustainability screen over matched holdings: a matched one's 30-day mean is its pool's. */
    public static Screening screen(List<Matched> matched, Catalog catalog, Thresholds thresholds) {
        Assumptions assumptions = new Assumptions(catalog, List.of());
        List<PositionFacts> facts = new ArrayList<>();
        for (Matched m : matched) {
            PositionFacts f = PositionFacts.of(assumptions.position(m.holding()), catalog);
            facts.add(m.pool() == null || m.pool().apyMean30d() == null ? f : new PositionFacts(f.subject(), f.asset(),
                    f.bucket(), f.protocol(), f.chain(), f.priceAsset(), f.valueUsd(), f.apy(), f.rewardApy(),
                    m.pool().apyMean30d(), f.tokenInflation(), f.normalRange(), f.normalSource(), f.pair(), f.stablePair(),
                    f.pairVolatility(), f.rangeFactor(), f.receiptLeg(), f.lockupDays(), f.stableShare()));
        }
        return new SustainabilityScreen(thresholds).screen(facts, null);
    }

    /** The pool of a holding, if one matches. */
    static Optional<Pool> pool(Holding h, List<Pool> pools, Catalog catalog) {
        List<String> tokens = CatalogRefresh.tokens(catalog, h.asset());
        String protocol = h.protocol() == null || h.protocol().isBlank() ? null
                : h.protocol().strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return pools.stream()
                .filter(p -> h.chain() == null || h.chain().isBlank() || h.chain().strip().equalsIgnoreCase(p.chain()))
                .filter(p -> protocol == null || p.project() != null && (p.project().equals(protocol)
                        || p.project().startsWith(protocol + "-")))
                .filter(p -> CatalogRefresh.tokens(catalog, p.symbol()).equals(tokens))
                .max(Comparator.comparingDouble(Pool::tvlUsd));
    }
}
