package org.yieldplan.pools;

import java.util.List;

/**
 * One page of a pool screen.
 *
 * @param query  the query that made it (its page number may have been brought into range)
 * @param pools  the pools on the page
 * @param total  how many pools the query selects in all
 * @param page   the page number, from 1
 * @param pages  how many pages there are (at least 1)
 */
public record PoolPage(PoolQuery query, List<ScreenedPool> pools, int total, int page, int pages) {

    public PoolPage {
        pools = List.copyOf(pools);
    }
}
