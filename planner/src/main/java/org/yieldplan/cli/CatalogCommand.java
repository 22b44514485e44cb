package org.yieldplan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.yieldplan.json.DefiLlamaFiles;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.YieldEntry;
import org.yieldplan.pools.CatalogRefresh;
import org.yieldplan.pools.Parsed;
import org.yieldplan.pools.Pool;
import org.yieldplan.pools.PoolFetch;
import org.yieldplan.pools.PoolText;

/** {@code catalog refresh}: the catalog's entries quoted from a DeFiLlama pool list (file or URL). */
public final class CatalogCommand implements Command {

    private static final Set<String> VALUES = Set.of("from", "out", "catalog", "as-of", "timeout");

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public String summary() {
        return "catalog refresh: quote the catalog's entries from DeFiLlama's pool list (file or URL)";
    }

    @Override
    public String usage() {
        return """
                usage: yieldplan catalog refresh --from FILE|URL [--catalog FILE] [--out FILE] [--as-of YYYY-MM-DD]
                                                 [--timeout SECONDS]

                  --from FILE|URL  DeFiLlama's pool list: /pools JSON (e.g. https://yields.llama.fi/pools) or the CSV
                                   snapshot layout; .gz accepted
                  --catalog FILE   the catalog to refresh (default: the bundled one)
                  --out FILE       where to write the refreshed catalog (default: the --catalog file; without either,
                                   print it). Written only when the whole list was read: a failed fetch changes nothing
                  --as-of DATE     the list's date when it carries none (the API's JSON): default today (UTC)
                  --timeout S      seconds to wait for the server (default 60)

                Each entry (ETH/USDC liquidity, USDC lending...) gets the largest non-outlier pool of its tokens:
                pool id, date, base and reward APY, 30-day mean, TVL, IL risk, exposure, stablecoin, outlier.""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Args a = Args.parse(words, VALUES, Set.of());
        if (a.positional().size() != 1 || !a.positional().get(0).equals("refresh")) {
            throw new UsageException("the only catalog action is 'refresh' (see --help)");
        }
        if (!a.has("from")) {
            throw new UsageException("give --from FILE or URL (see --help)");
        }
        Catalog catalog = a.has("catalog") ? SampleFiles.catalog(a.path("catalog")) : SampleFiles.catalog();
        LocalDate asOf = a.has("as-of") ? ForecastCommand.date(a.get("as-of")) : LocalDate.now(ZoneOffset.UTC);
        Duration timeout = Duration.ofMillis(Math.round(1000 * (a.has("timeout") ? a.number("timeout") : 60)));
        String from = a.get("from");
        PoolText text = PoolFetch.isUrl(from) ? PoolFetch.get(from, timeout) : PoolText.of(Path.of(from));
        Parsed<Pool> pools = DefiLlamaFiles.pools(text, asOf);
        ForecastCommand.report(err, pools.problems());
        if (pools.values().isEmpty()) {
            throw new IllegalArgumentException(from + ": no pool could be read; nothing was changed");
        }
        CatalogRefresh.Refreshed r = CatalogRefresh.refresh(catalog, pools.values());
        String json = Json.pretty(r.catalog());
        Path target = a.has("out") ? a.path("out") : a.has("catalog") ? a.path("catalog") : null;
        if (target == null) {
            out.println(json);
            return 0;
        }
        ForecastCommand.write(target, json + "\n");
        out.println("catalog refreshed from " + pools.values().size() + " pools: " + r.quoted().size() + " of "
                + catalog.entries().size() + " entries quoted, written to " + target);
        for (YieldEntry e : r.quoted()) {
            out.println("  " + e.asset() + " " + e.bucket().id() + ": " + e.pool().symbol() + " at " + e.pool().project()
                    + " on " + e.pool().chain() + " (" + e.pool().pool() + ", " + e.pool().asOf() + ")");
        }
        return 0;
    }
}
