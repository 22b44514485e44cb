package org.yieldplan.pools;

import java.time.LocalDate;
import java.util.*;

/**
 * Model selection, second round (not a test): features from information other than the pool's own APY path, each
 * from points dated on or before the pool-day's date and labels dated on or before date − 28 days. Same origins and
 * scoring as {@link DropSelection} (whose candidate columns come first in each row), plus plain-Java learners
 * ({@link #evaluate2}: exact logistic regression by Newton's method, least squares on ln(later / APY)). Run like
 * DropSelection: {@code nice java -cp ... org.yieldplan.pools.DropContextSelection MODES}; MODES: letters, {@code M}
 * the 11 half-monthly origins, {@code W} 22 weekly ones (else the 5 monthly), {@code R} projects and tokens also from
 * the pool list of 2025-10-06 (else from the 2025-08-31 snapshot only, as the forecast command has them); variant
 * groups {@code g i} (SGD), {@code n s c b f t} (Newton), {@code r} (least squares), {@code w} (the check on more
 * origins); {@code k} checks {@link DropFeatures} against {@link #CHOSEN}; {@code name=f1,f2} adds the 11 + those.
 *
 * <ul>
 * <li>the pool's own past outcomes: its share of known pool-days that dropped (smoothed towards the share of all
 * known pool-days), the same among its known days with APY above its 30-day mean, the mean ln(later / APY);</li>
 * <li>the same date across pools: ln(1 + APY) and ln(APY / 30-day mean) against their medians over all pools that
 * day, over the pool's project and over pools sharing a token; the market's median APY against 7 and 30 days
 * before; the share of all (and of the project's) pool-days dated date − 34 ... date − 28 that dropped; the
 * project's TVL against 7 days before;</li>
 * <li>base and reward APY separately: each against its 30-day mean, the reward share's 30-day change.</li>
 * </ul>
 */
public class DropContextSelection {

    static final String[] EXTRA = {"poolRate", "poolRateUp", "poolMeanOut", "poolKnown", "relAll", "idioAll",
        "relProj", "idioProj", "relTok", "mkt7", "mkt30", "mktRate", "projRate", "projTvl7", "baseVs30", "rewVs30",
        "shareChg30"};
    static String[] names() { return DropSelection.concat(DropSelection.RAW, EXTRA); }
    static int[] idx(String... n) {
        List<String> all = Arrays.asList(names());
        return Arrays.stream(n).mapToInt(s -> { int k = all.indexOf(s); if (k < 0) throw new IllegalArgumentException(s); return k; }).toArray();
    }

