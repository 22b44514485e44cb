package org.yieldplan.holdings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names, tickers, aliases and categories of the assets people write down ("Ethereum" → ETH,
 * "USD Coin" → USDC, "Lido Staked Ether" → stETH). The bundled directory is
 * {@code samples/assets/asset-directory.csv}; its README gives the sources (npm
 * {@code cryptocurrencies}, MIT; {@code cryptocurrency-icons}, CC0), their date, and which parts
 * are yieldplan's own labelling (the choice of assets, the categories, the aliases).
 *
 * <p>Look-ups are by map: the import asks once per row, and a sheet may have 200,000 rows.
 */
public final class AssetDirectory {

    /**
     * One asset.
     *
     * @param symbol     the ticker as usually written, e.g. {@code stETH}
     * @param name       the asset's name, e.g. {@code Lido Staked Ether}
     * @param category   what kind of asset it is
     * @param underlying the asset a receipt or wrapped token stands for (stETH → ETH), or null
     * @param aliases    other names people write, lower case
     * @param nameSource where the name came from (an npm package and version, or {@code yieldplan})
     */
    public record Entry(String symbol, String name, AssetCategory category, String underlying, List<String> aliases,
            String nameSource) {
        public Entry {
            if (symbol == null || symbol.isBlank() || name == null || name.isBlank() || category == null) {
                throw new IllegalArgumentException("asset directory: an entry needs a symbol, a name and a category");
            }
            aliases = List.copyOf(aliases);
        }
    }

    /** How a written asset was recognised. */
    public enum Match { SYMBOL, NAME, ALIAS }

    /** A written asset resolved to its entry. */
    public record Resolved(Entry entry, Match match) {
    }

    private static final String BUNDLED = "samples/assets/asset-directory.csv";

    private final List<Entry> entries;
    private final Map<String, Entry> bySymbol = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> byAlias = new HashMap<>();

    /** @param entries one per asset, tickers unique ignoring case */
    public AssetDirectory(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            if (bySymbol.put(key(e.symbol()), e) != null) {
                throw new IllegalArgumentException("asset directory: " + e.symbol() + " is listed twice");
            }
            byName.putIfAbsent(words(e.name()), e);
            for (String a : e.aliases()) {
                byAlias.putIfAbsent(words(a), e);
            }
        }
    }

    /** One entry per asset, in the file's order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The bundled directory. */
    public static AssetDirectory bundled() {
        try (InputStream in = AssetDirectory.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the directory's CSV: {@code symbol,name,category,underlying,aliases,nameSource}; {@code #} lines are notes. */
    static AssetDirectory parse(BufferedReader in) throws IOException {
        List<Entry> out = new ArrayList<>();
        boolean header = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            List<String> f = fields(line);
            if (f.size() != 6) {
                throw new IllegalArgumentException("asset directory: '" + line + "' has " + f.size() + " fields, not 6");
            }
            List<String> aliases = f.get(4).isBlank() ? List.of() : List.of(f.get(4).toLowerCase(Locale.ROOT).split(";"));
            out.add(new Entry(f.get(0), f.get(1), AssetCategory.fromId(f.get(2)), f.get(3).isBlank() ? null : f.get(3),
                    aliases, f.get(5)));
        }
        return new AssetDirectory(out);
    }

    /** The entry of a ticker, ignoring case. */
    public Optional<Entry> bySymbol(String symbol) {
        return Optional.ofNullable(bySymbol.get(key(symbol)));
    }

    /**
     * What a written asset stands for: its ticker (any case), else its name, else an alias
     * ("Ethereum", "usd coin", "Wrapped Bitcoin"); spacing, case and punctuation are ignored for
     * names and aliases.
     */
    public Optional<Resolved> resolve(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        Optional<Entry> bySymbol = bySymbol(written);
        if (bySymbol.isPresent()) {
            return Optional.of(new Resolved(bySymbol.get(), Match.SYMBOL));
        }
        String w = words(written);
        if (byName.containsKey(w)) {
            return Optional.of(new Resolved(byName.get(w), Match.NAME));
        }
        return Optional.ofNullable(byAlias.get(w)).map(e -> new Resolved(e, Match.ALIAS));
    }

    private static String key(String symbol) {
        return symbol.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The text in lower case, each run of characters other than a-z and 0-9 one space, none at the ends: what
     * {@code replaceAll("[^a-z0-9]+", " ").strip()} gives, without compiling a pattern for each of the directory's
     * few hundred names and aliases (a twentieth of a second at every start).
     */
    static String words(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** The fields of one CSV line (quotes allowed, no line breaks inside fields). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(b.toString().strip());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString().strip());
        return out;
    }
}
