package org.yieldplan.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import org.yieldplan.withdrawal.BucketPath;
import org.yieldplan.withdrawal.PlanLedger;
import org.yieldplan.withdrawal.PlanRow;
import org.yieldplan.withdrawal.PlanSchedule;
import org.yieldplan.withdrawal.WithdrawalStrategy;

/**
 * Runs withdrawal plans: the deterministic plan on the base-case path, and the Monte Carlo simulation with its
 * success probability, percentile bands, depletion years and safe withdrawal. Stateless apart from its thread
 * count.
 *
 * <p><b>Reproducibility.</b> Paths come in antithetic pairs (2k, 2k + 1): pair k's normals come from its own
 * {@code L64X128MixRandom} seeded with {@code seed + k·0x9E3779B97F4A7C15}, the second path using them negated;
 * each path's failure times come from a generator seeded with {@code seed + i·0x9E3779B97F4A7C15 + salt} (the
 * generator mixes its seed, so these are unrelated streams). A path depends only on the seed and its index;
 * results are stored by path index and combined in index order, so a seed gives the same numbers on any
 * number of threads.
 *
 * <p><b>Safe withdrawal</b> (bisection with common random numbers): on each path, with the path's market figures
 * fixed, bisect for the largest initial withdrawal W at which the plan (scaled by
 * {@link WithdrawalStrategy#startingAt}) pays every instalment; the safe withdrawal is the largest W that at least
 * {@code targetSuccess} of the paths survive, i.e. the (1 − target) quantile of the per-path maxima, to 2⁻²⁴ of the
 * balance when withdrawals start (reported as {@link SafeWithdrawal#precision}). Assumes success falls as W rises on each path, which holds for constant amounts
 * and holds closely for the rule-based strategies.
 */
public final class WithdrawalSimulator {

    private static final long PATH_STRIDE = 0x9E3779B97F4A7C15L;
    private static final long EVENT_SALT = 0x632BE59BD9B4E019L;
    private static final int BLOCK = 64;
    private static final int COARSE = 8;
    private static final int FINE = 16;

    /**
     * The generator family, looked up on first use: the lookup scans the JDK's generators, which a command that
     * never simulates need not pay for.
     */
    private static final class Generators {
        static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of("L64X128MixRandom");
    }

    private final int threads;
    private final int maxPaths;

    /** A simulator that uses every core and runs as many paths as the settings ask. */
    public WithdrawalSimulator() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A simulator with a fixed number of threads, at least 1, that runs as many paths as the settings ask. */
    public WithdrawalSimulator(int threads) {
        this(threads, Integer.MAX_VALUE);
    }

    /**
     * A simulator with a fixed number of threads that runs at most {@code maxPaths} paths whatever the settings ask
     * (the first paths of the same seed; the result reports the number run). For tests that are not about the
     * simulation.
     */
    public WithdrawalSimulator(int threads, int maxPaths) {
        if (maxPaths < 1) {
            throw new IllegalArgumentException("maxPaths: must be at least 1, got " + maxPaths);
        }
        this.threads = Math.max(1, threads);
        this.maxPaths = maxPaths;
    }

    /** The deterministic plan: the ledger run once on the base-case path, the median path (see {@link MarketModel#median}). */
    public PlanSchedule plan(PlanSetup setup) {
        MarketModel model = setup.model();
        PlanLedger ledger = setup.ledger(model);
        BucketPath path = setup.newPath(model);
        model.median(path);
        List<PlanRow> months = new ArrayList<>(ledger.months());
        int fail = ledger.run(path, setup.plan().strategy(), null, null, 0, months, false);
        double atStart = ledger.startMonth() == 1 ? months.get(0).startBalance() : months.get(ledger.startMonth() - 2).endBalance();
        return new PlanSchedule(setup.plan().strategy().describe(), setup.plan().startAfterYears(), setup.plan().frequency(),
                atStart, fail == 0 ? null : fail, fail == 0 ? null : (fail - 1) / 12 + 1, PlanYears.of(months), months);
    }

    /**
     * The Monte Carlo simulation with the setup's settings, the safe withdrawal included for a plan that can run out
     * (one that cannot is measured by its income against the goal instead, {@link PlanMeasure}).
     */
    public SimulationResult simulate(PlanSetup setup, SimulationProgress progress) {
        return simulate(setup, progress, setup.plan().strategy().canDeplete());
    }

