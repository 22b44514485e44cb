package org.yieldplan.web.pages;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rendered list pages ({@code /}), by owner and page number, each tagged with the store's version it
 * was read at ({@code ScenarioStore.version()}): any committed write makes every cached page stale, so a
 * page is never older than the store. Only pages whose samples are all computed are kept (a sample still
 * computing changes its row). At most {@value #MAX} pages are kept (about 22 kB each); past that the
 * cache starts again empty.
 */
final class HomePages {

    static final int MAX = 1_000;

    private record Key(String ownerHash, int page) {
    }

    private record Page(long version, byte[] html) {
    }

    private final Map<Key, Page> pages = new ConcurrentHashMap<>();

    /** The page's HTML if it was rendered at this store version, else null. */
    byte[] get(String ownerHash, int page, long version) {
        Page p = pages.get(new Key(ownerHash, page));
        return p != null && p.version() == version ? p.html() : null;
    }

    /** Keeps a page rendered from reads made at the given store version. */
    void put(String ownerHash, int page, long version, byte[] html) {
        if (pages.size() >= MAX) {
            pages.clear();
        }
        pages.put(new Key(ownerHash, page), new Page(version, html));
    }
}
