package org.yieldplan.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.yieldplan.pools.Parsed;
import org.yieldplan.pools.Pool;
import org.yieldplan.pools.PoolCsv;
import org.yieldplan.pools.PoolHistory;
import org.yieldplan.pools.PoolList;
import org.yieldplan.pools.PoolText;

/**
 * DeFiLlama files in either form: the yields API's JSON ({@link DefiLlamaJson}) or the CSV exports
 * ({@link PoolCsv}), told apart by their first character; gzip or not ({@link PoolText}).
 */
public final class DefiLlamaFiles {

    /** The bundled pool list: DeFiLlama's DEX pools of 2025-08-31 ({@code samples/pools/README.md}). */
    public static final String BUNDLED_POOLS = "samples/pools/pools_2025-08-31.csv.gz";

    private DefiLlamaFiles() {
    }

    /** The bundled pool list (1,134 pools of 2025-08-31). */
    public static List<Pool> bundledPools() {
        Parsed<Pool> pools = pools(bundledText(), null);
        if (!pools.problems().isEmpty()) {
            throw new IllegalStateException(BUNDLED_POOLS + ": " + pools.problems().get(0));
        }
        return pools.values();
    }

    /**
     * The bundled pool list as holdings are matched to it, its rows made into pools only when asked for (the same
     * pools as {@link #bundledPools}: it reads without a problem).
     */
    public static PoolList bundledPoolList() {
        return PoolList.readWhenAsked(bundledText(), null);
    }

    private static PoolText bundledText() {
        try (InputStream in = DefiLlamaFiles.class.getClassLoader().getResourceAsStream(BUNDLED_POOLS)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + BUNDLED_POOLS + " is missing from the build");
            }
            return PoolText.of(BUNDLED_POOLS, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(BUNDLED_POOLS + ": " + e.getMessage(), e);
        }
    }

    /**
     * A pool list.
     *
     * @param text the file
     * @param date the date of a list that carries none (the API's JSON); CSV rows' own dates win
     */
    public static Parsed<Pool> pools(PoolText text, LocalDate date) {
        return text.json() ? DefiLlamaJson.pools(text, date) : PoolCsv.pools(text, date);
    }

    /**
     * Pool histories: a history CSV (many pools), or one pool's chart JSON whose pool id is the file
     * name without its extension ({@code 4f715567-….json}).
     *
     * @param text the file
     * @param last the last date to read, or null for all
     */
    public static Parsed<PoolHistory> histories(PoolText text, LocalDate last) {
        if (!text.json()) {
            return PoolCsv.histories(text, last);
        }
        String name = java.nio.file.Path.of(text.source()).getFileName().toString();
        String pool = name.replaceAll("(\\.json)?(\\.gz)?$", "");
        return DefiLlamaJson.chart(text, pool, last);
    }
}