    /**
     * The Monte Carlo simulation.
     *
     * @param withSafeWithdrawal also search for the safe withdrawal (null in the result otherwise)
     */
    public SimulationResult simulate(PlanSetup setup, SimulationProgress progress, boolean withSafeWithdrawal) {
        Run run = new Run(setup, progress);
        int years = setup.horizonYears();
        double[] balance = new double[run.paths * years];
        double[] income = new double[run.paths * years];
        int[] failMonth = new int[run.paths];
        int startYear = setup.plan().startAfterYears();
        double[] atStart = new double[run.paths];
        run.forEach(IntStream.range(0, run.paths).toArray(), (i, path) -> {
            failMonth[i] = run.ledger.run(path, run.strategy, balance, income, i * years, null, false);
            atStart[i] = startYear == 0 ? run.todaysValue : balance[i * years + startYear - 1];   // end of the saving years
            if (withSafeWithdrawal) {
                run.coarse(i, path);
            }
        }, true);
        SafeWithdrawal safe = withSafeWithdrawal ? run.safe(median(atStart)) : null;
        return computeInPool(() -> Summaries.result(setup, failMonth, balance, income, years, safe));
    }

    /** The safe withdrawal alone (the same paths and answer as {@link #simulate}'s). */
    public SafeWithdrawal safeWithdrawal(PlanSetup setup, SimulationProgress progress) {
        Run run = new Run(setup, progress);
        int years = setup.horizonYears();
        int startYear = setup.plan().startAfterYears();
        double[] atStart = new double[run.paths];
        run.forEach(IntStream.range(0, run.paths).toArray(), (i, path) -> {
            if (startYear > 0) {
                double[] balance = new double[years];
                run.ledger.run(path, run.strategy, balance, null, 0, null, false);
                atStart[i] = balance[startYear - 1];
            } else {
                atStart[i] = run.todaysValue;
            }
            run.coarse(i, path);
        }, true);
        return run.safe(median(atStart));
    }

    /**
     * The plan on a real history ({@link HistoricalReplay}): for each start month s of the history, the median path
     * with the history's months s, s + 1, ... (wrapping around) in place from the first month of withdrawals.
     */
    public HistoricalReplay replay(PlanSetup setup, MarketHistory history) {
        MarketModel model = setup.model();
        PlanLedger ledger = setup.ledger(model);
        List<org.yieldplan.market.PriceLeg> legs = setup.positions().stream().flatMap(p -> p.legs().stream()).toList();
        int years = setup.horizonYears();
        List<HistoricalReplay.ReplayStart> starts = new ArrayList<>();
        HistoricalReplay.ReplayStart worst = null;
        for (int s = 0; s < history.months(); s++) {
            BucketPath path = setup.newPath(model);
            model.median(path);
            model.replay(path, history.forLegs(legs, s), setup.plan().startAfterYears() * 12);
            double[] balance = new double[years];
            int fail = ledger.run(path, setup.plan().strategy(), balance, null, 0, null, false);
            HistoricalReplay.ReplayStart start = new HistoricalReplay.ReplayStart(history.first().plusMonths(s).toString(),
                    fail == 0, fail == 0 ? null : (fail - 1) / 12 + 1, balance[years - 1]);
            starts.add(start);
            worst = worst == null || worse(start, worst) ? start : worst;
        }
        long ok = starts.stream().filter(HistoricalReplay.ReplayStart::succeeds).count();
        return new HistoricalReplay(history.window(), starts, ok / (double) starts.size(), worst.start());
    }

    /** An earlier depletion is worse; without one, a lower final balance. */
    private static boolean worse(HistoricalReplay.ReplayStart a, HistoricalReplay.ReplayStart b) {
        int ya = a.depletionYear() == null ? Integer.MAX_VALUE : a.depletionYear();
        int yb = b.depletionYear() == null ? Integer.MAX_VALUE : b.depletionYear();
        return ya != yb ? ya < yb : a.finalBalance() < b.finalBalance();
    }

