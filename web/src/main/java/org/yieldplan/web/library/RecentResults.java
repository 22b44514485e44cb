package org.yieldplan.web.library;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.yieldplan.scenario.RecentlyUsed;

/**
 * The computed results kept in memory: every sample's, and the most recently used of the saved scenarios' up to a
 * number (least recently used out first). A saved scenario's result that was let go is computed again from its stored
 * inputs on next use, so memory stays bounded however many scenarios are saved or looked at.
 */
final class RecentResults {

    private final Set<String> samples;
    private final Map<String, Computed> pinned = new ConcurrentHashMap<>();
    private final RecentlyUsed<String, Computed> recent;

    /**
     * @param samples  the ids whose results are always kept
     * @param capacity how many other results to keep, at least 1
     */
    RecentResults(Set<String> samples, int capacity) {
        this.samples = Set.copyOf(samples);
        this.recent = new RecentlyUsed<>(capacity);
    }

    /** The result kept for the id, or null. */
    Computed get(String id) {
        return samples.contains(id) ? pinned.get(id) : recent.get(id);
    }

    /** Keeps a result (the oldest other result goes when there are too many). */
    void put(String id, Computed c) {
        if (samples.contains(id)) {
            pinned.put(id, c);
        } else {
            recent.put(id, c);
        }
    }

    /** Lets the id's result go. */
    void remove(String id) {
        if (samples.contains(id)) {
            pinned.remove(id);
        } else {
            recent.remove(id);
        }
    }

    /** Replaces the id's result, if one is kept, by what {@code change} makes of it. */
    void replace(String id, UnaryOperator<Computed> change) {
        if (samples.contains(id)) {
            pinned.computeIfPresent(id, (k, c) -> change.apply(c));
        } else {
            recent.replace(id, change);
        }
    }

    /** How many results of saved scenarios are kept. */
    int recentCount() {
        return recent.size();
    }
}