    record Meta(String project, List<String> tokens) {}

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "";
        List<PoolHistory> hs = Fixtures.history(DropSelection.LAST);
        Map<String, DropFeatures.Marks> marks = new HashMap<>();
        Fixtures.snapshot().forEach(p -> marks.put(p.id(), DropFeatures.Marks.of(p)));
        Map<String, Meta> meta = new HashMap<>();
        if (which.contains("R")) for (Pool p : org.yieldplan.json.DefiLlamaFiles.pools(PoolText.of(Fixtures.RAW_POOLS), null).values()) {
            meta.put(p.id(), new Meta(p.project() + "/" + p.chain(), Arrays.asList(p.symbol().split("-"))));
        }
        for (Pool p : Fixtures.snapshot()) {
            meta.put(p.id(), new Meta(p.project() + "/" + p.chain(), Arrays.asList(p.symbol().split("-"))));
        }
        List<DropSelection.Row> rows = extend(hs, marks, meta);
        System.out.println(rows.size() + " pool-days");
        if (which.contains("M")) {
            List<LocalDate> o = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2025, 2, 1); !d.isAfter(LocalDate.of(2025, 7, 1)); d = d.plusDays(15)) o.add(d);
            DropSelection.ORIGINS = o;
        }
        if (which.contains("W")) {             // weekly origins: a check of the choice on more dates, all before August
            List<LocalDate> o = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2025, 2, 1); !d.isAfter(LocalDate.of(2025, 7, 3)); d = d.plusDays(7)) o.add(d);
            DropSelection.ORIGINS = o;
        }
        System.out.println("origins " + DropSelection.ORIGINS);
        String[] chosen = DropSelection.CHOSEN;
        Set<Integer> none = Set.of();
        List<DropSelection.Variant> vs = new ArrayList<>();
        vs.add(new DropSelection.Variant("chosen11", idx(chosen), none, false, false, "lr", 5, 0));
        String[][] groups = {{"poolRate"}, {"poolRate", "poolRateUp", "poolMeanOut", "poolKnown"}, {"relAll", "idioAll"},
            {"relProj", "idioProj"}, {"relTok"}, {"mkt7", "mkt30", "mktRate"}, {"projRate", "projTvl7"},
            {"baseVs30", "rewVs30", "shareChg30"}};
        if (which.contains("g")) {
            for (String[] g : groups) {
                vs.add(new DropSelection.Variant("chosen11+" + String.join(",", g), idx(DropSelection.concat(chosen, g)), none, false, false, "lr", 5, 0));
            }
            vs.add(new DropSelection.Variant("chosen11+all extras", idx(DropSelection.concat(chosen, EXTRA)), none, false, false, "lr", 5, 0));
        }
        if (which.contains("i")) {
            DropSelection.Variant base = new DropSelection.Variant("x", idx(DropSelection.concat(chosen, "mkt7", "mkt30", "mktRate")), none, false, false, "lr", 5, 0);
            vs.add(base.with("chosen11+mkt+inter(vs30)", new int[][]{idx("mkt7", "vsMean30"), idx("mkt30", "vsMean30"), idx("mktRate", "vsMean30")}, 0, 5));
            DropSelection.Variant pr = new DropSelection.Variant("x", idx(DropSelection.concat(chosen, "poolRate", "poolRateUp")), none, false, false, "lr", 5, 0);
            vs.add(pr.with("chosen11+poolRate+inter(vs30)", new int[][]{idx("poolRate", "vsMean30"), idx("poolRateUp", "vsMean30")}, 0, 5));
        }
        for (String a : args) {                // explicit variants: name=f1,f2,...
            if (a.contains("=")) {
                String[] kv = a.split("=", 2);
                vs.add(new DropSelection.Variant(kv[0], idx(DropSelection.concat(chosen, kv[1].split(","))), none, false, false, "lr", 5, 0));
            }
        }
        for (DropSelection.Variant v : vs) DropSelection.evaluate(rows, v);
        if (which.contains("k")) {
            check(rows, hs, marks);
        }
        if (which.contains("n")) {
            for (double l : new double[]{1e-4, 1e-3, 1e-2}) {
                evaluate2(rows, "newton all29 l2=" + l, idx(DropSelection.RAW), "newton", l, 0);
                evaluate2(rows, "newton chosen11+extras l2=" + l, idx(DropSelection.concat(chosen, EXTRA)), "newton", l, 0);
                evaluate2(rows, "newton all+extras l2=" + l, idx(names()), "newton", l, 0);
            }
            for (String[] g : groups) {
                evaluate2(rows, "newton all29+" + String.join(",", g), idx(DropSelection.concat(DropSelection.RAW, g)), "newton", 1e-3, 0);
            }
        }
        if (which.contains("s")) {
            for (String[] g : groups) {
                evaluate2(rows, "newton chosen11+" + String.join(",", g), idx(DropSelection.concat(chosen, g)), "newton", 1e-3, 0);
                List<String> rest = new ArrayList<>(Arrays.asList(EXTRA)); rest.removeAll(Arrays.asList(g));
                evaluate2(rows, "newton chosen11+extras-" + String.join(",", g), idx(DropSelection.concat(chosen, rest.toArray(String[]::new))), "newton", 1e-3, 0);
            }
        }
        if (which.contains("c")) {
            String[] pool4 = {"poolRate", "poolRateUp", "poolMeanOut", "poolKnown"}, base3 = {"baseVs30", "rewVs30", "shareChg30"}, mkt = {"mkt7", "mkt30", "mktRate"};
            String[] a = DropSelection.concat(DropSelection.concat(chosen, pool4), base3);
            String[] b = DropSelection.concat(a, mkt);
            String[] c = DropSelection.concat(b, "relTok");
            String[] d = DropSelection.concat(c, "relProj", "idioProj");
            evaluate2(rows, "newton chosen11", idx(chosen), "newton", 1e-3, 0);
            evaluate2(rows, "newton A own", idx(a), "newton", 1e-3, 0);
            evaluate2(rows, "newton B own+mkt", idx(b), "newton", 1e-3, 0);
            evaluate2(rows, "newton C own+mkt+tok", idx(c), "newton", 1e-3, 0);
            evaluate2(rows, "newton D own+mkt+tok+proj", idx(d), "newton", 1e-3, 0);
            evaluate2(rows, "newton all extras", idx(DropSelection.concat(chosen, EXTRA)), "newton", 1e-3, 0);
            for (int ep : new int[]{5, 20}) {
                DropSelection.evaluate(rows, new DropSelection.Variant("sgd A e" + ep, idx(a), none, false, false, "lr", ep, 0));
                DropSelection.evaluate(rows, new DropSelection.Variant("sgd C e" + ep, idx(c), none, false, false, "lr", ep, 0));
            }
        }
        if (which.contains("b")) {
            String[] b = {"poolRate", "poolRateUp", "poolMeanOut", "poolKnown", "baseVs30", "rewVs30", "shareChg30", "mkt7", "mkt30", "mktRate"};
            evaluate2(rows, "newton B", idx(DropSelection.concat(chosen, b)), "newton", 1e-3, 0);
            for (String x : b) {
                List<String> rest = new ArrayList<>(Arrays.asList(b)); rest.remove(x);
                evaluate2(rows, "newton B-" + x, idx(DropSelection.concat(chosen, rest.toArray(String[]::new))), "newton", 1e-3, 0);
            }
        }
        if (which.contains("f")) {
            evaluate2(rows, "newton B2", idx(DropSelection.concat(chosen, "poolRateUp", "poolMeanOut", "poolKnown", "shareChg30", "mkt30", "mktRate")), "newton", 1e-3, 0);
            evaluate2(rows, "newton B3", idx(DropSelection.concat(chosen, "poolRate", "poolMeanOut", "poolKnown", "shareChg30", "mkt30", "mktRate")), "newton", 1e-3, 0);
            evaluate2(rows, "newton B4 pool-local", idx(DropSelection.concat(chosen, "poolRateUp", "poolMeanOut", "poolKnown", "shareChg30")), "newton", 1e-3, 0);
        }
        if (which.contains("t")) {
            String[] b2 = DropSelection.concat(chosen, "poolRateUp", "poolMeanOut", "poolKnown", "shareChg30", "mkt30", "mktRate");
            for (int ep : new int[]{5, 20}) DropSelection.evaluate(rows, new DropSelection.Variant("sgd B2 e" + ep, idx(b2), none, false, false, "lr", ep, 0));
            evaluate2(rows, "newton B2 l2=0", idx(b2), "newton", 0, 0);
            evaluate2(rows, "newton B2 l2=1e-2", idx(b2), "newton", 1e-2, 0);
        }
        if (which.contains("w")) {
            evaluate2(rows, "newton chosen11", idx(chosen), "newton", 1e-3, 0);
            evaluate2(rows, "newton B2 (shipped)", idx(CHOSEN), "newton", 1e-3, 0);
            DropSelection.evaluate(rows, new DropSelection.Variant("sgd B2 e5", idx(CHOSEN), none, false, false, "lr", 5, 0));
        }
        if (which.contains("r")) {
            evaluate2(rows, "newton chosen11", idx(chosen), "newton", 0, 0);
            evaluate2(rows, "newton chosen11 l2=1e-3", idx(chosen), "newton", 1e-3, 0);
            for (double clip : new double[]{1, 2, 4}) {
                evaluate2(rows, "ridge chosen11 clip" + clip, idx(chosen), "ridge", 1e-4, clip);
            }
            evaluate2(rows, "ridge all29 clip2", idx(DropSelection.RAW), "ridge", 1e-3, 2);
            evaluate2(rows, "ridge all29+extras clip2", idx(names()), "ridge", 1e-3, 2);
            evaluate2(rows, "newton all29+extras l2=1e-3", idx(names()), "newton", 1e-3, 0);
        }
    }

    /** DropSelection's rows with {@link #EXTRA} appended. */
    static List<DropSelection.Row> extend(List<PoolHistory> hs, Map<String, DropFeatures.Marks> marks, Map<String, Meta> meta) {
        List<DropSelection.Row> base = DropSelection.rows(hs, marks);
        // outcome ln(later / APY) per row, and the per-pool row lists
        Map<String, PoolHistory> byPool = PoolCsv.byPool(hs);
        Map<String, List<Integer>> poolRows = new LinkedHashMap<>();
        double[] out = new double[base.size()];
        for (int r = 0; r < base.size(); r++) {
            DropSelection.Row row = base.get(r);
            poolRows.computeIfAbsent(row.pool(), k -> new ArrayList<>()).add(r);
        }
        for (List<Integer> idxs : poolRows.values()) {
            List<PoolPoint> pts = byPool.get(base.get(idxs.get(0)).pool()).points();
            for (int i = 0; i < idxs.size(); i++) {
                PoolPoint p = pts.get(i);
                OptionalDouble later = DropRule.windowMean(pts.subList(i, Math.min(pts.size(), i + 29)), p.date());
                out[idxs.get(i)] = later.isEmpty() ? Double.NaN : DropSelection.lr(Math.max(0, later.getAsDouble()), Math.max(0, p.apy()));
            }
        }
        int logApy = 0, vs30 = 3;
        // per date: rows on the date
        Map<LocalDate, List<Integer>> byDate = new TreeMap<>();
        for (int r = 0; r < base.size(); r++) byDate.computeIfAbsent(base.get(r).date(), d -> new ArrayList<>()).add(r);
        Map<LocalDate, Double> medApy = new HashMap<>(), medVs = new HashMap<>();
        Map<LocalDate, Map<String, Double>> projApy = new HashMap<>(), projVs = new HashMap<>(), tokApy = new HashMap<>();
        Map<LocalDate, Map<String, Double>> projTvl = new HashMap<>();
        for (var e : byDate.entrySet()) {
            List<Integer> day = e.getValue();
            medApy.put(e.getKey(), med(day.stream().map(r -> base.get(r).f()[logApy]).toList()));
            medVs.put(e.getKey(), med(day.stream().map(r -> base.get(r).f()[vs30]).toList()));
            Map<String, List<Double>> pa = new HashMap<>(), pv = new HashMap<>(), ta = new HashMap<>();
            Map<String, Double> tv = new HashMap<>();
            for (int r : day) {
                DropSelection.Row row = base.get(r);
                Meta m = meta.get(row.pool());
                String proj = m == null ? "?" : m.project();
                pa.computeIfAbsent(proj, k -> new ArrayList<>()).add(row.f()[logApy]);
                pv.computeIfAbsent(proj, k -> new ArrayList<>()).add(row.f()[vs30]);
                if (m != null) for (String t : m.tokens()) ta.computeIfAbsent(t, k -> new ArrayList<>()).add(row.f()[logApy]);
            }
            Map<String, Double> a = new HashMap<>(), v = new HashMap<>(), t = new HashMap<>();
            pa.forEach((k, l) -> a.put(k, med(l)));
            pv.forEach((k, l) -> v.put(k, med(l)));
            ta.forEach((k, l) -> t.put(k, med(l)));
            projApy.put(e.getKey(), a);
            projVs.put(e.getKey(), v);
            tokApy.put(e.getKey(), t);
        }
        // per pool per date TVL, for project flows over pools present on both dates
        Map<String, Map<LocalDate, Double>> tvl = new HashMap<>();
        for (PoolHistory h : hs) { Map<LocalDate, Double> m = new HashMap<>(); for (PoolPoint p : h.points()) m.put(p.date(), p.tvlUsd()); tvl.put(h.pool(), m); }
        // known outcomes by label date (all and per project)
        Map<LocalDate, int[]> known = new HashMap<>();
        Map<LocalDate, Map<String, int[]>> knownProj = new HashMap<>();
        for (DropSelection.Row row : base) {
            if (row.down() == null) continue;
            known.computeIfAbsent(row.date(), d -> new int[2])[row.down() ? 1 : 0]++;
            Meta m = meta.get(row.pool());
            knownProj.computeIfAbsent(row.date(), d -> new HashMap<>()).computeIfAbsent(m == null ? "?" : m.project(), k -> new int[2])[row.down() ? 1 : 0]++;
        }
        // cumulative known share over all pools by label date (for the pool-rate prior)
        List<DropSelection.Row> result = new ArrayList<>(Collections.nCopies(base.size(), null));
        for (var e : poolRows.entrySet()) {
            List<Integer> idxs = e.getValue();
            Meta m = meta.get(e.getKey());
            String proj = m == null ? "?" : m.project();
            List<PoolPoint> pts = byPool.get(e.getKey()).points();
            int k = 0, n = 0, down = 0, nUp = 0, downUp = 0;
            double sumOut = 0;
            for (int i = 0; i < idxs.size(); i++) {
                DropSelection.Row row = base.get(idxs.get(i));
                LocalDate d = row.date();
                LocalDate lastLabel = d.minusDays(28);
                while (k < i && !base.get(idxs.get(k)).date().isAfter(lastLabel)) {
                    DropSelection.Row kr = base.get(idxs.get(k));
                    if (kr.down() != null) {
                        n++; if (kr.down()) down++;
                        sumOut += Math.max(-5, Math.min(5, out[idxs.get(k)]));
                        if (kr.f()[vs30] > 0) { nUp++; if (kr.down()) downUp++; }
                    }
                    k++;
                }
                double prior = 0.3, a = 5;
                // market: all pools' known pool-days dated d-34..d-28
                int[] mk = new int[2], pk = new int[2];
                for (int b = 28; b <= 34; b++) {
                    int[] c = known.get(d.minusDays(b)); if (c != null) { mk[0] += c[0]; mk[1] += c[1]; }
                    Map<String, int[]> cp = knownProj.get(d.minusDays(b));
                    if (cp != null && cp.get(proj) != null) { pk[0] += cp.get(proj)[0]; pk[1] += cp.get(proj)[1]; }
                }
                double mktRate = (mk[1] + a * prior) / (mk[0] + mk[1] + a);
                double projRate = (pk[1] + a * mktRate) / (pk[0] + pk[1] + a);
                // project TVL now vs 7 days before, over its pools with a point on both days
                double now = 0, before = 0;
                for (int r : byDate.get(d)) {
                    DropSelection.Row o = base.get(r);
                    Meta om = meta.get(o.pool());
                    if (!proj.equals(om == null ? "?" : om.project())) continue;
                    Double b7 = tvl.get(o.pool()).get(d.minusDays(7));
                    if (b7 != null && b7 > 0 && tvl.get(o.pool()).get(d) > 0) { now += tvl.get(o.pool()).get(d); before += b7; }
                }
                double[] f = row.f();
                double tokRel = 0;
                if (m != null) { double s = 0; for (String t : m.tokens()) s += tokApy.get(d).get(t); tokRel = f[logApy] - s / m.tokens().size(); }
                Double m7 = medApy.get(d.minusDays(7)), m30 = medApy.get(d.minusDays(30));
                // base and reward separately
                int at = i;
                double rew = Math.max(0, pts.get(at).apyReward()), bas = Math.max(0, pts.get(at).apy() - rew);
                double rs = 0, bs = 0, sh = 0; int c30 = 0; double shOld = Double.NaN;
                for (int j = at; j >= 0; j--) {
                    long back = java.time.temporal.ChronoUnit.DAYS.between(pts.get(j).date(), d);
                    if (back >= 30) { if (Double.isNaN(shOld)) shOld = share(pts.get(j)); break; }
                    double rj = Math.max(0, pts.get(j).apyReward());
                    rs += rj; bs += Math.max(0, pts.get(j).apy() - rj); c30++;
                }
                double[] x = {
                    (down + a * prior) / (n + a),
                    (downUp + a * prior) / (nUp + a),
                    n == 0 ? 0 : sumOut / n,
                    Math.log1p(n),
                    f[logApy] - medApy.get(d),
                    f[vs30] - medVs.get(d),
                    f[logApy] - projApy.get(d).get(proj),
                    f[vs30] - projVs.get(d).get(proj),
                    tokRel,
                    m7 == null ? 0 : medApy.get(d) - m7,
                    m30 == null ? 0 : medApy.get(d) - m30,
                    mktRate,
                    projRate,
                    before > 0 ? Math.log(now / before) : 0,
                    DropSelection.lr(bas, bs / c30),
                    DropSelection.lr(rew, rs / c30),
                    Double.isNaN(shOld) ? 0 : share(pts.get(at)) - shOld
                };
                double[] all = Arrays.copyOf(f, f.length + x.length);
                System.arraycopy(x, 0, all, f.length, x.length);
                DropSelection.Row nr = new DropSelection.Row(row.pool(), d, all, row.down());
                OUT.put(nr, out[idxs.get(i)]);
                result.set(idxs.get(i), nr);
            }
        }
        return result;
    }

    /** The shipped feature set (DropFeatures.NAMES in this harness's names). */
    static final String[] CHOSEN = DropSelection.concat(DropSelection.CHOSEN, "poolRateUp", "poolMeanOut", "poolKnown",
            "shareChg30", "mkt30", "mktRate");

    /** The chosen columns are DropFeatures, feature for feature, on every pool-day (rows in DropSelection.rows order). */
    static void check(List<DropSelection.Row> rows, List<PoolHistory> hs, Map<String, DropFeatures.Marks> marks) {
        int[] cols = idx(CHOSEN);
        DropMarket market = DropMarket.of(hs);
        int r = 0;
        for (PoolHistory h : hs) {
            double[][] shipped = DropFeatures.all(h.points(), marks.getOrDefault(h.pool(), DropFeatures.Marks.UNKNOWN), market);
            for (int i = 0; i < shipped.length; i++, r++) {
                double[] mine = rows.get(r).f();
                for (int j = 0; j < cols.length; j++) {
                    if (Math.abs(mine[cols[j]] - shipped[i][j]) > 1e-9) {
                        throw new AssertionError(h.pool() + " point " + i + ": " + names()[cols[j]] + " " + mine[cols[j]] + " != " + shipped[i][j]);
                    }
                }
            }
        }
        System.out.println("check: DropFeatures equals the chosen columns on " + r + " pool-days");
    }

    static final Map<DropSelection.Row, Double> OUT = new IdentityHashMap<>();

    /** Least squares (ridge λ) on standardised columns: weights, intercept last. */
    static double[] ridge(List<double[]> xs, double[] y, double lambda) {
        int k = xs.get(0).length + 1;
        double[][] a = new double[k][k];
        double[] b = new double[k];
        for (int i = 0; i < xs.size(); i++) {
            double[] x = Arrays.copyOf(xs.get(i), k); x[k - 1] = 1;
            for (int p = 0; p < k; p++) { b[p] += x[p] * y[i]; for (int q = 0; q < k; q++) a[p][q] += x[p] * x[q]; }
        }
        for (int p = 0; p < k - 1; p++) a[p][p] += lambda * xs.size();
        return solve(a, b);
    }
    static double[] solve(double[][] a, double[] b) {
        int n = b.length; double[][] m = new double[n][]; for (int i = 0; i < n; i++) { m[i] = Arrays.copyOf(a[i], n + 1); m[i][n] = b[i]; }
        for (int c = 0; c < n; c++) {
            int piv = c; for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
            double[] t = m[c]; m[c] = m[piv]; m[piv] = t;
            for (int r = 0; r < n; r++) if (r != c) { double f = m[r][c] / m[c][c]; for (int q = c; q <= n; q++) m[r][q] -= f * m[c][q]; }
        }
        double[] x = new double[n]; for (int i = 0; i < n; i++) x[i] = m[i][n] / m[i][i]; return x;
    }
    /** Full-batch Newton logistic regression with L2 λ: weights, intercept last. */
    static double[] logistic(List<double[]> xs, boolean[] y, double lambda) {
        int k = xs.get(0).length + 1; double[] w = new double[k];
        for (int it = 0; it < 25; it++) {
            double[][] h = new double[k][k]; double[] g = new double[k];
            for (int i = 0; i < xs.size(); i++) {
                double[] x = Arrays.copyOf(xs.get(i), k); x[k - 1] = 1;
                double z = 0; for (int p = 0; p < k; p++) z += w[p] * x[p];
                double pr = 1 / (1 + Math.exp(-z)), r = (y[i] ? 1 : 0) - pr, v = pr * (1 - pr);
                for (int p = 0; p < k; p++) { g[p] += r * x[p]; for (int q = 0; q < k; q++) h[p][q] += v * x[p] * x[q]; }
            }
            for (int p = 0; p < k - 1; p++) { g[p] -= lambda * xs.size() * w[p]; h[p][p] += lambda * xs.size(); }
            double[] d = solve(h, g); double mx = 0;
            for (int p = 0; p < k; p++) { w[p] += d[p]; mx = Math.max(mx, Math.abs(d[p])); }
            if (mx < 1e-8) break;
        }
        return w;
    }
    static double dot(double[] w, double[] x) { double z = w[w.length - 1]; for (int p = 0; p < x.length; p++) z += w[p] * x[p]; return z; }

    /** Like DropSelection.evaluate, with plain-Java learners: "newton" (logistic), "ridge" (ln(later/APY), clipped). */
    static void evaluate2(List<DropSelection.Row> rows, String name, int[] cols, String method, double lambda, double clip) {
        double auc = 0, ba = 0; StringBuilder per = new StringBuilder();
        for (LocalDate o : DropSelection.ORIGINS) {
            LocalDate lastLabel = o.minusDays(28);
            List<DropSelection.Row> tr = rows.stream().filter(r -> r.down() != null && !r.date().isAfter(lastLabel)).toList();
            int k = cols.length; double[] mean = new double[k], sd = new double[k];
            for (DropSelection.Row r : tr) for (int j = 0; j < k; j++) mean[j] += r.f()[cols[j]] / tr.size();
            for (DropSelection.Row r : tr) for (int j = 0; j < k; j++) sd[j] += Math.pow(r.f()[cols[j]] - mean[j], 2) / tr.size();
            for (int j = 0; j < k; j++) sd[j] = sd[j] > 0 ? Math.sqrt(sd[j]) : 1;
            java.util.function.Function<DropSelection.Row, double[]> z = r -> { double[] x = new double[k]; for (int j = 0; j < k; j++) x[j] = (r.f()[cols[j]] - mean[j]) / sd[j]; return x; };
            List<double[]> xs = tr.stream().map(z).toList();
            boolean[] y = new boolean[tr.size()]; double[] yc = new double[tr.size()]; int down = 0;
            for (int i = 0; i < y.length; i++) { y[i] = tr.get(i).down(); down += y[i] ? 1 : 0; yc[i] = -Math.max(-clip, Math.min(clip, OUT.get(tr.get(i)))); }
            double rate = (double) down / y.length;
            double[] w = method.equals("ridge") ? ridge(xs, yc, lambda) : logistic(xs, y, lambda);
            double thr;
            if (method.equals("ridge")) {          // Platt: a 1-D logistic on the training scores, then the drop share
                List<double[]> s1 = xs.stream().map(x -> new double[]{dot(w, x)}).toList();
                double[] pw = logistic(s1, y, 0);
                thr = (Math.log(rate / (1 - rate)) - pw[1]) / pw[0];
            } else {
                thr = Math.log(rate / (1 - rate));
            }
            List<DropSelection.Row> test = rows.stream().filter(r -> r.date().equals(o) && r.down() != null).toList();
            double[] sc = new double[test.size()]; boolean[] yt = new boolean[test.size()];
            for (int i = 0; i < sc.length; i++) { sc[i] = dot(w, z.apply(test.get(i))); yt[i] = test.get(i).down(); }
            ForecastScore f = ForecastScore.of(sc, yt, thr);
            int no = DropSelection.ORIGINS.size(); auc += f.auc() / no; ba += f.balancedAccuracy() / no;
            per.append(String.format(Locale.US, " %.3f/%.3f", f.auc(), f.balancedAccuracy()));
        }
        System.out.printf(Locale.US, "%-28s AUC %.3f BA %.3f |%s%n", name, auc, ba, per);
    }

    static double share(PoolPoint p) { double a = Math.max(0, p.apy()); return a > 0 ? Math.min(1, Math.max(0, p.apyReward()) / a) : 0; }

    static double med(List<Double> v) { return DropSelection.median(v); }
}