    /** Runs a task on a pool of this simulator's threads (parallel streams inside it use that pool). */
    private <T> T computeInPool(Supplier<T> task) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(task::get).join();
        } finally {
            pool.shutdown();
        }
    }

    private void runInPool(Runnable task) {
        computeInPool(() -> {
            task.run();
            return null;
        });
    }

    /** Path i's own generator of failure times. */
    private static RandomGenerator events(long seed, long i) {
        return Generators.FACTORY.create(seed + i * PATH_STRIDE + EVENT_SALT);
    }

    /** What one path's work does with its filled market path. */
    @FunctionalInterface
    private interface PathWork {
        void on(int path, BucketPath market);
    }

    /**
     * One simulation's shared, read-only inputs and its per-path results.
     *
     * <p>The safe-withdrawal search runs in two rounds. Round one bisects each path {@value #COARSE} times in
     * [0, start balance], giving lo ≤ (its largest surviving W) ≤ hi. The answer lies between the k-th smallest
     * lo and the k-th smallest hi (k = paths that may fail); only paths whose bracket overlaps that interval can
     * decide it, so only they are regenerated and bisected {@value #FINE} more times. The others keep lo, which
     * stays on the same side of the answer, so the k-th smallest value is unchanged.
     */
    private final class Run {
        final PlanSetup setup;
        final SimulationProgress progress;
        final MarketModel model;
        final PlanLedger ledger;
        final WithdrawalStrategy strategy;
        final int paths;
        final double startBalance;
        final double todaysValue;
        final double[] lo;
        final double[] hi;
        final AtomicInteger done = new AtomicInteger();

        Run(PlanSetup setup, SimulationProgress progress) {
            this.setup = setup;
            this.progress = progress;
            this.model = setup.model();
            this.ledger = setup.ledger(model);
            this.strategy = setup.plan().strategy();
            this.paths = Math.min(setup.settings().paths(), maxPaths);
            this.startBalance = Math.max(1, plan(setup).balanceAtStart());
            this.todaysValue = java.util.Arrays.stream(model.values()).sum();
            this.lo = new double[paths];
            this.hi = new double[paths];
        }

        /**
         * Fills the market of each path in {@code indices} (ascending) and hands it to the work, in blocks over the
         * pool. Paths are made in antithetic pairs (2k, 2k + 1) from pair k's generator; a pair is made once when
         * both its paths are wanted.
         */
        void forEach(int[] indices, PathWork work, boolean report) {
            long seed = setup.settings().seed();
            int blocks = (indices.length + BLOCK - 1) / BLOCK;
            runInPool(() -> IntStream.range(0, blocks).parallel().forEach(block -> {
                BucketPath first = setup.newPath(model);
                BucketPath second = setup.newPath(model);
                int end = Math.min(indices.length, (block + 1) * BLOCK);
                for (int k = block * BLOCK; k < end; k++) {
                    int i = indices[k];
                    long pair = i / 2;
                    model.simulate(Generators.FACTORY.create(seed + pair * PATH_STRIDE), events(seed, 2 * pair),
                            events(seed, 2 * pair + 1), first, second);
                    if (i % 2 == 1) {
                        work.on(i, second);
                    } else {
                        work.on(i, first);
                        if (k + 1 < end && indices[k + 1] == i + 1) {
                            work.on(i + 1, second);
                            k++;
                        }
                    }
                }
                if (report) {
                    progress.update(done.addAndGet(end - block * BLOCK), paths);
                }
            }));
        }

        /** Round one for path i: its bracket [lo, hi] after a few bisections. */
        void coarse(int i, BucketPath path) {
            lo[i] = 0;
            hi[i] = startBalance;
            if (survives(path, startBalance)) {
                lo[i] = startBalance;
                return;
            }
            bisect(i, path, COARSE);
        }

        void bisect(int i, BucketPath path, int times) {
            for (int k = 0; k < times; k++) {
                double mid = (lo[i] + hi[i]) / 2;
                if (survives(path, mid)) {
                    lo[i] = mid;
                } else {
                    hi[i] = mid;
                }
            }
        }

        boolean survives(BucketPath path, double initialAnnual) {
            return ledger.run(path, strategy.startingAt(initialAnnual, startBalance), null, null, 0, null, true) == 0;
        }

        /**
         * Round two and the answer: the largest W that at least target × paths survive.
         *
         * @param medianStart the median path's balance when withdrawals start, USD
         */
        SafeWithdrawal safe(double medianStart) {
            double target = setup.settings().targetSuccess();
            int k = paths - Math.max(1, (int) Math.ceil(target * paths - 1e-9));   // 0-based order statistic
            double low = kth(lo, k);
            double high = kth(hi, k);
            int[] open = IntStream.range(0, paths).filter(i -> hi[i] >= low && lo[i] <= high && lo[i] < hi[i]).toArray();
            forEach(open, (i, path) -> bisect(i, path, FINE), false);
            double w = kth(lo, k);
            String as = w > 0 ? strategy.startingAt(w, startBalance).describe()
                    : "no withdrawal meets the target: too many paths run out whatever is taken";
            return new SafeWithdrawal(w, w / 12, target, medianStart, medianStart > 0 ? w / medianStart : 0,
                    todaysValue > 0 ? w / todaysValue : 0, as, startBalance / (1 << (COARSE + FINE)));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double kth(double[] values, int k) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[k];
    }
}
