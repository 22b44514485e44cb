package org.yieldplan.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p><b>Reproducibility.</b> Path i draws from its own {@code L64X128MixRandom} seeded with
 * {@code seed + i·0x9E3779B97F4A7C15} (the generator mixes its seed, so neighbouring paths are unrelated streams);
 * results are stored by path index and combined in index order, so a seed gives the same numbers on any
 * number of threads.
 *
 * <p><b>Safe withdrawal</b> (bisection with common random numbers): on each path, with the path's market figures
 * fixed, bisect for the largest initial withdrawal W at which the plan (scaled by
 * {@link WithdrawalStrategy#startingAt}) pays every instalment; the safe withdrawal is the largest W that at least
 * {@code targetSuccess} of the paths survive, i.e. the (1 − target) quantile of the per-path maxima.
 */
public final class WithdrawalSimulator {

    private static final RandomGeneratorFactory<RandomGenerator> GENERATORS = RandomGeneratorFactory.of("L64X128MixRandom");
    private static final long PATH_STRIDE = 0x9E3779B97F4A7C15L;
    private static final int BLOCK = 64;
    private static final int BISECTIONS = 24;

    private final int threads;

    /** A simulator that uses every core. */
    public WithdrawalSimulator() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A simulator with a fixed number of threads, at least 1. */
    public WithdrawalSimulator(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** The deterministic plan: the ledger run once on the base-case path (see {@link MarketModel#expected}). */
    public PlanSchedule plan(PlanSetup setup) {
        MarketModel model = setup.model();
        PlanLedger ledger = setup.ledger(model);
        BucketPath path = setup.newPath(model);
        model.expected(path);
        List<PlanRow> months = new ArrayList<>(ledger.months());
        int fail = ledger.run(path, setup.plan().strategy(), null, null, 0, months, false);
        double atStart = ledger.startMonth() == 1 ? months.get(0).startBalance() : months.get(ledger.startMonth() - 2).endBalance();
        return new PlanSchedule(setup.plan().strategy().describe(), setup.plan().startAfterYears(), setup.plan().frequency(),
                atStart, fail == 0 ? null : fail, fail == 0 ? null : (fail - 1) / 12 + 1, PlanYears.of(months), months);
    }

    /** The Monte Carlo simulation with the setup's settings. */
    public SimulationResult simulate(PlanSetup setup, SimulationProgress progress) {
        SimulationSettings s = setup.settings();
        MarketModel model = setup.model();
        PlanLedger ledger = setup.ledger(model);
        WithdrawalStrategy strategy = setup.plan().strategy();
        double startBalance = Math.max(1, plan(setup).balanceAtStart());
        int paths = s.paths();
        int years = setup.horizonYears();
        double[] balance = new double[paths * years];
        double[] income = new double[paths * years];
        int[] failMonth = new int[paths];
        double[] maxWithdrawal = new double[paths];
        AtomicInteger done = new AtomicInteger();
        int blocks = (paths + BLOCK - 1) / BLOCK;
        Runnable all = () -> IntStream.range(0, blocks).parallel().forEach(block -> {
            BucketPath path = setup.newPath(model);
            double[] scratch = new double[model.buckets() + 8];
            int end = Math.min(paths, (block + 1) * BLOCK);
            for (int i = block * BLOCK; i < end; i++) {
                model.simulate(GENERATORS.create(s.seed() + i * PATH_STRIDE), path, scratch);
                failMonth[i] = ledger.run(path, strategy, balance, income, i * years, null, false);
                maxWithdrawal[i] = largestSurviving(ledger, path, strategy, startBalance);
            }
            progress.update(done.addAndGet(end - block * BLOCK), paths);
        });
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(all).join();
        } finally {
            pool.shutdown();
        }
        return Summaries.result(s, failMonth, balance, income, years,
                safe(maxWithdrawal, s.targetSuccess(), strategy, startBalance));
    }

    /** The per-path bisection: the largest W in [0, startBalance] at which every instalment is paid. */
    static double largestSurviving(PlanLedger ledger, BucketPath path, WithdrawalStrategy strategy, double startBalance) {
        double hi = startBalance;
        if (ledger.run(path, strategy.startingAt(hi, startBalance), null, null, 0, null, true) == 0) {
            return hi;
        }
        double lo = 0;
        for (int k = 0; k < BISECTIONS; k++) {
            double mid = (lo + hi) / 2;
            if (ledger.run(path, strategy.startingAt(mid, startBalance), null, null, 0, null, true) == 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static SafeWithdrawal safe(double[] maxima, double target, WithdrawalStrategy strategy, double startBalance) {
        double[] sorted = maxima.clone();
        java.util.Arrays.sort(sorted);
        int survivors = (int) Math.ceil(target * sorted.length - 1e-9);     // paths that must survive
        double w = sorted[sorted.length - Math.max(1, survivors)];
        return new SafeWithdrawal(w, w / 12, target, w / startBalance, strategy.startingAt(w, startBalance).describe());
    }
}
