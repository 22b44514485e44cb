package org.yieldplan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yieldplan.json.DefiLlamaFiles;
import org.yieldplan.pools.DropForecast;
import org.yieldplan.pools.Parsed;
import org.yieldplan.pools.Pool;
import org.yieldplan.pools.PoolHistory;
import org.yieldplan.pools.PoolText;

/** {@code forecast}: the APY-drop forecast for every pool of a pool list, trained on pool histories. */
public final class ForecastCommand implements Command {

    private static final Set<String> VALUES = Set.of("history", "pools", "as-of", "out");

    @Override
    public String name() {
        return "forecast";
    }

    @Override
    public String summary() {
        return "probability that each pool's APY drops within four weeks (DeFiLlama pools and history)";
    }

    @Override
    public String usage() {
        return """
                usage: yieldplan forecast --history FILE --pools FILE --as-of YYYY-MM-DD [--out predictions.csv]

                  --history FILE   pool histories: DeFiLlama history CSV (timestamp,tvl_usd,apy,apy_base,apy_reward,pool_id)
                                   or one pool's /chart JSON named POOL-ID.json; .gz accepted
                  --pools FILE     the pool list to forecast: /pools JSON or the CSV snapshot layout; .gz accepted
                  --as-of DATE     the forecast's date: labels from pool-days up to DATE − 28 days, features from
                                   points up to DATE; nothing later is read
                  --out FILE       where to write pool,probDown (default: print it)

                "Down" means the mean APY of days 21-28 after the date is below 80 % of the APY on the date.""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Args a = Args.parse(words, VALUES, Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected '" + a.positional().get(0) + "' (see --help)");
        }
        for (String need : List.of("history", "pools", "as-of")) {
            if (!a.has(need)) {
                throw new UsageException("give --" + need + " (see --help)");
            }
        }
        LocalDate asOf = date(a.get("as-of"));
        Parsed<PoolHistory> histories = DefiLlamaFiles.histories(PoolText.of(a.path("history")), asOf);
        Parsed<Pool> pools = DefiLlamaFiles.pools(PoolText.of(a.path("pools")), asOf);
        report(err, histories.problems());
        report(err, pools.problems());
        if (pools.values().isEmpty()) {
            throw new IllegalArgumentException(a.get("pools") + ": no pool could be read");
        }
        Map<String, Double> prob = DropForecast.chosen().probDown(histories.values(), pools.values(), asOf).probDown();
        StringBuilder b = new StringBuilder("pool,probDown\n");
        prob.forEach((pool, p) -> b.append(pool).append(',').append(String.format(Locale.US, "%.4f", p)).append('\n'));
        if (a.has("out")) {
            write(a.path("out"), b.toString());
            out.println("forecast " + asOf + ": " + prob.size() + " pools written to " + a.get("out"));
        } else {
            out.print(b);
        }
        return 0;
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of: \"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }

    static void report(PrintStream err, List<String> problems) {
        problems.stream().limit(5).forEach(p -> err.println("left out: " + p));
        if (problems.size() > 5) {
            err.println("left out: " + (problems.size() - 5) + " more records");
        }
    }

    static void write(Path file, String text) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".forecast", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
