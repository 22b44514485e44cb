package org.yieldplan.web.library;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.web.store.ScenarioStore;
import org.yieldplan.web.store.StoredScenario;
import org.yieldplan.web.store.StoredUpload;

/**
 * Samples and saved scenarios, with results computed on first use and cached by id; a save
 * replaces the cached result.
 */
public final class ScenarioLibrary {

    /** The most simulation paths the site runs for one scenario (the CLI takes more). */
    public static final int MAX_PATHS = 50_000;

    private final ScenarioRunner runner;
    private final ScenarioStore store;
    private final Map<String, ScenarioEntry> samples = new LinkedHashMap<>();
    private final Map<String, Computed> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> computing = new ConcurrentHashMap<>();

    /**
     * @param samples the bundled sample scenarios, listed first, in this order
     */
    public ScenarioLibrary(ScenarioRunner runner, ScenarioStore store, List<Scenario> samples) {
        this.runner = runner;
        this.store = store;
        for (Scenario s : samples) {
            this.samples.put(s.id(), new ScenarioEntry(s.id(), s, true, "sample", null, null));
        }
    }

    /** The runner, with its catalog and templates. */
    public ScenarioRunner runner() {
        return runner;
    }

    /** The store. */
    public ScenarioStore store() {
        return store;
    }

    /** The samples, then the saved scenarios (most recent first). */
    public List<ScenarioEntry> all() throws SQLException {
        List<ScenarioEntry> out = new ArrayList<>(samples.values());
        for (StoredScenario s : store.list()) {
            out.add(entry(s));
        }
        return out;
    }

    /** A sample or saved scenario. */
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

    /** The scenario with its result, computed once and cached. */
    public Optional<Computed> computed(String id) throws SQLException {
        Computed cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ScenarioEntry> entry = find(id);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        // one computation per scenario at a time: visitors arriving meanwhile wait for it instead of repeating it
        synchronized (computing.computeIfAbsent(id, k -> new Object())) {
            cached = cache.get(id);
            if (cached != null) {
                return Optional.of(cached);
            }
            Computed c = Computed.of(entry.get(), runner.run(entry.get().scenario()));
            cache.put(id, c);
            return Optional.of(c);
        }
    }

    /**
     * Runs the inputs (so that a scenario that cannot be computed is refused before it is saved),
     * gives them a new id and saves them.
     *
     * @throws IllegalArgumentException naming the field at fault
     */
    public ScenarioEntry create(Scenario inputs, String origin) throws SQLException {
        Scenario s = withId(inputs, store.newId());
        ScenarioResult result = runner.run(s);
        StoredScenario saved = store.insert(s, origin);
        ScenarioEntry e = entry(saved);
        cache.put(e.id(), Computed.of(e, result));
        return e;
    }

    /** Saves the upload and a scenario of its holdings, in one transaction. */
    public ScenarioEntry createFromUpload(StoredUpload upload, byte[] content, Scenario inputs) throws SQLException {
        Scenario s = withId(inputs, store.newId());
        ScenarioResult result = runner.run(s);
        ScenarioEntry e = entry(store.insertUpload(upload, content, s));
        cache.put(e.id(), Computed.of(e, result));
        return e;
    }

    /**
     * Replaces a saved scenario's inputs; a sample is never changed.
     *
     * @return false when there is no saved scenario with this id
     */
    public boolean update(String id, Scenario inputs) throws SQLException {
        if (samples.containsKey(id)) {
            return false;
        }
        Scenario s = withId(inputs, id);
        ScenarioResult result = runner.run(s);
        if (!store.update(id, s)) {
            return false;
        }
        cache.remove(id);
        store.find(id).map(ScenarioLibrary::entry).ifPresent(e -> cache.put(id, Computed.of(e, result)));
        return true;
    }

    /**
     * Computes every scenario's result once, so that the first visitor does not wait for the
     * simulations; a scenario that cannot be computed is skipped (its page says why).
     */
    public void warmUp() {
        try {
            for (ScenarioEntry e : all()) {
                try {
                    computed(e.id());
                } catch (IllegalArgumentException ignored) {
                    // shown on the scenario's page and in the list
                }
            }
        } catch (SQLException ignored) {
            // the store is busy: the results are computed on first use instead
        }
    }

    /** True for a bundled sample's id. */
    public boolean isSample(String id) {
        return samples.containsKey(id);
    }

    /**
     * Refuses inputs the site will not compute for a visitor: more than {@link #MAX_PATHS} paths.
     *
     * @throws IllegalArgumentException naming {@code simulation.paths}
     */
    public static void checkLimits(Scenario s) {
        if (s.simulation() != null && s.simulation().paths() != null && s.simulation().paths() > MAX_PATHS) {
            throw new IllegalArgumentException("simulation.paths: the site runs at most " + MAX_PATHS
                    + " paths a scenario, got " + s.simulation().paths() + "; use the command line for more");
        }
    }

    /** A copy of the inputs under another id, through the JSON form so every input is kept. */
    static Scenario withId(Scenario s, String id) {
        checkLimits(s);
        ObjectNode tree = Json.mapper().valueToTree(s);
        tree.put("id", id);
        return SampleFiles.scenario("scenario " + id, tree.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ScenarioEntry entry(StoredScenario s) {
        return new ScenarioEntry(s.id(), s.scenario(), false, s.origin(), s.uploadId(), s.updated());
    }
}
