package org.yieldplan.web.library;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioLimits;
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
            this.samples.put(s.id(), new ScenarioEntry(s.id(), s, true, "sample", null, null, null));
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
        Scenario s = inputs.withId(store.newId());
        ScenarioResult result = runner.run(s);
        StoredScenario saved = store.insert(s, origin);
        ScenarioEntry e = entry(saved);
        cache.put(e.id(), Computed.of(e, result));
        return e;
    }

    /** Saves the upload and a scenario of its holdings, in one transaction. */
    public ScenarioEntry createFromUpload(StoredUpload upload, byte[] content, Scenario inputs) throws SQLException {
        Scenario s = inputs.withId(store.newId());
        ScenarioResult result = runner.run(s);
        ScenarioEntry e = entry(store.insertUpload(upload, content, s));
        cache.put(e.id(), Computed.of(e, result));
        return e;
    }

    /**
     * Replaces a saved scenario's inputs (computing them once); a sample is never changed.
     *
     * @return the entry as saved, or empty when there is no saved scenario with this id
     * @throws IllegalArgumentException when the planner cannot compute the inputs
     */
    public Optional<ScenarioEntry> update(String id, Scenario inputs) throws SQLException {
        if (samples.containsKey(id)) {
            return Optional.empty();
        }
        Scenario s = inputs.withId(id);
        ScenarioResult result = runner.run(s);
        if (!store.update(id, s)) {
            return Optional.empty();
        }
        cache.remove(id);
        Optional<ScenarioEntry> e = store.find(id).map(ScenarioLibrary::entry);
        e.ifPresent(x -> cache.put(id, Computed.of(x, result)));
        return e;
    }

    /**
     * Renames a saved scenario; its result is computed again on next use (the JSON carries the name).
     *
     * @return the renamed entry, or empty when there is no saved scenario with this id
     * @throws org.yieldplan.scenario.ScenarioInvalid naming {@code name} when it is blank or too long
     */
    public Optional<ScenarioEntry> rename(String id, String name) throws SQLException {
        Optional<ScenarioEntry> found = samples.containsKey(id) ? Optional.empty() : find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Scenario renamed = found.get().scenario().withName(name);
        if (!store.update(id, renamed)) {
            return Optional.empty();
        }
        cache.remove(id);
        return store.find(id).map(ScenarioLibrary::entry);
    }

    /**
     * A copy of a sample or saved scenario, named "… (copy)", saved as a new scenario.
     *
     * @return the copy, or empty when there is no scenario with this id
     */
    public Optional<ScenarioEntry> copy(String id) throws SQLException {
        Optional<ScenarioEntry> found = find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Scenario s = found.get().scenario();
        return Optional.of(create(s.withName(copyName(s.name())), "copy"));
    }

    /**
     * Deletes a saved scenario, and its upload's bytes when no other scenario uses them.
     *
     * @return false when there is no saved scenario with this id (a sample is never deleted)
     */
    public boolean delete(String id) throws SQLException {
        if (samples.containsKey(id) || !store.delete(id)) {
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

    private static ScenarioEntry entry(StoredScenario s) {
        return new ScenarioEntry(s.id(), s.scenario(), false, s.origin(), s.uploadId(), s.created(), s.updated());
    }
}
