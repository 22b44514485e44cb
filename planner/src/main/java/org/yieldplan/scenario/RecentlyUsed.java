package org.yieldplan.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Values kept by key up to a number, the least recently used let go first when one more comes; safe to share between
 * threads. A cache of computed results: what is let go is computed again when asked for.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> values;

    /** @param capacity how many values to keep, at least 1 */
    public RecentlyUsed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: must be at least 1, got " + capacity);
        }
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for the key (now the most recently used), or null. */
    public synchronized V get(K key) {
        return values.get(key);
    }

    /** Keeps a value (the least recently used goes when there are too many). */
    public synchronized void put(K key, V value) {
        values.put(key, value);
    }

    /** Lets the key's value go. */
    public synchronized void remove(K key) {
        values.remove(key);
    }

    /** Replaces the key's value, if one is kept, by what {@code change} makes of it. */
    public synchronized void replace(K key, UnaryOperator<V> change) {
        values.computeIfPresent(key, (k, v) -> change.apply(v));
    }

    /** How many values are kept. */
    public synchronized int size() {
        return values.size();
    }
}
