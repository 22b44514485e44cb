package org.yieldplan.cli;

import static org.yieldplan.cli.Format.left;
import static org.yieldplan.cli.Format.money;
import static org.yieldplan.cli.Format.right;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.yieldplan.json.DefiLlamaFiles;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.holdings.HoldingsImport;
import org.yieldplan.holdings.HoldingsReader;
import org.yieldplan.holdings.ImportProblem;
import org.yieldplan.holdings.Lot;
import org.yieldplan.holdings.PoolYields;
import org.yieldplan.holdings.PriceTable;
import org.yieldplan.pools.HoldingPools;
import org.yieldplan.pools.Parsed;
import org.yieldplan.pools.Pool;
import org.yieldplan.pools.PoolList;
import org.yieldplan.pools.PoolText;

/** {@code holdings FILE}: reads a holdings workbook or .csv and prints the holdings and the problems. */
public final class HoldingsCommand implements Command {

    @Override
    public String name() {
        return "holdings";
    }

    @Override
    public String summary() {
        return "read holdings from an .xlsx, .xls or .csv file; show what was read and the problems";
    }

    @Override
    public String usage() {
        return """
                usage: yieldplan holdings FILE [--json] [--catalog FILE] [--prices FILE] [--pools FILE]

                  FILE                   the holdings file: .xlsx, .xls or .csv (see 'holdings-template'), or a
                                         transaction history (Coinbase, Coinbase Pro fills, Binance, Gemini, or
                                         date,type,asset,quantity,price,fee), read into holdings with FIFO lots
                  --json                 print {kind, rows, holdings: [... lots ...], problems: [...]} as JSON
                  --catalog FILE         a yield and risk catalog instead of the bundled one
                  --prices FILE          prices for quantities without one: CSV symbol,priceUsd,asOf[,source]
                                         (default: the bundled table, dated 2021-12-31; each use is noted)
                """ + POOLS_USAGE.indent(2) + """

                Exit status: 0 when holdings were read (with or without problems), 2 when the file is refused.""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Args a = Args.parse(words, Set.of("catalog", "prices", "pools"), Set.of("json"));
        if (a.positional().size() != 1) {
            throw new UsageException("give one holdings file (see --help)");
        }
        // the bundled pool list is read on another thread while the catalog and the file's first rows are read on this
        // one (a sheet that names protocols needs it; one that does not never waits); its rows become pools only for
        // the pool ids and protocols the sheet names
        Prefetch<PoolList> bundled = a.has("pools") ? null : Prefetch.start("bundled pools", DefiLlamaFiles::bundledPoolList);
        Catalog catalog = a.has("catalog") ? SampleFiles.catalog(a.path("catalog")) : SampleFiles.catalog();
        Supplier<PoolYields> live = bundled == null ? null : () -> HoldingPools.yields(bundled.get(), catalog);
        HoldingsImport result = reader(catalog, a, live).read(java.nio.file.Path.of(a.positional().get(0)));
        out.println(a.has("json") ? Json.pretty(json(result)) : text(result));
        return 0;
    }

    /** What {@code --pools FILE} does, for the usage of the commands that read holdings. */
    static final String POOLS_USAGE = String.join("\n",
            "--pools FILE           a DeFiLlama pool list (/pools JSON or the CSV snapshot layout, .gz accepted)",
            "                       whose pools give the holdings their APY, base/reward split and 30-day mean",
            "                       (default: the bundled list of 2025-08-31): a row's pool id picks its pool; a",
            "                       row with a protocol and no APY of its own is matched by protocol, chain and",
            "                       tokens; each use is noted");

    /**
     * The holdings reader, with the person's price file when {@code --prices FILE} is given, taking yields from the
     * pools of {@code --pools FILE} (else the bundled list, read only when a row names a pool or a protocol).
     */
    static HoldingsReader reader(Catalog catalog, Args a) {
        return reader(catalog, a, () -> HoldingPools.yields(DefiLlamaFiles.bundledPoolList(), catalog));
    }

    /** The holdings reader, the bundled pool list's yields (when no {@code --pools FILE} is given) from {@code bundled}. */
    private static HoldingsReader reader(Catalog catalog, Args a, Supplier<PoolYields> bundled) {
        HoldingsReader reader = new HoldingsReader(catalog).withPools(a.has("pools")
                ? HoldingPools.yields(pools(a), catalog)                 // read now: a bad file is a usage error
                : HoldingPools.whenNeeded(bundled));
        if (!a.has("prices")) {
            return reader;
        }
        try {
            return reader.withPrices(PriceTable.read(a.path("prices")));
        } catch (java.io.IOException e) {
            throw new UsageException("--prices: cannot read " + a.path("prices") + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new UsageException("--prices: " + e.getMessage());
        }
    }

    private static List<Pool> pools(Args a) {
        Parsed<Pool> pools;
        try {
            pools = DefiLlamaFiles.pools(PoolText.of(a.path("pools")), LocalDate.now(ZoneOffset.UTC));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UsageException("--pools: " + e.getMessage());
        }
        if (pools.values().isEmpty()) {
            throw new UsageException("--pools: no pool could be read from " + a.get("pools")
                    + (pools.problems().isEmpty() ? "" : " (" + pools.problems().get(0) + ")"));
        }
        return pools.values();
    }

    /** The documented JSON shape: {@code {format, sheet, kind, rows, holdings: [...], problems: [...]}}. */
    public static Map<String, Object> json(HoldingsImport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", r.format());
        m.put("sheet", r.sheet());
        m.put("kind", r.kind());
        m.put("rows", r.rows());
        m.put("holdings", r.holdings().stream().map(h -> {
            Map<String, Object> j = json(h);
            List<Lot> lots = r.lots(h.asset());
            if (!lots.isEmpty()) {
                j.put("lots", lots.stream().map(HoldingsCommand::json).toList());
            }
            return j;
        }).toList());
        m.put("problems", r.problems().stream().map(HoldingsCommand::json).toList());
        return m;
    }

    private static Map<String, Object> json(Holding h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asset", h.asset());
        putIfSet(m, "quantity", h.quantity());
        putIfSet(m, "priceUsd", h.priceUsd());
        m.put("valueUsd", h.valueUsd());
        m.put("bucket", h.bucket());
        m.put("bucketInferred", h.bucketInferred());
        putIfSet(m, "protocol", h.protocol());
        putIfSet(m, "chain", h.chain());
        putIfSet(m, "apy", h.hasOwnApy() ? h.statedApy() : null);
        putIfSet(m, "apyBase", h.apyBase());
        putIfSet(m, "apyReward", h.apyReward());
        putIfSet(m, "lockupDays", h.lockupDays());
        putIfSet(m, "costBasisUsd", h.costBasisUsd());
        putIfSet(m, "acquired", h.acquired());
        putIfSet(m, "pool", h.pool());
        return m;
    }

    private static Map<String, Object> json(Lot l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quantity", l.quantity());
        m.put("costBasisUsd", l.costBasisUsd());
        m.put("acquired", l.acquired());
        return m;
    }

    private static Map<String, Object> json(ImportProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sheet", p.sheet());
        m.put("row", p.row());
        m.put("column", p.column());
        m.put("field", p.field());
        m.put("message", p.message());
        m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object v) {
        if (v != null) {
            m.put(key, v);
        }
    }

    static String text(HoldingsImport r) {
        StringBuilder b = new StringBuilder(200 + 90 * r.holdings().size());    // a row: 85 characters
        if (!r.lots().isEmpty()) {
            b.append(r.kind()).append(", ").append(count(r.rows())).append(r.rows() == 1 ? " row" : " rows").append(" → ")
                    .append(count(r.lots().size())).append(r.lots().size() == 1 ? " lot" : " lots").append('\n');
        }
        b.append(count(r.holdings().size())).append(r.holdings().size() == 1 ? " holding" : " holdings").append(" read from ")
                .append(r.format()).append(" sheet '").append(r.sheet()).append("', total ")
                .append(money(r.portfolio().totalValue())).append("\n\n");
        b.append(left("Asset", 14)).append(right("Value", 14)).append("  ").append(left("Bucket", 18))
                .append(left("Protocol", 14)).append(left("Chain", 12)).append(right("APY", 10)).append('\n');
        Map<Double, String> rates = new java.util.HashMap<>();          // a sheet repeats its APYs: each written once
        for (Holding h : r.holdings()) {
            row(b, h, rates);
        }
        if (!r.problems().isEmpty()) {
            b.append('\n').append(r.problems().size()).append(r.problems().size() == 1 ? " problem" : " problems")
                    .append(":\n");
            for (ImportProblem p : r.problems()) {
                b.append("  ").append(p.severity().name().toLowerCase(Locale.ROOT)).append(": ").append(p).append('\n');
            }
        }
        int end = b.length();
        while (end > 0 && Character.isWhitespace(b.charAt(end - 1))) {
            end--;                                                      // stripped here: not a second copy of 9 MB
        }
        b.setLength(end);
        return b.toString();
    }

    /**
     * One holding's line. A method of its own, not the loop's body: the JVM compiles a method after a few hundred
     * calls, but a loop in a method called once only after 60,000 turns run in the interpreter.
     */
    private static void row(StringBuilder b, Holding h, Map<Double, String> rates) {
        Format.pad(b, cut(h.asset(), 13), 14, false);
        Format.pad(b, money(h.valueUsd()), 14, true).append("  ");
        Format.pad(b, h.bucketInferred() ? h.bucket().id() + " (inferred)" : h.bucket().id(), 18, false);
        Format.pad(b, cut(h.protocol(), 13), 14, false);
        Format.pad(b, cut(h.chain(), 11), 12, false);
        Format.pad(b, h.hasOwnApy() ? rates.computeIfAbsent(h.statedApy(), Format::percent) : "catalog", 10, true)
                .append('\n');
    }

    /** A count with its thousands, as the table's dollars have them: 100,000. */
    private static String count(int n) {
        return String.format(Locale.US, "%,d", n);
    }

    private static String cut(String s, int n) {
        return s == null ? "" : s.length() > n ? s.substring(0, n - 1) + "…" : s;
    }
}
