package org.yieldplan.web.pools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yieldplan.pools.PoolPage;
import org.yieldplan.pools.PoolQuery;
import org.yieldplan.pools.PoolScreen;
import org.yieldplan.pools.ScreenedPool;

/**
 * The {@code /pools} page: one page of the screen with the filter choices.
 *
 * @param screen the whole screen (for the filter lists and the date)
 * @param page   the page shown
 * @param rows   each pool's table row ({@code pool-row.jte}) by pool id, rendered once at start
 */
public record PoolsPage(PoolScreen screen, PoolPage page, Map<String, String> rows) {

    /** The table row of a pool, as HTML. */
    public String row(ScreenedPool s) {
        return rows.get(s.pool().id());
    }

    /** The link to another page or order of the same selection. */
    public String link(String sort, boolean descending, int pageNumber) {
        PoolQuery q = page.query();
        List<String> parts = new ArrayList<>();
        add(parts, "chain", q.chain());
        add(parts, "project", q.project());
        add(parts, "stablecoin", q.stablecoin() == null ? null : q.stablecoin().toString());
        add(parts, "flag", q.flag());
        add(parts, "sort", sort);
        add(parts, "dir", descending ? "desc" : "asc");
        add(parts, "page", Integer.toString(pageNumber));
        add(parts, "size", Integer.toString(q.size()));
        return "/pools?" + String.join("&", parts);
    }

    /** The link that sorts by a column (largest first; again for smallest first). */
    public String sortLink(String sort) {
        PoolQuery q = page.query();
        return link(sort, !(q.sort().equals(sort) && q.descending()), 1);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
