package org.yieldplan.web.library;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.yieldplan.simulation.SimulationProgress;

/**
 * Where scenarios are computed: a fixed number of workers (one per core by default) and a short
 * queue; a computation that finds the queue full is refused ({@link ComputeBusy}, answered 503 with
 * {@code Retry-After}). One computation per key at a time: a second request for the same scenario
 * joins the first. A computation runs to its end even when the request that started it has gone
 * (its result is cached for the next visit), but never longer than the pool's run limit: past it,
 * it is stopped at its next progress report.
 */
public final class ComputePool implements AutoCloseable {

    /** Computations waiting for a worker before new ones are refused. */
    public static final int QUEUE = 4;

    private final ThreadPoolExecutor pool;
    private final Map<String, Job<?>> jobs = new ConcurrentHashMap<>();
    private final long maxRunNanos;

    /** One computation, with its progress. */
    public static final class Job<T> {
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private volatile int done;
        private volatile int total;
        private volatile boolean cancelled;

        /** The result when it is ready. */
        public CompletableFuture<T> result() {
            return result;
        }

        /** The share of the simulation's paths done, 0 to 1 (0 before the simulation starts). */
        public double progress() {
            int t = total;
            return t == 0 ? 0 : Math.min(1, (double) done / t);
        }

        /** Stops the computation at its next progress report. */
        public void cancel() {
            cancelled = true;
        }
    }

    /**
     * @param workers computations at once
     * @param maxRun  longest a computation may run
     */
    public ComputePool(int workers, Duration maxRun) {
        this.maxRunNanos = maxRun.toNanos();
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "compute");
            t.setDaemon(true);
            return t;
        });
    }

    /** One worker per core, 60 s at most per computation. */
    public static ComputePool standard() {
        return new ComputePool(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(60));
    }

    /**
     * Starts the computation under the key, or joins the one already running under it.
     *
     * @param work the computation, given the progress to report (which throws once it must stop)
     * @throws ComputeBusy when every worker is busy and the queue is full
     */
    @SuppressWarnings("unchecked")
    public <T> Job<T> submit(String key, Function<SimulationProgress, T> work) {
        Job<T>[] started = new Job[1];
        Job<T> job = (Job<T>) jobs.computeIfAbsent(key, k -> started[0] = new Job<>());
        if (started[0] == null) {
            return job;
        }
        try {
            pool.execute(() -> run(key, job, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(key, job);
            job.result.completeExceptionally(e);
            throw new ComputeBusy("the server is busy computing other scenarios (" + pool.getMaximumPoolSize()
                    + " at once, " + QUEUE + " waiting); try again in a moment", 5);
        }
        return job;
    }

    private <T> void run(String key, Job<T> job, Function<SimulationProgress, T> work) {
        long deadline = System.nanoTime() + maxRunNanos;
        try {
            if (job.cancelled) {
                throw new CancellationException("cancelled before it started");
            }
            job.result.complete(work.apply((done, total) -> {
                if (job.cancelled || System.nanoTime() > deadline) {
                    throw new CancellationException("stopped: it ran longer than " + maxRunNanos / 1_000_000_000 + " s");
                }
                job.done = done;
                job.total = total;
            }));
        } catch (RuntimeException | Error e) {
            job.result.completeExceptionally(e);
        } finally {
            jobs.remove(key, job);
        }
    }

    /** Computations running or waiting now. */
    public int active() {
        return jobs.size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
