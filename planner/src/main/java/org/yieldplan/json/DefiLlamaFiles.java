package org.yieldplan.json;

import java.time.LocalDate;
import org.yieldplan.pools.Parsed;
import org.yieldplan.pools.Pool;
import org.yieldplan.pools.PoolCsv;
import org.yieldplan.pools.PoolHistory;
import org.yieldplan.pools.PoolText;

/**
 * DeFiLlama files in either form: the yields API's JSON ({@link DefiLlamaJson}) or the CSV exports
 * ({@link PoolCsv}), told apart by their first character; gzip or not ({@link PoolText}).
 */
public final class DefiLlamaFiles {

    private DefiLlamaFiles() {
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
