package org.yieldplan.web.pools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yieldplan.json.DefiLlamaFiles;
import org.yieldplan.market.Catalog;
import org.yieldplan.pools.Pool;
import org.yieldplan.pools.PoolCsv;
import org.yieldplan.pools.PoolScreen;
import org.yieldplan.pools.PoolText;
import org.yieldplan.sustainability.LikelyDrop;
import org.yieldplan.sustainability.Thresholds;

/**
 * The pool list the site shows: the bundled DeFiLlama snapshot ({@link DefiLlamaFiles#bundledPools()},
 * 1,134 DEX pools) with the forecast the {@code forecast} command wrote for it
 * ({@code samples/pools/forecast_2025-08-31.csv}), screened once at start.
 */
public final class PoolSnapshot {

    /** The bundled forecast for it. */
    public static final String FORECAST = "samples/pools/forecast_2025-08-31.csv";

    private PoolSnapshot() {
    }

    /** The bundled snapshot screened under the catalog with the default thresholds. */
    public static PoolScreen bundled(Catalog catalog) {
        Map<String, Double> prob = new LinkedHashMap<>();
        PoolCsv.forecasts(PoolText.of(FORECAST, resource(FORECAST))).values().forEach(e -> prob.put(e.getKey(), e.getValue()));
        return PoolScreen.of(DefiLlamaFiles.bundledPools(), catalog, Thresholds.defaults(), prob, LikelyDrop.defaults());
    }

    private static byte[] resource(String path) {
        try (InputStream in = PoolSnapshot.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + ": not bundled (build with mvn package)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** The pools of a screen, for tests. */
    static java.util.List<Pool> pools(PoolScreen s) {
        return s.pools().stream().map(p -> p.pool()).toList();
    }
}
