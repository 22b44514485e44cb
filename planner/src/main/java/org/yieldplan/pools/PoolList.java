package org.yieldplan.pools;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A pool list as holdings are matched to it ({@link HoldingPools}): a pool by its id, the pools of a protocol, how many
 * pools the list holds and of what day. Either pools already read ({@link #of}) or a CSV list whose rows become pools
 * only when asked for ({@link #readWhenAsked}).
 */
public interface PoolList {

    /** The first pool with this id, the case ignored; null when none has it. */
    Pool withId(String id);

    /**
     * The pools of a protocol, in list order: those whose project is {@code slug}, or {@code slug} followed by
     * {@code -} and more ({@code curve} → {@code curve-dex}, {@code aave} → {@code aave-v3}).
     */
    List<Pool> ofProtocol(String slug);

    /** How many pools the list holds. */
    int size();

    /** The latest date of its pools (ISO), or {@code ?} when it holds none. */
    String date();

    /** Whether a project is the protocol's slug, alone or followed by {@code -} and more. */
    static boolean isProtocol(String project, String slug) {
        return project != null && (project.equals(slug) || project.startsWith(slug + "-"));
    }

    /** Pools already read. */
    static PoolList of(List<Pool> pools) {
        Map<String, Pool> byId = new HashMap<>();
        for (Pool p : pools) {
            byId.putIfAbsent(p.id().toLowerCase(Locale.ROOT), p);
        }
        String date = pools.stream().map(Pool::date).max(Comparator.naturalOrder()).map(Object::toString).orElse("?");
        return new PoolList() {
            @Override
            public Pool withId(String id) {
                return byId.get(id.toLowerCase(Locale.ROOT));
            }

            @Override
            public List<Pool> ofProtocol(String slug) {
                return pools.stream().filter(p -> isProtocol(p.project(), slug)).toList();
            }

            @Override
            public int size() {
                return pools.size();
            }

            @Override
            public String date() {
                return date;
            }
        };
    }

    /**
     * A pool-list CSV read row by row when asked ({@link CsvPoolList}): for a list that reads without a problem, such
     * as the bundled one.
     *
     * @param defaultDate the date for rows without {@code dt} or {@code timestamp}
     * @throws IllegalArgumentException naming the file when its header lacks a column a pool needs
     */
    static PoolList readWhenAsked(PoolText csv, java.time.LocalDate defaultDate) {
        return new CsvPoolList(csv, defaultDate);
    }
}
