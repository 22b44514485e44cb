package org.yieldplan.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DeFiLlama's CSV layouts: the pool list (snake_case columns as in the dune pipeline's
 * {@code current_state} and {@code raw_pools} exports: {@code pool, protocol_slug, chain, symbol,
 * timestamp, tvl_usd, apy, apy_base, apy_reward, apy_mean_30d, stablecoin, il_risk, exposure,
 * outlier, predictions}...; camelCase names as in the API are accepted too) and the pool history
 * ({@code timestamp, tvl_usd, apy, apy_base, apy_reward, pool_id}). APYs in the files are percent.
 */
public final class PoolCsv {

    private static final Pattern CLASS = Pattern.compile("'?predictedClass'?\\s*:\\s*'?([A-Za-z/]+)'?");
    private static final Pattern PROBABILITY = Pattern.compile("'?predictedProbability'?\\s*:\\s*([0-9.]+|None|null)");

    private PoolCsv() {
    }

    /**
     * The pools of a pool-list CSV.
     *
     * @param text        the file's text
     * @param defaultDate the date for rows without {@code dt} or {@code timestamp}
     */
    public static Parsed<Pool> pools(PoolText text, LocalDate defaultDate) {
        CsvRows csv = new CsvRows(text);
        Columns columns = Columns.of(csv);
        List<Pool> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
            String poolId = "?";
            try {
                List<String> r = csv.row(i);
                if (r == null) {
                    continue;
                }
                poolId = columns.id(r);
                out.add(columns.pool(r, defaultDate));
            } catch (IllegalArgumentException e) {
                problems.add(csv.source() + " line " + CsvRows.lineOf(i) + " (pool " + poolId + "): " + e.getMessage());
            }
        }
        return new Parsed<>(out, problems);
    }

    /** Where a pool list's header puts each figure of a pool, and a row made into its pool. */
    record Columns(int id, int project, int chain, int symbol, int apy, int tvl, Optional<Integer> dt,
                   Optional<Integer> timestamp, Optional<Integer> meta, Optional<Integer> base,
                   Optional<Integer> reward, Optional<Integer> mean30, Optional<Integer> stable, Optional<Integer> il,
                   Optional<Integer> exposure, Optional<Integer> outlier, Optional<Integer> predictions) {

        /** The columns of the list's header; a message naming the file when it lacks a required one. */
        static Columns of(CsvRows csv) {
            return new Columns(csv.required("pool", "pool_id"), csv.required("protocol_slug", "project"),
                    csv.required("chain"), csv.required("symbol"), csv.required("apy"), csv.required("tvl_usd", "tvlUsd"),
                    csv.column("dt"), csv.column("timestamp"), csv.column("pool_meta", "poolMeta"),
                    csv.column("apy_base", "apyBase"), csv.column("apy_reward", "apyReward"),
                    csv.column("apy_mean_30d", "apyMean30d"), csv.column("stablecoin"), csv.column("il_risk", "ilRisk"),
                    csv.column("exposure"), csv.column("outlier"), csv.column("predictions"));
        }

        /** The row's pool id, or null when its cell is empty. */
        String id(List<String> r) {
            return CsvRows.text(r, Optional.of(id));
        }

        /**
         * The row's pool.
         *
         * @param defaultDate the date for a row without {@code dt} or {@code timestamp}
         * @throws IllegalArgumentException naming the column at fault
         */
        Pool pool(List<String> r, LocalDate defaultDate) {
            String when = Optional.ofNullable(CsvRows.text(r, dt)).orElse(CsvRows.text(r, timestamp));
            LocalDate date = when == null ? defaultDate : CsvRows.date(when, "date");
            if (date == null) {
                throw new IllegalArgumentException("no dt or timestamp, and no date given for the file");
            }
            return new Pool(id(r), CsvRows.text(r, Optional.of(project)), CsvRows.text(r, Optional.of(chain)),
                    CsvRows.text(r, Optional.of(symbol)), CsvRows.text(r, meta), date,
                    CsvRows.requiredNumber(r, tvl, "tvl_usd"), CsvRows.requiredNumber(r, apy, "apy") / 100,
                    percent(CsvRows.number(r, base, "apy_base")), percent(CsvRows.number(r, reward, "apy_reward")),
                    fraction(CsvRows.number(r, mean30, "apy_mean_30d")),
                    "true".equalsIgnoreCase(CsvRows.text(r, stable)), CsvRows.text(r, il), CsvRows.text(r, exposure),
                    "true".equalsIgnoreCase(CsvRows.text(r, outlier)), prediction(CsvRows.text(r, predictions)));
        }
    }

    /**
     * The histories of a history CSV, one per pool id, in order of first appearance.
     *
     * @param text the file's text
     * @param last the last date to read, or null for all: a later row is skipped once its date is
     *             read, before any of its figures is looked at
     */
    public static Parsed<PoolHistory> histories(PoolText text, LocalDate last) {
        CsvRows csv = new CsvRows(text);
        int timestamp = csv.required("timestamp");
        int tvl = csv.required("tvl_usd", "tvlUsd");
        int apy = csv.required("apy");
        int pool = csv.required("pool_id", "pool");
        Optional<Integer> reward = csv.column("apy_reward", "apyReward");
        Map<String, List<PoolPoint>> byPool = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
            String poolId = "?";
            try {
                List<String> r = csv.row(i);
                if (r == null) {
                    continue;
                }
                poolId = CsvRows.text(r, Optional.of(pool));
                LocalDate date = CsvRows.date(CsvRows.text(r, Optional.of(timestamp)), "timestamp");
                if (last != null && date.isAfter(last)) {
                    continue;
                }
                if (poolId == null) {
                    throw new IllegalArgumentException("pool_id: empty");
                }
                PoolPoint p = new PoolPoint(date, CsvRows.requiredNumber(r, tvl, "tvl_usd"),
                        CsvRows.requiredNumber(r, apy, "apy") / 100, percent(CsvRows.number(r, reward, "apy_reward")));
                byPool.computeIfAbsent(poolId, k -> new ArrayList<>()).add(p);
            } catch (IllegalArgumentException e) {
                problems.add(csv.source() + " line " + CsvRows.lineOf(i) + " (pool " + poolId + "): " + e.getMessage());
            }
        }
        List<PoolHistory> out = new ArrayList<>();
        byPool.forEach((k, v) -> out.add(new PoolHistory(k, v)));
        return new Parsed<>(out, problems);
    }

    /**
     * A forecast file as {@code forecast} writes it: {@code pool,probDown} (probabilities 0-1).
     * A row with a probability outside 0-1 or not a number is left out and named.
     */
    public static Parsed<Map.Entry<String, Double>> forecasts(PoolText text) {
        CsvRows csv = new CsvRows(text);
        int pool = csv.required("pool");
        int prob = csv.required("probDown");
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
            String poolId = "?";
            try {
                List<String> r = csv.row(i);
                if (r == null) {
                    continue;
                }
                poolId = CsvRows.text(r, Optional.of(pool));
                double p = CsvRows.requiredNumber(r, prob, "probDown");
                if (poolId == null || !(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("probDown: must be 0 to 1 with a pool id, got " + p);
                }
                out.add(Map.entry(poolId, p));
            } catch (IllegalArgumentException e) {
                problems.add(csv.source() + " line " + CsvRows.lineOf(i) + " (pool " + poolId + "): " + e.getMessage());
            }
        }
        return new Parsed<>(out, problems);
    }

    /** Histories by pool id. */
    public static Map<String, PoolHistory> byPool(List<PoolHistory> histories) {
        Map<String, PoolHistory> out = new HashMap<>();
        histories.forEach(h -> out.put(h.pool(), h));
        return out;
    }

    /**
     * DeFiLlama's {@code predictions} cell, a Python-style dict such as
     * {@code {'predictedClass': 'Down', 'predictedProbability': 60, 'binnedConfidence': 1}};
     * null when it has no class or no probability.
     */
    static Pool.LlamaPrediction prediction(String cell) {
        if (cell == null) {
            return null;
        }
        Matcher c = from(CLASS.matcher(cell), cell, "predictedClass");
        Matcher p = from(PROBABILITY.matcher(cell), cell, "predictedProbability");
        if (c == null || p == null || !c.find() || !p.find() || p.group(1).equals("None") || p.group(1).equals("null")) {
            return null;
        }
        return new Pool.LlamaPrediction(c.group(1).equalsIgnoreCase("Down"), Double.parseDouble(p.group(1)) / 100);
    }

    /**
     * The matcher set to start where its pattern can first match, just before the key's first place in the cell (the
     * same first match as a search of the whole cell, without trying the pattern at every character before); null
     * when the cell lacks the key.
     */
    private static Matcher from(Matcher m, String cell, String key) {
        int at = cell.indexOf(key);
        return at < 0 ? null : m.region(Math.max(0, at - 1), cell.length());
    }

    private static double percent(Double v) {
        return v == null ? 0 : v / 100;
    }

    private static Double fraction(Double v) {
        return v == null ? null : v / 100;
    }
}
