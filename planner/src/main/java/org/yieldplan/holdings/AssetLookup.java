package org.yieldplan.holdings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yieldplan.market.AssetProfile;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Holding;

/**
 * What the import knows about a written asset: the ticker a name or alias stands for (asset
 * directory), whether the catalog models it, and a price for a quantity with no price.
 *
 * @param catalog     the assumptions the planner will use
 * @param directory   names, aliases and categories
 * @param prices      quotes for quantities without prices
 * @param today       the day the import runs, for the age of a price
 * @param maxPriceAge days after which a price is old (a WARNING); ≥ 0
 */
public record AssetLookup(Catalog catalog, AssetDirectory directory, PriceTable prices, LocalDate today, int maxPriceAge) {

    /** Prices older than this many days are warned about. */
    public static final int DEFAULT_MAX_PRICE_AGE_DAYS = 7;

    /** The ticker for a written asset, and the note saying how it was read (null when written as a ticker). */
    record Named(String symbol, String note) {
    }

    /** A price found for an asset, with the note (INFO) and, when old, the warning (else null). */
    record Priced(double priceUsd, String note, String warning) {
    }

    /** The ticker a written single asset stands for ("Ethereum" → ETH); pairs and unknown names unchanged. */
    Named name(String written) {
        if (Catalog.legs(written).size() > 1) {
            return new Named(written, null);
        }
        return directory.resolve(written)
                .filter(r -> r.match() != AssetDirectory.Match.SYMBOL)
                .map(r -> new Named(r.entry().symbol(), "'" + written + "' read as " + r.entry().symbol() + " ("
                        + r.entry().name() + ", by its " + (r.match() == AssetDirectory.Match.NAME ? "name" : "alias")
                        + " in the asset directory)"))
                .orElse(new Named(written, null));
    }

    /**
     * The warning for an asset (or a pair's leg) the catalog does not list, naming it, its
     * directory category, and the figures the planner will use instead; empty when listed.
     */
    Optional<String> unknown(String asset) {
        StringBuilder b = new StringBuilder();
        for (String leg : Catalog.legs(asset)) {
            if (catalog.listedProfile(leg).isPresent()) {
                continue;
            }
            Optional<AssetDirectory.Entry> e = directory.bySymbol(leg);
            b.append(b.isEmpty() ? "" : "; ").append(leg).append(e.map(x -> " (" + x.name() + ", a "
                    + x.category().label() + (x.underlying() == null ? "" : " for " + x.underlying()) + ")")
                    .orElse(" (not in the asset directory either; check the symbol)")).append(" is not in the catalog; ")
                    .append(assumed(leg).map(CategoryDefaults.Assumed::statement).orElseGet(this::catalogDefault));
        }
        return b.isEmpty() ? Optional.empty() : Optional.of(b + "; add your own figures for it to the assumptions");
    }

    /** The category defaults a single unlisted asset is modelled with, when its category has any. */
    Optional<CategoryDefaults.Assumed> assumed(String asset) {
        if (Catalog.legs(asset).size() > 1 || catalog.listedProfile(asset).isPresent()) {
            return Optional.empty();
        }
        return directory.bySymbol(asset).flatMap(e -> new CategoryDefaults(catalog, directory).of(asset, e));
    }

    /** The category defaults of every single unlisted asset among the holdings, one override each. */
    List<AssumptionOverride> assumptions(List<Holding> holdings) {
        Map<String, AssumptionOverride> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Holding h : holdings) {
            if (seen.add(h.asset())) {                                   // each written asset looked up once
                assumed(h.asset()).ifPresent(a -> out.putIfAbsent(h.asset().toUpperCase(Locale.ROOT), a.assumed()));
            }
        }
        return List.copyOf(out.values());
    }

    private String catalogDefault() {
        AssetProfile d = catalog.defaultAsset();
        return "the planner uses its defaults for an unlisted asset: "
                + String.format(Locale.ROOT, "volatility %.0f %%, median growth %.0f %%, token inflation %.0f %% a year",
                        d.volatility() * 100, d.medianGrowth() * 100, d.tokenInflation() * 100)
                + " (assumptions: " + d.volatilitySource().replaceFirst("^assumption: ", "") + ")";
    }

    /** A price for a quantity with none: the asset's quote, else its underlying's (stETH → ETH). */
    Optional<Priced> price(String asset) {
        Optional<PriceTable.Quote> q = prices.quote(asset);
        String v = "";
        if (q.isEmpty()) {
            String under = directory.bySymbol(asset).map(AssetDirectory.Entry::underlying).orElse(catalog.underlying(asset));
            if (under != null && !under.equalsIgnoreCase(asset)) {
                q = prices.quote(under);
                v = ", the price of its underlying " + under + ",";
            }
        }
        String via = v;
        return q.map(quote -> {
            long age = ChronoUnit.DAYS.between(quote.asOf(), today);
            String note = String.format(Locale.ROOT, "priced at %,.2f USD a unit%s on %s from %s%s",
                    quote.priceUsd(), via, quote.asOf(), prices.name(),
                    quote.source().equals(prices.name()) ? "" : " (" + quote.source() + ")");
            String warning = age > maxPriceAge ? "the price of " + asset + " is from " + quote.asOf() + ", " + age
                    + " days old (more than " + maxPriceAge + "); give current prices (--prices FILE, or upload a "
                    + "price file with the holdings)" : null;
            return new Priced(quote.priceUsd(), note, warning);
        });
    }
}
