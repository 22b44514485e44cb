package org.yieldplan.pools;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.function.*;
import org.tribuo.*;
import org.tribuo.classification.*;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The model-selection harness behind the README's "APY-drop forecast" tables (not a test: it trains hundreds of
 * models, minutes of CPU). Rolling origins before 2025-08-01 only (history read up to 2025-07-31): at each origin,
 * train on pool-days up to origin − 28 days, score the pools with a point on the origin whose outcome the history
 * shows; mean AUC and balanced accuracy (down when p ≥ the training drop share) over the origins. Candidate
 * features are computed here ({@link #RAW}); the second round, features from other information, is
 * {@link DropContextSelection}, whose {@code k} mode compares {@link DropFeatures} with the chosen columns. Run from {@code planner/} after {@code mvn test-compile}:
 *
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * nice java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.yieldplan.pools.DropSelection MODES
 * </pre>
 * MODES: letters, {@code M} for 11 half-monthly origins 2025-02-01..2025-07-01 (else the 5 monthly ones of
 * {@code DropValidationTest}); {@code a b c d e} the variant groups below.
 */
public class DropSelection {
    static final LocalDate LAST = LocalDate.of(2025, 7, 31);
    static List<LocalDate> ORIGINS5 = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1));
    static List<LocalDate> ORIGINS = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1));
    static final double EPS = 1e-4;
    static final String[] RAW = {"logApy","vsMean7","vsMean14","vsMean30","vsMean60","vsMed7","vsMed30","vsMin30","vsMax30",
        "m7vsM30","vsPrev","cv30","z30","rewardShare","rewardVsMean30","baseVsMean30","logTvl","tvl7","tvl30","logAge","cov30",
        "sinceJump","stable","il","multi","vsMean90","lnRatioSq","vsMax7","vsMean3"};
    record Row(String pool, LocalDate date, double[] f, Boolean down) {}

    static double tvlTrend(double now, double before) {
        return Double.isNaN(before) || !(now > 0) || !(before > 0) ? 0 : Math.log(now / before);
    }
    static double lr(double a, double b) { return Math.log((a + EPS) / (b + EPS)); }
    static double median(List<Double> v) { if (v.isEmpty()) return 0; List<Double> s = new ArrayList<>(v); Collections.sort(s); int n = s.size(); return n % 2 == 1 ? s.get(n/2) : (s.get(n/2-1)+s.get(n/2))/2; }

    static double[] feat(List<PoolPoint> pts, int i, DropFeatures.Marks m) {
        PoolPoint now = pts.get(i);
        double apy = Math.max(0, now.apy());
        double[] sum = new double[5]; int[] n = new int[5]; int[] win = {7,14,30,60,90};
        List<Double> w7 = new ArrayList<>(), w30 = new ArrayList<>();
        double sq30=0, min30=Double.POSITIVE_INFINITY, max30=0, max7=0, rsum30=0, bsum30=0, sum3=0; int n3=0;
        double tvl7=Double.NaN, tvl30=Double.NaN; long sinceJump = -1;
        for (int j = i; j >= 0; j--) {
            PoolPoint p = pts.get(j);
            long back = ChronoUnit.DAYS.between(p.date(), now.date());
            double a = Math.max(0, p.apy());
            for (int k = 0; k < 5; k++) if (back < win[k]) { sum[k] += a; n[k]++; }
            if (back < 3) { sum3 += a; n3++; }
            if (back < 7) { w7.add(a); max7 = Math.max(max7, a); }
            if (back < 30) { w30.add(a); sq30 += a*a; min30 = Math.min(min30,a); max30 = Math.max(max30,a);
                rsum30 += Math.max(0,p.apyReward()); bsum30 += Math.max(0, a - Math.max(0,p.apyReward())); }
            if (sinceJump < 0 && j > 0) { double prev = Math.max(0, pts.get(j-1).apy()); if (a > 1.5*prev + 0.001) sinceJump = back; }
            if (back >= 7 && Double.isNaN(tvl7)) tvl7 = p.tvlUsd();
            if (back >= 30 && Double.isNaN(tvl30)) tvl30 = p.tvlUsd();
            if (back >= 90) break;
        }
        double[] mean = new double[5]; for (int k=0;k<5;k++) mean[k]=sum[k]/n[k];
        double m30 = mean[2];
        double sd30 = Math.sqrt(Math.max(0, sq30/n[2] - m30*m30));
        double prev = i > 0 ? Math.max(0, pts.get(i-1).apy()) : apy;
        long age = ChronoUnit.DAYS.between(pts.get(0).date(), now.date());
        double reward = Math.max(0, now.apyReward());
        double base = Math.max(0, apy - reward);
        double r30 = lr(apy, m30);
        return new double[] { Math.log1p(apy), lr(apy, mean[0]), lr(apy, mean[1]), r30, lr(apy, mean[3]),
            lr(apy, median(w7)), lr(apy, median(w30)), lr(apy, min30), lr(apy, max30), lr(mean[0], m30), lr(apy, prev),
            sd30/(m30+EPS), (apy-m30)/(sd30+EPS*10), apy>0?Math.min(1,reward/apy):0, lr(reward, rsum30/n[2]), lr(base, bsum30/n[2]),
            Math.log1p(Math.max(0, now.tvlUsd())), tvlTrend(now.tvlUsd(), tvl7), tvlTrend(now.tvlUsd(), tvl30),
            Math.log1p(age), n[2]/30.0, Math.log1p(sinceJump < 0 ? Math.min(age, 90) : sinceJump),
            m.stablecoin(), m.ilRisk(), m.multi(), lr(apy, mean[4]), r30*Math.abs(r30), lr(apy, max7), lr(sum3/n3, m30)};
    }

    static List<Row> rows(Collection<PoolHistory> hs, Map<String, DropFeatures.Marks> marks) {
        List<Row> out = new ArrayList<>();
        for (PoolHistory h : hs) {
            List<PoolPoint> pts = h.points();
            DropFeatures.Marks m = marks.getOrDefault(h.pool(), DropFeatures.Marks.UNKNOWN);
            for (int i = 0; i < pts.size(); i++) {
                PoolPoint p = pts.get(i);
                OptionalDouble later = DropRule.windowMean(pts.subList(i, Math.min(pts.size(), i + 29)), p.date());
                out.add(new Row(h.pool(), p.date(), feat(pts, i, m), later.isEmpty() ? null : DropRule.down(p.apy(), later.getAsDouble())));
            }
        }
        return out;
    }

    // ---- variants
    record Variant(String name, int[] cols, Set<Integer> rankCols, boolean addRanks, boolean weightDates, String learner, int epochs, double l2, int[][] inter, double naiveBlend) {
        Variant(String name, int[] cols, Set<Integer> rankCols, boolean addRanks, boolean weightDates, String learner, int epochs, double l2) {
            this(name, cols, rankCols, addRanks, weightDates, learner, epochs, l2, new int[0][], 0);
        }
        Variant with(String n, int[][] in, double blend, int ep) { return new Variant(n, cols, rankCols, addRanks, weightDates, learner, ep, l2, in, blend); }
    }

    static int[] idx(String... names) { List<String> all = Arrays.asList(RAW); return Arrays.stream(names).mapToInt(s -> { int k = all.indexOf(s); if (k<0) throw new IllegalArgumentException(s); return k; }).toArray(); }

    /** transforms rows into model inputs: selected columns, with optional per-date rank columns appended */
    static Map<Row, double[]> inputs(List<Row> rows, Variant v) {
        Map<LocalDate, List<Row>> byDate = new HashMap<>();
        for (Row r : rows) byDate.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r);
        Map<Row, double[]> out = new IdentityHashMap<>();
        int extra = (v.addRanks() ? v.rankCols().size() : 0) + v.inter().length;
        for (List<Row> day : byDate.values()) {
            Map<Integer, double[]> ranks = new HashMap<>();
            for (int c : v.rankCols()) {
                double[] vals = day.stream().mapToDouble(r -> r.f()[c]).toArray();
                ranks.put(c, rank(vals));
            }
            for (int k = 0; k < day.size(); k++) {
                Row r = day.get(k);
                double[] x = new double[v.cols().length + extra];
                for (int j = 0; j < v.cols().length; j++) {
                    int c = v.cols()[j];
                    x[j] = (!v.addRanks() && v.rankCols().contains(c)) ? ranks.get(c)[k] : r.f()[c];
                }
                int e = v.cols().length;
                if (v.addRanks()) for (int c : v.rankCols()) x[e++] = ranks.get(c)[k];
                for (int[] pr : v.inter()) x[e++] = r.f()[pr[0]] * r.f()[pr[1]];
                out.put(r, x);
            }
        }
        return out;
    }
    static double[] rank(double[] v) {
        int n = v.length; Integer[] o = new Integer[n]; for (int i=0;i<n;i++) o[i]=i;
        Arrays.sort(o, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[n];
        for (int i=0;i<n;) { int j=i; while (j+1<n && v[o[j+1]]==v[o[i]]) j++; for (int k=i;k<=j;k++) r[o[k]] = ((i+j)/2.0+0.5)/n; i=j+1; }
        return r;
    }

    static final LabelFactory LF = new LabelFactory();
    interface Scorer { double score(double[] x); }

    static Scorer train(List<double[]> xs, List<Boolean> ys, List<Double> ws, Variant v) {
        int k = xs.get(0).length;
        double[] mean = new double[k], sc = new double[k];
        for (double[] x : xs) for (int j=0;j<k;j++) mean[j]+=x[j]/xs.size();
        for (double[] x : xs) for (int j=0;j<k;j++) sc[j]+=Math.pow(x[j]-mean[j],2)/xs.size();
        for (int j=0;j<k;j++) sc[j] = sc[j]>0?Math.sqrt(sc[j]):1;
        boolean std = true;
        String[] names = new String[k]; for (int j=0;j<k;j++) names[j]="f"+j;
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("x", LF), LF);
        for (int i=0;i<xs.size();i++) {
            double[] z = xs.get(i).clone(); if (std) for (int j=0;j<k;j++) z[j]=(z[j]-mean[j])/sc[j];
            ArrayExample<Label> e = new ArrayExample<>(new Label(ys.get(i)?"down":"kept"), names, z);
            e.setWeight((float)(double) ws.get(i));
            data.add(e);
        }
        Trainer<Label> t;
        t = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(1.0, 0.1), v.epochs(), Integer.MAX_VALUE, 1, Trainer.DEFAULT_SEED);
        Model<Label> model = t.train(data);
        return x -> { double[] z = x.clone(); if (std) for (int j=0;j<k;j++) z[j]=(z[j]-mean[j])/sc[j];
            Label s = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, z)).getOutputScores().get("down");
            return s == null ? 0 : s.getScore(); };
    }

    public static void main(String[] args) {
        List<PoolHistory> hs = Fixtures.history(LAST);
        Map<String, DropFeatures.Marks> marks = new HashMap<>();
        Fixtures.snapshot().forEach(p -> marks.put(p.id(), DropFeatures.Marks.of(p)));
        List<Row> rows = rows(hs, marks);
        System.out.println(rows.size() + " pool-days");
        String[] base17 = {"logApy","vsMean7","vsMean30","vsMin30","vsMax30","m7vsM30","vsPrev","cv30","rewardShare","logTvl","tvl7","tvl30","logAge","cov30","stable","il","multi"};
        List<Variant> vs = new ArrayList<>();
        String which = args.length > 0 ? args[0] : "base";
        if (which.contains("M")) { List<LocalDate> o = new ArrayList<>(); for (LocalDate d = LocalDate.of(2025,2,1); !d.isAfter(LocalDate.of(2025,7,1)); d = d.plusDays(15)) o.add(d); ORIGINS = o; }
        System.out.println("origins " + ORIGINS);
        Set<Integer> none = Set.of();
        vs.add(new Variant("current17", idx(base17), none, false, false, "lr", 5, 0));
        vs.add(new Variant("naive-only-lr", idx("vsMean30"), none, false, false, "lr", 5, 0));
        String[] all = RAW;
        if (which.contains("a")) {
            vs.add(new Variant("all", idx(all), none, false, false, "lr", 5, 0));
            vs.add(new Variant("all-w", idx(all), none, false, true, "lr", 5, 0));
            vs.add(new Variant("all+ranks", idx(all), new TreeSet<>(Arrays.stream(idx("logApy","vsMean30","vsMean7","vsMean60","z30","vsMax30","logTvl")).boxed().toList()), true, false, "lr", 5, 0));
            vs.add(new Variant("all+ranks-w", idx(all), new TreeSet<>(Arrays.stream(idx("logApy","vsMean30","vsMean7","vsMean60","z30","vsMax30","logTvl")).boxed().toList()), true, true, "lr", 5, 0));
            vs.add(new Variant("base17+r", idx(concat(base17, "vsMean14","vsMean60","vsMed30","z30","sinceJump","lnRatioSq","vsMean3")), none, false, false, "lr", 5, 0));
        }
        if (which.contains("b")) {
            vs.clear();
            Variant A = new Variant("all", idx(all), none, false, false, "lr", 5, 0);
            vs.add(A);
            vs.add(A.with("all e10", new int[0][], 0, 10));
            vs.add(A.with("all e20", new int[0][], 0, 20));
            int[][] inter = {idx("logApy","vsMean30"), idx("rewardShare","vsMean30"), idx("stable","vsMean30"), idx("logTvl","vsMean30"), idx("cv30","vsMean30")};
            vs.add(A.with("all+inter", inter, 0, 5));
            vs.add(A.with("all blend.3", new int[0][], 0.3, 5));
            vs.add(A.with("all blend.5", new int[0][], 0.5, 5));
            for (String drop : new String[]{"logApy","rewardShare","logTvl","stable","sinceJump","z30","cv30","vsPrev"}) {
                List<String> keep = new ArrayList<>(Arrays.asList(all)); keep.remove(drop);
                vs.add(new Variant("all-" + drop, idx(keep.toArray(String[]::new)), none, false, false, "lr", 5, 0));
            }
        }
        if (which.contains("c")) {
            vs.clear();
            Variant A = new Variant("all", idx(all), none, false, false, "lr", 5, 0);
            int[][] inter = {idx("logApy","vsMean30"), idx("rewardShare","vsMean30"), idx("stable","vsMean30"), idx("logTvl","vsMean30"), idx("cv30","vsMean30")};
            vs.add(new Variant("current17", idx(base17), none, false, false, "lr", 5, 0));
            vs.add(A);
            vs.add(A.with("all+inter", inter, 0, 5));
            vs.add(A.with("all e3", new int[0][], 0, 3));
            vs.add(A.with("all+inter e3", inter, 0, 3));
            Set<Integer> rk = new TreeSet<>(Arrays.stream(idx("logApy","vsMean30","vsMean7","vsMean60","z30","vsMax30","logTvl")).boxed().toList());
            vs.add(new Variant("all+ranks", idx(all), rk, true, false, "lr", 5, 0).with("all+ranks+inter", inter, 0, 5));
            vs.add(new Variant("all-w", idx(all), none, false, true, "lr", 5, 0).with("all+inter-w", inter, 0, 5));
        }
        if (which.contains("d")) {
            vs.clear();
            String[] compact = {"logApy","vsMean7","vsMean30","vsMed30","vsMin30","vsMax30","cv30","rewardShare","logTvl","tvl30","stable","il","multi"};
            vs.add(new Variant("compact", idx(compact), none, false, false, "lr", 5, 0));
            vs.add(new Variant("current17 hl60", idx(base17), none, false, false, "lr", 5, 60));
            vs.add(new Variant("current17 hl120", idx(base17), none, false, false, "lr", 5, 120));
            vs.add(new Variant("all hl90", idx(all), none, false, false, "lr", 5, 90));
            vs.add(new Variant("naive-only", idx("vsMean30"), none, false, false, "lr", 5, 0));
        }
        if (which.contains("e")) {
            vs.clear();
            String[] compact = {"logApy","vsMean7","vsMean30","vsMed30","vsMin30","vsMax30","cv30","rewardShare","logTvl","tvl30","stable","il","multi"};
            Variant C = new Variant("compact", idx(compact), none, false, false, "lr", 5, 0);
            vs.add(C.with("compact+inter", new int[][]{idx("logApy","vsMean30"), idx("rewardShare","vsMean30"), idx("stable","vsMean30")}, 0, 5));
            vs.add(new Variant("compact+med7+mean60", idx(concat(compact, "vsMed7", "vsMean60")), none, false, false, "lr", 5, 0));
            vs.add(new Variant("compact-tvl30-logTvl", idx("logApy","vsMean7","vsMean30","vsMed30","vsMin30","vsMax30","cv30","rewardShare","stable","il","multi"), none, false, false, "lr", 5, 0));
            vs.add(new Variant("compact+age+cov", idx(concat(compact, "logAge", "cov30")), none, false, false, "lr", 5, 0));
        }
        for (Variant v : vs) evaluate(rows, v);
    }
    /** The first round's chosen 11 features (the first 11 of DropFeatures.NAMES, in this harness's names). */
    static final String[] CHOSEN = {"logApy","vsMean7","vsMean30","vsMed30","vsMin30","vsMax30","cv30","rewardShare","stable","il","multi"};

    static String[] concat(String[] a, String... b) { String[] o = Arrays.copyOf(a, a.length+b.length); System.arraycopy(b,0,o,a.length,b.length); return o; }

    static void evaluate(List<Row> rows, Variant v) {
        Map<Row, double[]> in = inputs(rows, v);
        double auc=0, ba=0, baT=0, nauc=0;
        List<double[]> allS = new ArrayList<>(); // per origin (score, y, downRate)
        StringBuilder per = new StringBuilder();
        for (LocalDate o : ORIGINS) {
            LocalDate lastLabel = o.minusDays(28);
            List<double[]> xs = new ArrayList<>(); List<Boolean> ys = new ArrayList<>(); List<Double> ws = new ArrayList<>();
            Map<LocalDate,Integer> perDate = new HashMap<>();
            for (Row r : rows) if (r.down()!=null && !r.date().isAfter(lastLabel)) perDate.merge(r.date(),1,Integer::sum);
            int down=0;
            for (Row r : rows) if (r.down()!=null && !r.date().isAfter(lastLabel)) { xs.add(in.get(r)); ys.add(r.down()); if (r.down()) down++;
                double w = v.weightDates() ? 100.0/perDate.get(r.date()) : 1.0;
                if (v.l2() > 0) w *= Math.pow(0.5, java.time.temporal.ChronoUnit.DAYS.between(r.date(), o) / v.l2());
                ws.add(w); }
            if (v.weightDates() || v.l2() > 0) { double tot = ws.stream().mapToDouble(d->d).sum(); for (int i=0;i<ws.size();i++) ws.set(i, ws.get(i)*ws.size()/tot); }
            double rate = (double) down / xs.size();
            Scorer s = train(xs, ys, ws, v);
            List<Row> test = rows.stream().filter(r -> r.date().equals(o) && r.down()!=null).toList();
            double[] sc = new double[test.size()]; boolean[] y = new boolean[test.size()]; double[] nv = new double[test.size()];
            for (int i=0;i<sc.length;i++){ sc[i]=s.score(in.get(test.get(i))); y[i]=test.get(i).down(); nv[i]=test.get(i).f()[3]; }
            if (v.naiveBlend() > 0) { double[] a = rank(sc), b = rank(nv); for (int i=0;i<sc.length;i++) sc[i] = (1-v.naiveBlend())*a[i] + v.naiveBlend()*b[i]; rate = 1 - rate; }
            ForecastScore f = ForecastScore.of(sc, y, rate);
            int no=ORIGINS.size(); auc+=f.auc()/no; ba+=f.balancedAccuracy()/no; nauc+=ForecastScore.auc(nv,y)/no;
            per.append(String.format(Locale.US, " %.3f/%.3f", f.auc(), f.balancedAccuracy()));
            for (int i=0;i<sc.length;i++) allS.add(new double[]{sc[i], y[i]?1:0, rate});
        }
        // threshold as multiple of downRate maximizing mean BA (pooled)
        double bestM=1, bestBa=0;
        for (double m0=0.6;m0<=1.6;m0+=0.05) { final double m=m0; double[] s2=allS.stream().mapToDouble(a->a[0]-a[2]*m).toArray(); boolean[] y2=new boolean[allS.size()]; for(int i=0;i<y2.length;i++) y2[i]=allS.get(i)[1]>0;
            double b=ForecastScore.of(s2,y2,0).balancedAccuracy(); if (b>bestBa){bestBa=b;bestM=m;} }
        System.out.printf(Locale.US, "%-28s AUC %.3f BA %.3f naive %.3f | pooled best thr x%.2f BA %.3f |%s%n", v.name(), auc, ba, nauc, bestM, bestBa, per);
    }
}
