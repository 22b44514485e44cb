package org.yieldplan.web.library;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioLimits;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.web.store.Headline;
import org.yieldplan.web.store.ListedScenario;
import org.yieldplan.web.store.ScenarioStore;
import org.yieldplan.web.store.StoredScenario;
import org.yieldplan.web.store.StoredUpload;

/**
 * Samples and saved scenarios, with results computed on the {@link ComputePool} and cached by id; a
 * save replaces the cached result. A new or changed scenario is computed before it is saved (so that
 * one that cannot be computed is never saved); a saved scenario whose result is not in memory is
 * computed in the background, and a request that cannot wait for it gets {@link StillComputing}.
 * Who may see or change what is the {@link Caller}'s business.
 */
public final class ScenarioLibrary implements AutoCloseable {

    /** Saved scenarios offered as sources of holdings in the form, at most. */
    public static final int OWNED_ENTRIES = 50;
    /** Results of saved scenarios kept in memory, the most recently used (the samples' are always kept). */
    public static final int RESULTS_KEPT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioLibrary.class);

    private final ScenarioRunner runner;
    private final ScenarioStore store;
    private final ComputePool pool;
    private final Map<String, ScenarioEntry> samples = new LinkedHashMap<>();
    private final RecentResults cache;

    /**
     * @param samples the bundled sample scenarios, listed first, in this order
     */
    public ScenarioLibrary(ScenarioRunner runner, ScenarioStore store, List<Scenario> samples, ComputePool pool) {
        this.runner = runner;
        this.store = store;
        this.pool = pool;
        for (Scenario s : samples) {
            this.samples.put(s.id(), new ScenarioEntry(s.id(), s, true, "sample", null, null, null, null, null));
        }
        this.cache = new RecentResults(this.samples.keySet(), RESULTS_KEPT);
    }

    /** The runner, with its catalog and templates. */
    public ScenarioRunner runner() {
        return runner;
    }

    /** The store. */
    public ScenarioStore store() {
        return store;
    }

    /** The computation pool. */
    public ComputePool pool() {
        return pool;
    }

    /** The samples, in order. */
    public List<ScenarioEntry> samples() {
        return List.copyOf(samples.values());
    }

    /** A sample's result if it has been computed, else empty (the list does not wait for it). */
    public Optional<Computed> cachedSample(String id) {
        return samples.containsKey(id) ? Optional.ofNullable(cache.get(id)) : Optional.empty();
    }

    /** True once every sample's result is in memory (their list rows no longer change). */
    public boolean samplesComputed() {
        for (String id : samples.keySet()) {
            if (cache.get(id) == null) {
                return false;
            }
        }
        return true;
    }

    /** One page of the caller's saved scenarios, most recent first, from the store's summary columns. */
    public List<ListedScenario> owned(Caller caller, int offset, int limit) throws SQLException {
        return store.listOwned(caller.ownerHash(), offset, limit);
    }

    /** How many scenarios the caller owns. */
    public int ownedCount(Caller caller) throws SQLException {
        return store.countOwned(caller.ownerHash());
    }

    /** The samples, then the caller's latest saved scenarios with their inputs (at most {@link #OWNED_ENTRIES}). */
    public List<ScenarioEntry> visible(Caller caller) throws SQLException {
        List<ScenarioEntry> out = new ArrayList<>(samples.values());
        for (ListedScenario l : owned(caller, 0, OWNED_ENTRIES)) {
            store.find(l.id()).map(ScenarioLibrary::entry).ifPresent(out::add);
        }
        return out;
    }

    /** A sample or saved scenario, whoever asks (callers check {@link Caller#canRead}). */
    public Optional<ScenarioEntry> find(String id) throws SQLException {
        ScenarioEntry sample = samples.get(id);
        if (sample != null) {
            return Optional.of(sample);
        }
        Computed cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached.entry());
        }
        return store.find(id).map(ScenarioLibrary::entry);
    }

    /** A scenario the caller may see; empty when there is none or it is not theirs to see. */
    public Optional<ScenarioEntry> find(String id, Caller caller) throws SQLException {
        return find(id).filter(caller::canRead);
    }

    /** The scenario with its result, whoever asks, waiting as long as it takes (tools, tests, warm-up). */
    public Optional<Computed> computed(String id) throws SQLException {
        return computed(id, null, Duration.ofDays(1));
    }

    /**
     * The scenario with its result, computed once and cached.
     *
     * @param caller who asks: empty when the scenario is not theirs to see (null: anyone)
     * @param wait   how long to wait for a computation
     * @throws StillComputing when the result was not ready in time (it goes on in the background)
     * @throws ComputeBusy    when the computation could not even be queued
     */
    public Optional<Computed> computed(String id, Caller caller, Duration wait) throws SQLException {
        Computed cached = cache.get(id);
        if (cached != null) {
            return caller == null || caller.canRead(cached.entry()) ? Optional.of(cached) : Optional.empty();
        }
        Optional<ScenarioEntry> found = caller == null ? find(id) : find(id, caller);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ScenarioEntry e = found.get();
        ComputePool.Job<Computed> job = pool.submit(id, progress -> {
            ScenarioResult r = runner.run(e.scenario(), progress);
            Computed c = Computed.of(e, r);
            cache.put(id, c);
            if (!e.sample()) {
                saveHeadline(id, Headlines.of(r));
            }
            return c;
        });
        Computed done;
        try {
            done = job.result().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException t) {
            throw new StillComputing(e, job.progress());
        } catch (ExecutionException | CancellationException | CompletionException x) {
            if (!e.sample()) {
                saveHeadline(id, Headline.failed(rootMessage(x)));
            }
            throw rethrown(x);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw new ComputeBusy("the server is stopping", 30);
        }
        Computed now = cache.get(id);                  // a later save's, else the job's (kept or not)
        return Optional.of(now != null ? now : done);
    }

    /**
     * Computes the inputs (so that a scenario that cannot be computed is refused before it is saved),
     * gives them a new id and saves them, owned by the caller.
     *
     * @param wait how long the request can wait for the computation
     * @throws IllegalArgumentException naming the field at fault
     */
    public ScenarioEntry create(Scenario inputs, String origin, Caller owner, Duration wait) throws SQLException {
        Scenario s = withId(inputs, store.newId());
        ScenarioResult result = computeNow(s, wait);
        StoredScenario saved = store.insert(s, origin, owner.ownerHash(), Headlines.of(result));
        ScenarioEntry e = entry(saved);
        cache.put(e.id(), Computed.of(e, result));
        return e;
    }

    /** Saves the upload and a scenario of its holdings, in one transaction, owned by the caller. */
    public ScenarioEntry createFromUpload(StoredUpload upload, byte[] content, Scenario inputs, Caller owner,
                                          Duration wait) throws SQLException {
        Scenario s = withId(inputs, store.newId());
        ScenarioResult result = computeNow(s, wait);
        ScenarioEntry e = entry(store.insertUpload(upload, content, s, owner.ownerHash(), Headlines.of(result)));
        cache.put(e.id(), Computed.of(e, result));
        return e;
    }

    /**
     * Replaces a saved scenario's inputs (computing them once); a sample is never changed, nor a scenario
     * the caller does not own.
     *
     * @return the entry as saved, or empty when there is no saved scenario with this id that the caller owns
     * @throws IllegalArgumentException when the planner cannot compute the inputs
     */
    public Optional<ScenarioEntry> update(String id, Scenario inputs, Caller owner, Duration wait) throws SQLException {
        if (owned(id, owner).isEmpty()) {
            return Optional.empty();
        }
        Scenario s = withId(inputs, id);
        ScenarioResult result = computeNow(s, wait);
        if (!store.update(id, s, Headlines.of(result))) {
            return Optional.empty();
        }
        cache.remove(id);
        Optional<ScenarioEntry> e = store.find(id).map(ScenarioLibrary::entry);
        e.ifPresent(x -> cache.put(id, Computed.of(x, result)));
        return e;
    }

    /**
     * Renames the caller's saved scenario; its result is computed again on next use (the JSON carries the name).
     *
     * @return the renamed entry, or empty when there is no saved scenario with this id that the caller owns
     * @throws org.yieldplan.scenario.ScenarioInvalid naming {@code name} when it is blank or too long
     */
    public Optional<ScenarioEntry> rename(String id, String name, Caller owner) throws SQLException {
        Optional<ScenarioEntry> found = owned(id, owner);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Scenario renamed = found.get().scenario().withName(name);
        Computed before = cache.get(id);
        Headline headline = before == null ? Headline.NONE : Headlines.of(before.result());
        if (!store.update(id, renamed, headline)) {
            return Optional.empty();
        }
        cache.remove(id);
        return store.find(id).map(ScenarioLibrary::entry);
    }

    /**
     * A copy of a scenario the caller may see (a sample, theirs, or one shared with them), named "… (copy)",
     * saved as the caller's own.
     *
     * @return the copy, or empty when there is no scenario with this id that the caller may see
     */
    public Optional<ScenarioEntry> copy(String id, Caller caller, Caller owner, Duration wait) throws SQLException {
        Optional<ScenarioEntry> found = find(id, caller);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Scenario s = found.get().scenario();
        return Optional.of(create(s.withName(copyName(s.name())), "copy", owner, wait));
    }

    /**
     * Deletes the caller's saved scenario, and its upload's bytes when no other scenario uses them.
     *
     * @return false when there is no saved scenario with this id that the caller owns (a sample is never deleted)
     */
    public boolean delete(String id, Caller owner) throws SQLException {
        if (owned(id, owner).isEmpty() || !store.delete(id)) {
            return false;
        }
        cache.remove(id);
        return true;
    }

    /** A copy's name: "Retiree (copy)", cut so that it stays within the name's limit. */
    public static String copyName(String name) {
        String suffix = " (copy)";
        String base = name.length() + suffix.length() > ScenarioLimits.MAX_NAME
                ? name.substring(0, ScenarioLimits.MAX_NAME - suffix.length()).strip() : name;
        return base + suffix;
    }

    /** The saved scenario when the caller owns it. */
    private Optional<ScenarioEntry> owned(String id, Caller owner) throws SQLException {
        return samples.containsKey(id) ? Optional.empty() : find(id).filter(owner::canEdit);
    }

    /** Records a new share link (its token's hash) for a saved scenario; false when there is none. */
    public boolean share(String id, String shareHash) throws SQLException {
        if (samples.containsKey(id) || !store.share(id, shareHash)) {
            return false;
        }
        cache.replace(id, c -> new Computed(c.entry().withShareHash(shareHash), c.result(), c.json()));
        return true;
    }

    /**
     * Computes the samples one after another, so that the first visitor does not wait for their
     * simulations; a sample that cannot be computed is skipped (its page says why). Saved scenarios are
     * computed when first asked for.
     */
    public void warmUp() {
        for (ScenarioEntry e : samples.values()) {
            try {
                computed(e.id());
            } catch (RuntimeException | SQLException ignored) {
                // shown on the scenario's page and in the list; a busy pool computes it on first visit
            }
        }
    }

    /** True for a bundled sample's id. */
    public boolean isSample(String id) {
        return samples.containsKey(id);
    }

    /**
     * Refuses a simulation over the {@link CostBudget} (the field limits are the scenario builder's).
     *
     * @throws CostBudget.Exceeded naming the fields
     */
    public static void checkLimits(Scenario s, ScenarioRunner runner) {
        if (s.withdrawal() != null) {
            CostBudget.check(s, runner.portfolio(s).holdings().size());
        }
    }

    /** Runs a scenario on the pool now and waits for it; past the wait, it is stopped and the caller told to retry. */
    private ScenarioResult computeNow(Scenario s, Duration wait) {
        return compute("new " + s.id(), progress -> runner.run(s, progress), wait);
    }

    /**
     * Runs any computation on the pool (a what-if, a simulation) and waits for it; past the wait it is stopped.
     *
     * @param key one computation per key at a time (make it unique unless requests may share the answer)
     * @throws ComputeBusy when the pool is full or the wait ran out
     */
    public <T> T compute(String key, java.util.function.Function<org.yieldplan.simulation.SimulationProgress, T> work,
                         Duration wait) {
        ComputePool.Job<T> job = pool.submit(key, work);
        try {
            return job.result().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException t) {
            job.cancel();
            throw new ComputeBusy("the computation did not finish within " + wait.toSeconds()
                    + " s (the server is busy); nothing was saved; try again in a moment", 10);
        } catch (ExecutionException | CancellationException x) {
            throw rethrown(x);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw new ComputeBusy("the server is stopping", 30);
        }
    }

    /** The computation's own exception (an IllegalArgumentException names the field), or a wrapper. */
    private static RuntimeException rethrown(Exception x) {
        Throwable c = x instanceof ExecutionException || x instanceof CompletionException ? x.getCause() : x;
        if (c instanceof RuntimeException r && !(c instanceof CancellationException)) {
            return r;
        }
        if (c instanceof CancellationException) {
            return new ComputeBusy("the computation was " + c.getMessage() + "; try fewer paths or a shorter horizon", 10);
        }
        return new IllegalStateException("the computation failed: " + c, c);
    }

    private static String rootMessage(Exception x) {
        Throwable c = x instanceof ExecutionException || x instanceof CompletionException ? x.getCause() : x;
        return c instanceof IllegalArgumentException ? c.getMessage() : "could not be computed";
    }

    private void saveHeadline(String id, Headline h) {
        try {
            store.saveHeadline(id, h);
        } catch (SQLException e) {
            LOG.warn("the figures of scenario {} could not be saved: {}", id, e.getMessage());
        }
    }

    /** The inputs under another id, once they pass the cost budget. */
    private Scenario withId(Scenario s, String id) {
        checkLimits(s, runner);
        return s.withId(id);
    }

    private static ScenarioEntry entry(StoredScenario s) {
        return new ScenarioEntry(s.id(), s.scenario(), false, s.origin(), s.uploadId(), s.created(), s.updated(),
                s.ownerHash(), s.shareHash());
    }

    @Override
    public void close() {
        pool.close();
    }
}
