package org.yieldplan.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yieldplan.portfolio.Bucket;

/**
 * The yield and risk catalog ({@code samples/catalog.json}): per asset-and-bucket yield entries,
 * a default entry per bucket for assets not listed, price profiles per asset, correlations, and
 * the receipt and wrapped tokens that stand for an underlying asset.
 *
 * @param description            what the catalog is, for a person
 * @param assets                 price behaviour per asset
 * @param defaultAsset           the profile used for an asset that is not listed (its symbol is a placeholder)
 * @param entries                yield and risk per asset and bucket
 * @param bucketDefaults         one entry per bucket, with {@code asset} null, for assets not listed
 * @param correlations           correlations between the listed assets' returns
 * @param liquidStakingReceipts  receipt token → the staked asset (stETH → ETH): holding one elsewhere stacks risk
 * @param wrappedTokens          wrapped token → the asset it wraps (WETH → ETH, WBTC → BTC)
 * @param assumptionSets         the named sets of shifts: {@code bear}, {@code base} and {@code bull} at least
 */
public record Catalog(
        String description,
        List<AssetProfile> assets,
        AssetProfile defaultAsset,
        List<YieldEntry> entries,
        List<YieldEntry> bucketDefaults,
        Correlations correlations,
        Map<String, String> liquidStakingReceipts,
        Map<String, String> wrappedTokens,
        List<AssumptionSet> assumptionSets) {

    public Catalog {
        assets = List.copyOf(assets);
        entries = List.copyOf(entries);
        bucketDefaults = List.copyOf(bucketDefaults);
        liquidStakingReceipts = Map.copyOf(liquidStakingReceipts == null ? Map.of() : liquidStakingReceipts);
        wrappedTokens = Map.copyOf(wrappedTokens == null ? Map.of() : wrappedTokens);
        assumptionSets = List.copyOf(assumptionSets == null ? List.of() : assumptionSets);
        Set<String> setNames = new HashSet<>();
        for (AssumptionSet a : assumptionSets) {
            if (!setNames.add(a.name())) {
                throw new IllegalArgumentException("assumptionSets." + a.name() + ": listed twice");
            }
        }
        if (!setNames.containsAll(AssumptionSet.NAMES)) {
            throw new IllegalArgumentException("assumptionSets: the catalog needs the sets " + AssumptionSet.NAMES
                    + ", has " + setNames);
        }
        if (defaultAsset == null) {
            throw new IllegalArgumentException("defaultAsset: the catalog needs a profile for assets it does not list");
        }
        if (correlations == null) {
            throw new IllegalArgumentException("correlations: the catalog needs a correlation matrix");
        }
        Set<Bucket> covered = new HashSet<>();
        for (YieldEntry d : bucketDefaults) {
            if (d.asset() != null) {
                throw new IllegalArgumentException("bucketDefaults." + d.bucket().id() + ": a default has no asset");
            }
            if (!covered.add(d.bucket())) {
                throw new IllegalArgumentException("bucketDefaults." + d.bucket().id() + ": listed twice");
            }
        }
        if (covered.size() != Bucket.values().length) {
            List<Bucket> missing = new ArrayList<>(Arrays.asList(Bucket.values()));
            missing.removeAll(covered);
            throw new IllegalArgumentException("bucketDefaults: missing a default for " + missing);
        }
        Set<String> seen = new HashSet<>();
        for (YieldEntry e : entries) {
            if (e.asset() == null) {
                throw new IllegalArgumentException("entries: an entry for " + e.bucket().id() + " has no asset");
            }
            if (!seen.add(pairKey(e.asset()) + "|" + e.bucket())) {
                throw new IllegalArgumentException("entries: " + e.asset() + " " + e.bucket().id() + " is listed twice");
            }
        }
        Set<String> symbols = new HashSet<>();
        for (AssetProfile a : assets) {
            if (!symbols.add(upper(a.symbol()))) {
                throw new IllegalArgumentException("assets: " + a.symbol() + " is listed twice");
            }
        }
        for (String s : correlations.assets()) {
            if (!symbols.contains(upper(s))) {
                throw new IllegalArgumentException("correlations.assets: " + s + " is not in the catalog's assets");
            }
        }
    }

    /**
     * The named assumption set.
     *
     * @throws IllegalArgumentException "assumptions: ..." naming the sets there are
     */
    public AssumptionSet assumptionSet(String name) {
        String key = name == null ? "base" : name.strip().toLowerCase(Locale.ROOT);
        return assumptionSets.stream().filter(a -> a.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("assumptions: unknown set '" + name + "'; the catalog has "
                        + assumptionSets.stream().map(AssumptionSet::name).toList()));
    }

    /** The listed profile of an asset, following receipt and wrapped tokens to the underlying asset. */
    public Optional<AssetProfile> listedProfile(String symbol) {
        String s = underlying(symbol);
        return assets.stream().filter(a -> upper(a.symbol()).equals(upper(s))).findFirst();
    }

    /** The profile of an asset; the default profile when it is not listed. */
    public AssetProfile profile(String symbol) {
        return listedProfile(symbol).orElse(defaultAsset);
    }

    /** The asset a receipt or wrapped token stands for (stETH → ETH); the symbol itself otherwise. */
    public String underlying(String symbol) {
        for (Map<String, String> m : List.of(liquidStakingReceipts, wrappedTokens)) {
            for (Map.Entry<String, String> e : m.entrySet()) {
                if (e.getKey().equalsIgnoreCase(symbol.strip())) {
                    return e.getValue();
                }
            }
        }
        return symbol.strip();
    }

    /** True when the symbol is a liquid-staking receipt (stETH, rETH, mSOL...). */
    public boolean isLiquidStakingReceipt(String symbol) {
        return liquidStakingReceipts.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(symbol.strip()));
    }

    /** True when the asset is a USD stablecoin listed as such. */
    public boolean isStablecoin(String symbol) {
        return listedProfile(symbol).map(AssetProfile::stablecoin).orElse(false);
    }

    /** A slash or hyphen between a pair's legs, with any spaces around it. */
    private static final java.util.regex.Pattern LEG_SEPARATOR = java.util.regex.Pattern.compile("\\s*[/\\-]\\s*");

    /** The legs of a pair such as {@code ETH/USDC} or {@code ETH-USDC}; a single asset is its own leg. */
    public static List<String> legs(String asset) {
        String[] parts = LEG_SEPARATOR.split(asset.strip());
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out.isEmpty() ? List.of(asset.strip()) : List.copyOf(out);
    }

    /** The listed entry for an asset (or pair, in either order, or its underlying asset) in a bucket. */
    public Optional<YieldEntry> listedEntry(String asset, Bucket bucket) {
        String key = pairKey(asset);
        Optional<YieldEntry> direct = entries.stream()
                .filter(e -> e.bucket() == bucket && pairKey(e.asset()).equals(key)).findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        String under = pairKey(String.join("/", legs(asset).stream().map(this::underlying).toList()));
        return entries.stream().filter(e -> e.bucket() == bucket && pairKey(e.asset()).equals(under)).findFirst();
    }

    /** The entry for an asset in a bucket; the bucket's default when the asset is not listed there. */
    public YieldEntry entry(String asset, Bucket bucket) {
        return listedEntry(asset, bucket).orElseGet(() -> bucketDefault(bucket));
    }

    /** The default entry of a bucket. */
    public YieldEntry bucketDefault(Bucket bucket) {
        return bucketDefaults.stream().filter(d -> d.bucket() == bucket).findFirst().orElseThrow();
    }

    /** The listed entries grouped by bucket, in bucket order. */
    public Map<Bucket, List<YieldEntry>> entriesByBucket() {
        Map<Bucket, List<YieldEntry>> out = new EnumMap<>(Bucket.class);
        for (YieldEntry e : entries) {
            out.computeIfAbsent(e.bucket(), b -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** A symbol map keyed by upper case, for case-insensitive lookups by callers. */
    public Map<String, AssetProfile> assetsBySymbol() {
        Map<String, AssetProfile> out = new LinkedHashMap<>();
        assets.forEach(a -> out.put(upper(a.symbol()), a));
        return out;
    }

    private static String pairKey(String asset) {
        return legs(asset).stream().map(Catalog::upper).sorted().reduce((a, b) -> a + "/" + b).orElse("");
    }

    private static String upper(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }
}
