package org.yieldplan.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntPredicate;
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
    /** The safe withdrawal is found on a grid of 2^24 steps of the balance when withdrawals start. */
    private static final int GRID = 1 << 24;
    /** Bisections a pilot path gets in the first round of the search. */
    private static final int COARSE = 8;
    /** Bisections a later path inside the pilot's window gets in the first round (the last round finishes the few that matter). */
    private static final int INSIDE = 4;
    /** The window's half-width, in standard errors of the pilot's order statistic. */
    private static final double WINDOW_ERRORS = 3;
    /** The first paths of a run bracket their own answer from scratch; the rest test the window those give. */
    private static final int MIN_PILOT = 256;

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

    /** The number of paths a simulation with these settings runs here: the settings' count, capped. */
    public int pathsRun(SimulationSettings settings) {
        return Math.min(settings.paths(), maxPaths);
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
     * {@link #plan}'s balance when withdrawals start, from a run of the same path that keeps no rows: the year-end
     * balance before the first withdrawal year (withdrawals start at a year's start), or today's value. A run with
     * rows in the middle of a simulation would throw away the JIT's code for the simulation's runs, compiled for
     * runs without them.
     */
    double balanceAtStart(PlanSetup setup) {
        MarketModel model = setup.model();
        int startYear = setup.plan().startAfterYears();
        if (startYear == 0) {
            double total = 0;
            for (double v : model.values()) {
                total += v;                                                  // as the ledger's total(), in bucket order
            }
            return total;
        }
        BucketPath path = setup.newPath(model);
        model.median(path);
        double[] balance = new double[setup.horizonYears()];
        setup.ledger(model).run(path, setup.plan().strategy(), balance, null, 0, null, false);
        return balance[startYear - 1];
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
        PathResults r = runPaths(setup, progress, withSafeWithdrawal, false);
        return computeInPool(() -> Summaries.result(setup, r.failMonth, r.balance, r.income, setup.horizonYears(), r.safe));
    }

    /**
     * The plan's answer alone, by its own measure: the share of paths that pay every withdrawal and the safe
     * withdrawal, or for a plan that cannot run out the share of paths whose real income meets the goal every year
     * (and the safe withdrawal of the constant amount its family moves to). The same figures as {@link #simulate}'s
     * on the same paths, without the bands it would not use (an assumption set's row needs nothing else); a path
     * that can run out stops at its first missed withdrawal.
     */
    public AssumptionOutcome outcome(PlanSetup setup) {
        return outcome(setup, runPaths(setup, SimulationProgress.NONE, true, setup.plan().strategy().canDeplete()));
    }

    /** A simulation and the plan's answer by its own measure, from one run of the same paths. */
    public record SimulatedPlan(SimulationResult result, AssumptionOutcome outcome) {
    }

    /**
     * The Monte Carlo simulation ({@link #simulate}'s result) and, from the same paths, {@link #outcome}'s figures:
     * the plan's row among the assumption sets, which then tells the simulation's own answer. For a plan that cannot
     * run out the safe-withdrawal search runs for the outcome alone (the result reports none, as {@link #simulate}'s).
     */
    public SimulatedPlan simulateWithOutcome(PlanSetup setup, SimulationProgress progress) {
        PathResults r = runPaths(setup, progress, true, false);
        SafeWithdrawal reported = setup.plan().strategy().canDeplete() ? r.safe : null;
        SimulationResult result = computeInPool(() -> Summaries.result(setup, r.failMonth, r.balance, r.income,
                setup.horizonYears(), reported));
        return new SimulatedPlan(result, outcome(setup, r));
    }

    private static AssumptionOutcome outcome(PlanSetup setup, PathResults r) {
        int paths = r.failMonth.length;
        double safe = r.safe.annual();
        if (!setup.plan().strategy().canDeplete()) {
            return new AssumptionOutcome(paths, null, safe,
                    Measures.goalMetProbability(setup, r.income, paths, setup.horizonYears()));
        }
        return new AssumptionOutcome(paths, IntStream.of(r.failMonth).filter(f -> f == 0).count() / (double) paths, safe,
                null);
    }

    /**
     * Each path's first missed month (1-based, 0 if none), balance at each year's end and income paid in each year
     * (at {@code path × years + year − 1}), and the safe withdrawal if searched (else null).
     */
    private record PathResults(int[] failMonth, double[] balance, double[] income, SafeWithdrawal safe) {
    }

    /**
     * Every path of the setup, through one piece of code for the JIT to compile.
     *
     * @param stopAtFailure stop each path at its first missed withdrawal (its later years are then left at 0)
     */
    private PathResults runPaths(PlanSetup setup, SimulationProgress progress, boolean withSafeWithdrawal,
                                 boolean stopAtFailure) {
        Run run = new Run(setup, progress);
        int years = setup.horizonYears();
        double[] balance = new double[run.paths * years];
        double[] income = new double[run.paths * years];
        int[] failMonth = new int[run.paths];
        int startYear = setup.plan().startAfterYears();
        double[] atStart = new double[run.paths];
        PathWork work = (i, path) -> {
            failMonth[i] = run.ledger.run(path, run.strategy, balance, income, i * years, null, stopAtFailure);
            atStart[i] = startYear == 0 ? run.todaysValue : balance[i * years + startYear - 1];   // end of the saving years
            if (withSafeWithdrawal) {
                run.bracket(i, path, failMonth[i] == 0);
            }
        };
        if (withSafeWithdrawal) {
            run.inTwoRounds(work);
        } else {
            run.forEach(IntStream.range(0, run.paths).toArray(), work, true);
        }
        return new PathResults(failMonth, balance, income, withSafeWithdrawal ? run.safe(median(atStart)) : null);
    }

    /**
     * The success probability alone: the share of paths that pay every planned withdrawal, the same figure as
     * {@link #simulate}'s on the same paths. Each path stops at its first missed withdrawal and no bands are kept,
     * so it costs a fraction of a full simulation (the sensitivity grid needs nothing else).
     */
    public double successProbability(PlanSetup setup) {
        Run run = new Run(setup, SimulationProgress.NONE);
        AtomicInteger succeeded = new AtomicInteger();
        run.forEach(IntStream.range(0, run.paths).toArray(), (i, path) -> {
            if (run.ledger.run(path, run.strategy, null, null, 0, null, true) == 0) {
                succeeded.incrementAndGet();
            }
        }, false);
        return succeeded.get() / (double) run.paths;
    }

    /**
     * The success probability of each of several setups that differ in their price drifts alone (a row of the
     * sensitivity grid: the same volatilities, different growth shifts), on the same paths. Each path is made once,
     * from the first setup's model, and each setup runs on it with its buckets' growths times its drift factors
     * ({@link MarketModel#driftFactors}): the first setup's figure is exactly {@link #successProbability}'s, the
     * others' equal theirs up to rounding in the last bit of a growth. Setups that differ in anything else are
     * simulated one by one. For a plan that asks a fixed amount ({@link WithdrawalStrategy#fixedDemand}) and drifts
     * that can be put in rising order, a path is run only at the setups a bisection over that order needs (3 of 5,
     * fewer where most paths start paying at one place: {@link #split}): paid in full at one, it is paid in full at
     * every higher drift.
     */
    public double[] successProbabilities(List<PlanSetup> setups) {
        PlanSetup first = setups.get(0);
        MarketModel model = first.model();
        double[][] factors = new double[setups.size()][];
        PlanLedger[] ledgers = new PlanLedger[setups.size()];
        for (int c = 0; c < setups.size(); c++) {
            PlanSetup s = setups.get(c);
            MarketModel other = s.model();
            boolean samePlan = same(s.settings(), first.settings()) && same(s.plan(), first.plan())
                    && s.horizonYears() == first.horizonYears();
            factors[c] = samePlan ? model.driftFactors(other) : null;
            if (factors[c] == null) {
                return setups.stream().mapToDouble(this::successProbability).toArray();
            }
            ledgers[c] = s.ledger(other);
        }
        Run run = new Run(first, SimulationProgress.NONE);
        int n = model.buckets();
        int[] order = first.plan().strategy().fixedDemand() ? rising(factors) : null;
        AtomicIntegerArray succeeded = new AtomicIntegerArray(setups.size());
        AtomicIntegerArray starts = order == null ? null : new AtomicIntegerArray(order.length + 1);
        ThreadLocal<BucketPath> scratch = ThreadLocal.withInitial(() -> first.newPath(model));
        run.forEach(IntStream.range(0, run.paths).toArray(), (i, path) -> {
            BucketPath shifted = scratch.get();
            System.arraycopy(path.apy, 0, shifted.apy, 0, path.apy.length);
            System.arraycopy(path.loss, 0, shifted.loss, 0, path.loss.length);
            IntPredicate pays = c -> {
                BucketPath on = path;
                if (c > 0) {
                    double[] f = factors[c];
                    for (int x = 0; x < path.growth.length; x += n) {
                        for (int b = 0; b < n; b++) {
                            shifted.growth[x + b] = path.growth[x + b] * f[b];     // e^(m/12 + s) · e^((m' − m)/12)
                        }
                    }
                    on = shifted;
                }
                return ledgers[c].run(on, run.strategy, null, null, 0, null, true) == 0;
            };
            if (order == null) {
                for (int c = 0; c < factors.length; c++) {
                    if (pays.test(c)) {
                        succeeded.incrementAndGet(c);
                    }
                }
            } else {
                int low = 0;                                   // order[< low] miss an instalment, order[>= high] pay all
                int high = order.length;
                while (low < high) {
                    int mid = split(starts, low, high);
                    if (pays.test(order[mid])) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                starts.incrementAndGet(high);
                for (int k = high; k < order.length; k++) {
                    succeeded.incrementAndGet(order[k]);
                }
            }
        }, false);
        double[] out = new double[setups.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = succeeded.get(c) / (double) run.paths;
        }
        return out;
    }

    /**
     * Where to test a path first among {@code order[low..high − 1]} (it starts paying at some place in [low, high],
     * {@code high} meaning at none of them): the place that splits in half the paths so far that started paying there,
     * each place counted once more (with none so far, the middle, as a plain bisection). The answer is the same
     * whatever is tested first; a column where most paths pay at every shift tests most of them once.
     */
    private static int split(AtomicIntegerArray starts, int low, int high) {
        long total = 0;
        for (int k = low; k <= high; k++) {
            total += starts.get(k) + 1;
        }
        long upTo = 0;
        for (int mid = low; mid < high - 1; mid++) {
            upTo += starts.get(mid) + 1;                       // paths that start paying at or before mid
            if (2 * upTo >= total) {
                return mid;
            }
        }
        return high - 1;
    }

    /**
     * Equal values, the same instance checked first: the grid's setups share their settings and plan, and a record's
     * first {@code equals} is bootstrapped through method handles (classes spun, and their spinning compiled by the
     * JIT), which cost a {@code plan} command about 0.1 s.
     */
    private static boolean same(Object a, Object b) {
        return a == b || a.equals(b);
    }

    /**
     * The setups in an order in which every bucket's drift factor rises (each at least the one before it in every
     * bucket), or null if there is none: on one path, a plan that asks a fixed amount and is paid in full at one
     * setup is paid in full at every later one, so a bisection over that order finds where a path starts paying.
     */
    private static int[] rising(double[][] factors) {
        int[] order = IntStream.range(0, factors.length).boxed()
                .sorted((a, b) -> Double.compare(factors[a][0], factors[b][0])).mapToInt(Integer::intValue).toArray();
        for (int k = 1; k < order.length; k++) {
            for (int b = 0; b < factors[0].length; b++) {
                if (factors[order[k]][b] < factors[order[k - 1]][b]) {
                    return null;
                }
            }
        }
        return order;
    }

    /** The safe withdrawal alone (the same paths and answer as {@link #simulate}'s). */
    public SafeWithdrawal safeWithdrawal(PlanSetup setup, SimulationProgress progress) {
        Run run = new Run(setup, progress);
        int years = setup.horizonYears();
        int startYear = setup.plan().startAfterYears();
        double[] atStart = new double[run.paths];
        run.inTwoRounds((i, path) -> {
            double[] balance = new double[years];
            boolean paid = run.ledger.run(path, run.strategy, balance, null, 0, null, false) == 0;
            atStart[i] = startYear > 0 ? balance[startYear - 1] : run.todaysValue;
            run.bracket(i, path, paid);
        });
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
     * <p>The safe-withdrawal search works on the grid W = j · (start balance) / 2²⁴, j = 0 … 2²⁴. Each path keeps a
     * bracket lo &lt; hi of grid indices: it pays every instalment at lo (at 0 it takes nothing) and misses one at hi
     * (2²⁴ + 1 stands for "above the start balance"); its largest surviving index v lies in [lo, hi − 1]. The answer
     * is the k-th smallest v (k = paths that may fail).
     * <ol>
     *   <li>Where the plan's own strategy is a point of the family (a constant amount, {@link
     *   WithdrawalStrategy#ownStart}), the plan's run of each path already bounds its v: at least the grid point below
     *   the plan's W if the plan paid every instalment there, below the point above it if not. Every bracket starts
     *   from that bound and no test it answers is run (with a plan far from the answer, most paths need none); the
     *   pilot paths are bisected once the pilot is in, and only on the side of the plan's W where the pilot's
     *   quantile lies.</li>
     *   <li>The first paths (the pilot, {@value #MIN_PILOT} or a sixteenth of the paths, whichever is more, rounded
     *   up to even) check the start balance, then bisect {@value #COARSE} times in [0, 2²⁴].</li>
     *   <li>Their brackets give a window [A, B] around the target quantile, {@value #WINDOW_ERRORS} standard errors
     *   of the pilot's order statistic wide on each side. Every other path is tested at the window's edges: below
     *   the window, above it, or inside, where it bisects {@value #INSIDE} times in [A, B]. The edge tested first is
     *   the one beyond which more of the pilot's open paths lie, so most paths cost one short run (a run stops at
     *   its first missed instalment).</li>
     *   <li>The answer lies between the k-th smallest lo and the k-th smallest hi − 1; only the paths whose range
     *   meets that interval can decide it, so only they are made again and bisected to a single grid step. The
     *   others' ranges lie wholly below or above it, so the k-th smallest lo is then the answer: exactly the grid
     *   value a bisection of every path to 2⁻²⁴ gives. If the window misses the quantile this round simply has more
     *   paths to refine; the answer is the same.</li>
     * </ol>
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
        final int[] lo;
        final int[] hi;
        final int pilot;
        /** The grid points just below and just above the plan's own W ({@link WithdrawalStrategy#ownStart}), or -1. */
        final int ownLow;
        final int ownHigh;
        /** For each pilot path, whether the plan paid every instalment on it (with the plan's bound only). */
        final boolean[] paidAtOwn;
        final AtomicInteger done = new AtomicInteger();
        /** Pairs of path buffers for the blocks to reuse (a block fills every figure of its paths before use). */
        final Queue<BucketPath[]> buffers = new ConcurrentLinkedQueue<>();
        int windowLow;
        int windowHigh;
        /** Test the window's upper edge first ({@link #upperFirst}). */
        boolean upperEdgeFirst;

        Run(PlanSetup setup, SimulationProgress progress) {
            this.setup = setup;
            this.progress = progress;
            this.model = setup.model();
            this.ledger = setup.ledger(model);
            this.strategy = setup.plan().strategy();
            this.paths = pathsRun(setup.settings());
            this.startBalance = Math.max(1, balanceAtStart(setup));
            this.todaysValue = java.util.Arrays.stream(model.values()).sum();
            this.lo = new int[paths];
            this.hi = new int[paths];
            this.pilot = Math.min(paths, (Math.max(MIN_PILOT, paths / 16) + 1) & ~1);   // even: the rest starts a pair
            this.paidAtOwn = new boolean[pilot];
            double own = strategy.ownStart(startBalance);
            if (own > 0) {
                int below = (int) Math.min(GRID, Math.floor(own / startBalance * GRID));
                while (below > 0 && value(below) > own) {
                    below--;                                                  // value(below) <= own, in floating point
                }
                int above = below;
                while (above <= GRID && value(above) < own) {
                    above++;                                                  // value(above) >= own; GRID + 1 past the top
                }
                this.ownLow = below;
                this.ownHigh = above;
            } else {
                this.ownLow = -1;
                this.ownHigh = -1;
            }
        }

        /**
         * Fills the market of each path in {@code indices} (ascending) and hands it to the work, in blocks over the
         * pool: {@value #BLOCK} paths, or fewer (an even number) when there are too few paths for every thread to get
         * four blocks (the search's last rounds run on a few paths, each of them many times). Paths are made in
         * antithetic pairs (2k, 2k + 1) from pair k's generator; a pair is made once when both its paths are wanted
         * (and fall in one block: a run of indices from an even one never splits a pair).
         */
        void forEach(int[] indices, PathWork work, boolean report) {
            long seed = setup.settings().seed();
            int size = Math.min(BLOCK, (Math.max(2, (indices.length + 4 * threads - 1) / (4 * threads)) + 1) & ~1);
            int blocks = (indices.length + size - 1) / size;
            runInPool(() -> IntStream.range(0, blocks).parallel().forEach(block -> {
                BucketPath[] buffer = buffers.poll();
                if (buffer == null) {
                    buffer = new BucketPath[] {setup.newPath(model), setup.newPath(model)};
                }
                BucketPath first = buffer[0];
                BucketPath second = buffer[1];
                int end = Math.min(indices.length, (block + 1) * size);
                for (int k = block * size; k < end; k++) {
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
                buffers.add(buffer);
                if (report) {
                    progress.update(done.addAndGet(end - block * size), paths);
                }
            }));
        }

        /** The work over every path: the pilot first, then, with the window it gives, the rest. */
        void inTwoRounds(PathWork work) {
            windowLow = 0;
            windowHigh = GRID + 1;
            forEach(IntStream.range(0, pilot).toArray(), work, true);
            int k = failing();
            int rank = (int) ((long) k * pilot / paths);
            double q = k / (double) paths;
            int margin = (int) Math.ceil(WINDOW_ERRORS * Math.sqrt(pilot * q * (1 - q))) + 2;
            if (ownLow >= 0) {
                bisectPilot(rank - margin, rank + margin);
            }
            if (pilot < paths) {
                windowLow = rank - margin < 0 ? 0 : kth(lo, pilot, rank - margin);
                windowHigh = rank + margin >= pilot ? GRID + 1 : kth(hi, pilot, rank + margin);
                upperEdgeFirst = upperFirst();
                forEach(IntStream.range(pilot, paths).toArray(), work, true);
            }
        }

        /**
         * Whether more of the pilot's paths lie above the window than below it, among those the plan's own run
         * leaves open across the window (the others need no test): a path beyond the edge tested first costs one run,
         * a path beyond the other edge two.
         */
        boolean upperFirst() {
            int above = 0;
            int below = 0;
            for (int i = 0; i < pilot; i++) {
                int from = ownLow >= 0 && paidAtOwn[i] ? ownLow : 0;
                int to = ownLow >= 0 && !paidAtOwn[i] ? ownHigh : GRID + 1;
                if (from < windowHigh && to > windowLow) {
                    above += lo[i] >= windowHigh ? 1 : 0;
                    below += hi[i] <= windowLow ? 1 : 0;
                }
            }
            return above > below;
        }

        /**
         * With the plan's bound, every pilot path the plan paid on lies above every one it missed on, so the pilot's
         * order statistics from {@code first} to {@code last} (the window's edges) come from one side alone unless
         * they straddle the count missed: only the pilot paths of the side(s) they come from are bisected.
         */
        void bisectPilot(int first, int last) {
            int missed = 0;
            for (int i = 0; i < pilot; i++) {
                missed += paidAtOwn[i] ? 0 : 1;
            }
            boolean below = first < missed;
            boolean above = last >= missed;
            int[] chosen = IntStream.range(0, pilot).filter(i -> paidAtOwn[i] ? above : below).toArray();
            forEach(chosen, (i, path) -> bisect(i, path, COARSE), false);
        }

        /**
         * Round one for path i: a pilot path brackets its answer from scratch, the others test the window's edges and
         * bisect only inside it. Where the plan's strategy is on the search's family ({@link #ownLow}), the plan's own
         * run of the path starts the bracket: it pays at the grid point below the plan's W if the plan succeeded,
         * misses at the point above it if not; the tests that bracket already answers are not run.
         *
         * @param planPaid whether the plan itself paid every instalment on this path
         */
        void bracket(int i, BucketPath path, boolean planPaid) {
            lo[i] = 0;
            hi[i] = GRID + 1;
            if (ownLow >= 0) {
                if (planPaid) {
                    lo[i] = ownLow;
                } else {
                    hi[i] = ownHigh;
                }
            }
            if (i < pilot) {
                narrow(i, path, GRID);
                if (ownLow >= 0) {
                    paidAtOwn[i] = planPaid;
                    return;                                                  // bisected once the pilot is in
                }
            } else {
                narrow(i, path, upperEdgeFirst ? windowHigh : windowLow);
                narrow(i, path, upperEdgeFirst ? windowLow : windowHigh);
                if (hi[i] > windowLow && lo[i] < windowHigh) {
                    bisect(i, path, INSIDE);                                 // inside the window
                }
                return;
            }
            bisect(i, path, COARSE);
        }

        /** Tests path i at grid index j if its bracket does not already answer it. */
        void narrow(int i, BucketPath path, int j) {
            if (lo[i] < j && j < hi[i]) {
                if (survives(path, j)) {
                    lo[i] = j;
                } else {
                    hi[i] = j;
                }
            }
        }

        /** Up to {@code times} bisections of path i's bracket, stopping at a single grid step. */
        void bisect(int i, BucketPath path, int times) {
            for (int k = 0; k < times && hi[i] - lo[i] > 1; k++) {
                int mid = (lo[i] + hi[i]) >>> 1;
                if (survives(path, mid)) {
                    lo[i] = mid;
                } else {
                    hi[i] = mid;
                }
            }
        }

        /** Whether the path pays every instalment starting at grid index j. */
        boolean survives(BucketPath path, int j) {
            return ledger.run(path, strategy.startingAt(value(j), startBalance), null, null, 0, null, true) == 0;
        }

        /** Grid index j in USD a year. */
        double value(int j) {
            return startBalance * (j / (double) GRID);
        }

        /** The 0-based order statistic of the answer: the number of paths that may fail. */
        int failing() {
            return paths - Math.max(1, (int) Math.ceil(setup.settings().targetSuccess() * paths - 1e-9));
        }

        /**
         * The last round and the answer: the largest W that at least target × paths survive.
         *
         * @param medianStart the median path's balance when withdrawals start, USD
         */
        SafeWithdrawal safe(double medianStart) {
            double target = setup.settings().targetSuccess();
            int k = failing();
            int low = kth(lo, paths, k);
            int high = kth(hi, paths, k) - 1;
            int[] open = IntStream.range(0, paths).filter(i -> lo[i] <= high && hi[i] - 1 >= low && hi[i] - lo[i] > 1)
                    .toArray();
            forEach(open, (i, path) -> bisect(i, path, Integer.MAX_VALUE), false);
            double w = value(kth(lo, paths, k));
            String as = w > 0 ? strategy.startingAt(w, startBalance).describe()
                    : "no withdrawal meets the target: too many paths run out whatever is taken";
            return new SafeWithdrawal(w, w / 12, target, medianStart, medianStart > 0 ? w / medianStart : 0,
                    todaysValue > 0 ? w / todaysValue : 0, as, startBalance / GRID);
        }
    }

    private static double median(double[] values) {
        return Quantiles.median(values.clone());
    }

    /** The k-th smallest (0-based) of the first n values, which are left as they are. */
    private static int kth(int[] values, int n, int k) {
        double[] copy = new double[n];
        for (int i = 0; i < n; i++) {
            copy[i] = values[i];
        }
        return (int) Quantiles.kth(copy, k);
    }
}
