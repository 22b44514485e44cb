package org.yieldplan.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yieldplan.pools.Parsed;
import org.yieldplan.pools.Pool;
import org.yieldplan.pools.PoolHistory;
import org.yieldplan.pools.PoolPoint;
import org.yieldplan.pools.PoolText;

/**
 * DeFiLlama's yields API JSON: the pool list ({@code GET https://yields.llama.fi/pools}:
 * {@code {"status": "success", "data": [{"pool", "chain", "project", "symbol", "tvlUsd", "apy",
 * "apyBase", "apyReward", "apyMean30d", "stablecoin", "ilRisk", "exposure", "outlier", "poolMeta",
 * "predictions": {"predictedClass", "predictedProbability", "binnedConfidence"}, ...}]}}) and a pool's
 * chart ({@code GET https://yields.llama.fi/chart/{pool}}: {@code {"status": "success", "data":
 * [{"timestamp", "tvlUsd", "apy", "apyBase", "apyReward", "il7d", "apyBase7d"}]}}). APYs there are
 * percent; the records hold fractions. A bare array instead of the {@code data} wrapper is accepted.
 */
public final class DefiLlamaJson {

    private DefiLlamaJson() {
    }

    /**
     * The pools of a pool list; the list has no dates, so the caller gives the date it was taken.
     * A record that cannot be read is left out with a message naming it ({@code data[12] (pool …): apy: ...}).
     */
    public static Parsed<Pool> pools(PoolText text, LocalDate date) {
        List<Pool> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        JsonNode data = data(text);
        for (int i = 0; i < data.size(); i++) {
            JsonNode r = data.get(i);
            String id = text(r, "pool");
            try {
                JsonNode pred = r.path("predictions");
                Pool.LlamaPrediction prediction = null;
                if (pred.path("predictedClass").isTextual() && pred.path("predictedProbability").isNumber()) {
                    prediction = new Pool.LlamaPrediction(pred.get("predictedClass").asText().equalsIgnoreCase("Down"),
                            pred.get("predictedProbability").asDouble() / 100);
                }
                Double mean30 = number(r, "apyMean30d", false);
                out.add(new Pool(id, text(r, "project"), text(r, "chain"), text(r, "symbol"), text(r, "poolMeta"), date,
                        number(r, "tvlUsd", true), number(r, "apy", true) / 100, percent(number(r, "apyBase", false)),
                        percent(number(r, "apyReward", false)), mean30 == null ? null : mean30 / 100,
                        r.path("stablecoin").asBoolean(false), text(r, "ilRisk"), text(r, "exposure"),
                        r.path("outlier").asBoolean(false), prediction));
            } catch (IllegalArgumentException e) {
                problems.add(text.source() + " data[" + i + "] (pool " + (id == null ? "?" : id) + "): " + e.getMessage());
            }
        }
        return new Parsed<>(out, problems);
    }

    /**
     * A pool's chart as its history. A point that cannot be read is left out with a message naming it.
     *
     * @param text the chart JSON
     * @param pool the pool's id (the chart itself does not carry it)
     * @param last the last date to read, or null for all: later points are skipped once their timestamp is read
     */
    public static Parsed<PoolHistory> chart(PoolText text, String pool, LocalDate last) {
        List<PoolPoint> points = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        JsonNode data = data(text);
        for (int i = 0; i < data.size(); i++) {
            JsonNode r = data.get(i);
            try {
                String ts = text(r, "timestamp");
                if (ts == null || ts.length() < 10) {
                    throw new IllegalArgumentException("timestamp: missing or not a date");
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(ts.substring(0, 10));
                } catch (java.time.DateTimeException e) {
                    throw new IllegalArgumentException("timestamp: \"" + ts + "\" is not a date");
                }
                if (last != null && date.isAfter(last)) {
                    continue;
                }
                points.add(new PoolPoint(date, number(r, "tvlUsd", true), number(r, "apy", true) / 100,
                        percent(number(r, "apyReward", false))));
            } catch (IllegalArgumentException e) {
                problems.add(text.source() + " data[" + i + "] (pool " + pool + "): " + e.getMessage());
            }
        }
        return new Parsed<>(List.of(new PoolHistory(pool, points)), problems);
    }

    private static JsonNode data(PoolText text) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text.text());
        } catch (JsonProcessingException e) {
            throw new JsonInputException(text.source() + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")", e);
        }
        JsonNode data = root != null && root.isObject() ? root.path("data") : root;
        if (data == null || !data.isArray()) {
            throw new JsonInputException(text.source() + ": expected {\"status\": ..., \"data\": [...]} "
                    + "as DeFiLlama's yields API sends it", null);
        }
        return data;
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static Double number(JsonNode r, String field, boolean required) {
        JsonNode v = r.path(field);
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + ": missing");
            }
            return null;
        }
        throw new IllegalArgumentException(field + ": " + v + " is not a number");
    }

    private static double percent(Double v) {
        return v == null ? 0 : v / 100;
    }
}
