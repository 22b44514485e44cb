package org.yieldplan.web.pools;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.pools.PoolPage;
import org.yieldplan.pools.PoolQuery;
import org.yieldplan.pools.PoolScreen;
import org.yieldplan.pools.ScreenedPool;
import org.yieldplan.sustainability.Flag;
import org.yieldplan.web.pages.Pages;

/**
 * {@code GET /pools} and {@code GET /api/pools}: the screen, filtered ({@code chain}, {@code project},
 * {@code stablecoin=true|false}, {@code flag=RULE|any|none}), sorted ({@code sort}, {@code dir=asc|desc}) and
 * paged ({@code page}, {@code size} up to 500). A bad parameter is a 400 naming it.
 */
public final class PoolRoutes {

    private final PoolScreen screen;
    private final Pages pages;
    /** Each pool's JSON object, written once at start: a request only joins a page of them. */
    private final Map<String, byte[]> poolJson = new java.util.HashMap<>();
    /** Each pool's table row, rendered once at start: a page request only joins 50 of them. */
    private final Map<String, String> poolRows = new java.util.HashMap<>();
    /**
     * The pages last asked for, as sent (the snapshot never changes, so a page depends on its query alone): at most
     * {@value #CACHED_PAGES} of about 35 kB, the least recently asked dropped first.
     */
    private final Map<PoolQuery, byte[]> pageCache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PoolQuery, byte[]> eldest) {
                    return size() > CACHED_PAGES;
                }
            });
    static final int CACHED_PAGES = 128;

    public PoolRoutes(PoolScreen screen, Pages pages) {
        this.screen = screen;
        this.pages = pages;
        for (ScreenedPool s : screen.pools()) {
            try {
                poolJson.put(s.pool().id(), org.yieldplan.json.Json.mapper().writeValueAsBytes(json(s)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("pool " + s.pool().id() + ": cannot be written as JSON", e);
            }
            poolRows.put(s.pool().id(), pages.html("pool-row.jte", s));
        }
    }

    public void register(RoutesConfig r) {
        r.get("/pools", ctx -> {
            PoolQuery q = query(ctx);
            byte[] html = pageCache.get(q);
            if (html == null) {
                html = pages.html("pools.jte", new PoolsPage(screen, screen.query(q), poolRows))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                pageCache.put(q, html);
            }
            ctx.contentType("text/html; charset=utf-8").result(html);
        });
        r.get("/api/pools", ctx -> ctx.contentType("application/json").result(json(screen.query(query(ctx)), poolJson)));
    }

    /** A page as JSON: {@code {"total", "page", "pages", "pools": [...]}} from the pools' written objects. */
    static byte[] json(PoolPage p, Map<String, byte[]> poolJson) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1024 + 1024 * p.pools().size());
        byte[] head = ("{\"total\":" + p.total() + ",\"page\":" + p.page() + ",\"pages\":" + p.pages() + ",\"pools\":[")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeBytes(head);
        for (int i = 0; i < p.pools().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(poolJson.get(p.pools().get(i).pool().id()));
        }
        out.writeBytes("]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static PoolQuery query(Context ctx) {
        try {
            String dir = ctx.queryParam("dir");
            if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
                throw new IllegalArgumentException("dir: asc or desc, got \"" + dir + "\"");
            }
            String stable = ctx.queryParam("stablecoin");
            if (stable != null && !stable.isBlank() && !stable.equals("true") && !stable.equals("false")) {
                throw new IllegalArgumentException("stablecoin: true or false, got \"" + stable + "\"");
            }
            return new PoolQuery(ctx.queryParam("chain"), ctx.queryParam("project"),
                    stable == null || stable.isBlank() ? null : Boolean.valueOf(stable), ctx.queryParam("flag"),
                    ctx.queryParam("sort"), !"asc".equals(dir), integer(ctx, "page", 1), integer(ctx, "size", 50));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static int integer(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": a whole number, got \"" + v + "\"");
        }
    }

    /** One pool as JSON: rates as fractions, TVL in USD. */
    static Map<String, Object> json(ScreenedPool s) {
        {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("pool", s.pool().id());
            r.put("date", s.pool().date().toString());
            r.put("project", s.pool().project());
            r.put("chain", s.pool().chain());
            r.put("symbol", s.pool().symbol());
            r.put("tvlUsd", s.pool().tvlUsd());
            r.put("apy", s.pool().apy());
            r.put("apyBase", s.pool().apyBase());
            r.put("apyReward", s.pool().apyReward());
            r.put("apyMean30d", s.pool().apyMean30d());
            r.put("stablecoin", s.pool().stablecoin());
            r.put("ilRisk", s.pool().ilRisk());
            r.put("exposure", s.pool().exposure());
            r.put("outlier", s.pool().outlier());
            r.put("sustainableApy", s.sustainableApy());
            r.put("probDown", s.probDown());
            List<Map<String, Object>> flags = new ArrayList<>();
            for (Flag f : s.flags()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("rule", f.rule());
                fm.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                fm.put("message", f.message());
                fm.put("evidence", f.evidence().stream().map(e -> Map.of("name", e.name(), "value", e.value(),
                        "text", e.text())).toList());
                flags.add(fm);
            }
            r.put("flags", flags);
            return r;
        }
    }
}
