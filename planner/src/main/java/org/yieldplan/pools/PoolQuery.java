package org.yieldplan.pools;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Which pools of a screen to show and how: filters (null means any), a sort column and direction,
 * and a page.
 *
 * @param chain      only this chain (case-insensitive), or null
 * @param project    only this project, or null
 * @param stablecoin only stablecoin pools (true) or only others (false), or null
 * @param flag       only pools carrying this rule's flag ({@code any} for any flag, {@code none} for none), or null
 * @param sort       the column: one of {@link #SORTS}
 * @param descending true for largest first
 * @param page       the page, from 1
 * @param size       pools a page, 1 to {@link #MAX_SIZE}
 */
public record PoolQuery(String chain, String project, Boolean stablecoin, String flag, String sort, boolean descending,
        int page, int size) {

    /** The sortable columns. */
    public static final List<String> SORTS = List.of("tvl", "apy", "base", "reward", "mean30", "sustainable", "probDown",
            "flags", "project", "chain", "symbol");
    /** The most pools a page. */
    public static final int MAX_SIZE = 500;

    public PoolQuery {
        chain = blankToNull(chain);
        project = blankToNull(project);
        flag = blankToNull(flag);
        sort = blankToNull(sort) == null ? "tvl" : sort;
        if (!SORTS.contains(sort)) {
            throw new IllegalArgumentException("sort: one of " + String.join(", ", SORTS) + ", got \"" + sort + "\"");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page: must be 1 or more, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: must be 1 to " + MAX_SIZE + ", got " + size);
        }
    }

    /** Every pool, largest TVL first, 50 a page. */
    public static PoolQuery all() {
        return new PoolQuery(null, null, null, null, "tvl", true, 1, 50);
    }

    boolean selects(ScreenedPool p) {
        Pool pool = p.pool();
        if (chain != null && !chain.equalsIgnoreCase(pool.chain())) {
            return false;
        }
        if (project != null && !project.equalsIgnoreCase(pool.project())) {
            return false;
        }
        if (stablecoin != null && stablecoin != pool.stablecoin()) {
            return false;
        }
        if (flag == null) {
            return true;
        }
        return switch (flag) {
            case "any" -> !p.flags().isEmpty();
            case "none" -> p.flags().isEmpty();
            default -> p.flagged(flag);
        };
    }

    Comparator<ScreenedPool> order() {
        Comparator<ScreenedPool> c = switch (sort) {
            case "apy" -> number(p -> p.pool().apy());
            case "base" -> number(p -> p.pool().apyBase());
            case "reward" -> number(p -> p.pool().apyReward());
            case "mean30" -> number(p -> p.pool().apyMean30d() == null ? Double.NEGATIVE_INFINITY : p.pool().apyMean30d());
            case "sustainable" -> number(ScreenedPool::sustainableApy);
            case "probDown" -> number(p -> p.probDown() == null ? Double.NEGATIVE_INFINITY : p.probDown());
            case "flags" -> number(p -> p.flags().size());
            case "project" -> text(p -> p.pool().project());
            case "chain" -> text(p -> p.pool().chain());
            case "symbol" -> text(p -> p.pool().symbol());
            default -> number(p -> p.pool().tvlUsd());
        };
        c = descending ? c.reversed() : c;
        return c.thenComparing(p -> p.pool().id());
    }

    private static Comparator<ScreenedPool> number(ToDoubleFunction<ScreenedPool> f) {
        return Comparator.comparingDouble(f);
    }

    private static Comparator<ScreenedPool> text(java.util.function.Function<ScreenedPool, String> f) {
        return Comparator.comparing(p -> f.apply(p) == null ? "" : f.apply(p), String.CASE_INSENSITIVE_ORDER);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
