package org.yieldplan.holdings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.yieldplan.market.AssetProfile;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.market.Catalog;

/**
 * The figures an asset the catalog does not model is given from its directory category, computed
 * from the catalog itself so each has a checkable source: a liquid-staking receipt or wrapped
 * token takes the profile of the asset it stands for (when listed); any other category takes the
 * median volatility, median growth and token inflation of the catalog's assets in the same category (for
 * a layer-1 coin: BTC, ETH, SOL, ADA, DOT, ATOM). A category with no listed asset (LP tokens,
 * "other") has none: the catalog's default for an unlisted asset applies.
 */
record CategoryDefaults(Catalog catalog, AssetDirectory directory) {

    /**
     * An unlisted asset's assumed figures.
     *
     * @param assumed   the asset override the scenario applies (volatility, median growth, token inflation)
     * @param statement how it was derived, for the row's warning
     */
    record Assumed(AssumptionOverride assumed, String statement) {
    }

    Optional<Assumed> of(String asset, AssetDirectory.Entry entry) {
        if (entry.underlying() != null) {
            Optional<AssetProfile> u = catalog.listedProfile(entry.underlying());
            if (u.isPresent()) {
                return Optional.of(assumed(asset, u.get().volatility(), u.get().medianGrowth(), u.get().tokenInflation(),
                        "modelled as its underlying " + u.get().symbol() + " (the catalog's figures for it)"));
            }
        }
        List<AssetProfile> same = new ArrayList<>();
        for (AssetProfile p : catalog.assets()) {
            directory.bySymbol(p.symbol()).filter(e -> e.category() == entry.category()).ifPresent(e -> same.add(p));
        }
        if (same.isEmpty()) {
            return Optional.empty();
        }
        String names = same.stream().map(AssetProfile::symbol).reduce((a, b) -> a + ", " + b).orElse("");
        return Optional.of(assumed(asset, median(same, AssetProfile::volatility), median(same, AssetProfile::medianGrowth),
                median(same, AssetProfile::tokenInflation), "modelled with the defaults of its category: the median of "
                + "the catalog's " + entry.category().label() + "s (" + names + "), an assumption, not a measurement of "
                + asset));
    }

    private static Assumed assumed(String asset, double volatility, double growth, double inflation, String how) {
        AssumptionOverride o = new AssumptionOverride(null, asset, null, null, null, null, volatility, growth, inflation,
                null, null, null, null);
        return new Assumed(o, how + String.format(Locale.ROOT, ": volatility %.1f %%, median growth %.1f %%, token "
                + "inflation %.1f %% a year", volatility * 100, growth * 100, inflation * 100));
    }

    /** The median of a figure: the middle value, or the mean of the two middle values. */
    private static double median(List<AssetProfile> ps, ToDoubleFunction<AssetProfile> f) {
        double[] v = ps.stream().mapToDouble(f).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
