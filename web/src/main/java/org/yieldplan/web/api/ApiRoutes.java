package org.yieldplan.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.yieldplan.json.ScenarioReader;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.web.Problem;
import org.yieldplan.web.Site;
import org.yieldplan.web.WebError;
import org.yieldplan.web.Paging;
import org.yieldplan.web.RequestBudget;
import org.yieldplan.web.Sharing;
import org.yieldplan.web.library.Caller;
import org.yieldplan.web.library.Computed;
import org.yieldplan.web.library.ResultJson;
import org.yieldplan.web.security.OwnerToken;
import org.yieldplan.web.store.StoreHealth;
import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.pages.ScenarioRows;
import org.yieldplan.web.upload.UploadOutcome;

/** The JSON API routes. */
public final class ApiRoutes {

    private final Site site;
    private volatile String sqlite;

    public ApiRoutes(Site site) {
        this.site = site;
    }

    /** Registers the routes. */
    public void register(RoutesConfig r) {
        r.get("/api/health", this::health);
        r.get("/api/scenarios", this::list);
        r.get("/api/scenarios/{id}", this::one);
        r.post("/api/scenarios", this::create);
        r.patch("/api/scenarios/{id}", this::rename);
        r.delete("/api/scenarios/{id}", this::delete);
        r.post("/api/scenarios/{id}/copy", this::copy);
        r.post("/api/scenarios/{id}/share", this::share);
        r.post("/api/holdings", this::upload);
        r.get("/api/templates", ctx -> ctx.json(site.library().runner().templates().all()));
        r.get("/api/catalog", ctx -> ctx.json(site.library().runner().catalog()));
    }

    /** Whether the store can be written, and the counts ({@code SELECT count(*)}); "degraded" when it cannot. */
    private void health(Context ctx) throws Exception {
        StoreHealth store = site.database().health();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", store.writable() ? "ok" : "degraded");
        out.put("sqlite", sqliteVersion());
        out.put("scenarios", site.library().store().count());
        out.put("samples", site.library().samples().size());
        out.put("computing", site.library().pool().active());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("writable", store.writable());
        s.put("freeBytes", store.freeBytes());
        if (store.problem() != null) {
            s.put("problem", store.problem());
        }
        if (store.lastWriteFailure() != null) {
            s.put("lastWriteFailure", store.lastWriteFailure());
        }
        out.put("store", s);
        ctx.json(out);
    }

    private String sqliteVersion() throws java.sql.SQLException {
        String v = sqlite;
        if (v == null) {
            v = site.library().store().sqliteVersion();
            sqlite = v;
        }
        return v;
    }

    /**
     * The samples, then one page of the caller's saved scenarios ({@code ?offset=0&limit=50}, at most 200);
     * {@code X-Total-Count} gives how many the caller has, {@code Link} the next page.
     */
    private void list(Context ctx) throws Exception {
        Caller caller = OwnerToken.caller(ctx);
        int offset = Paging.param(ctx, "offset", 0, 0, Integer.MAX_VALUE - 200);
        int limit = Paging.param(ctx, "limit", ScenarioRows.PAGE, 1, 200);
        int total = site.library().ownedCount(caller);
        List<ScenarioSummary> out = new java.util.ArrayList<>();
        if (offset == 0) {
            ScenarioRows.samples(site.library(), RequestBudget.pageWait(ctx)).stream().map(ScenarioSummary::of).forEach(out::add);
        }
        ScenarioRows.owned(site.library(), caller, offset, limit).stream().map(ScenarioSummary::of).forEach(out::add);
        ctx.header("X-Total-Count", Integer.toString(total));
        if (offset + limit < total) {
            ctx.header("Link", "</api/scenarios?offset=" + (offset + limit) + "&limit=" + limit + ">; rel=\"next\"");
        }
        ctx.json(out);
    }

    /**
     * The scenario's result, its long lists (positions, scenario.holdings, flags) paged by
     * {@code ?offset=0&limit=500} (at most 2,000; see {@link ResultJson}); {@code X-Total-Count} gives the number of
     * positions, {@code Link} the next page.
     */
    private void one(Context ctx) throws Exception {
        int offset = Paging.param(ctx, "offset", 0, 0, Integer.MAX_VALUE - ResultJson.MAX_LIMIT);
        int limit = Paging.param(ctx, "limit", ResultJson.LIMIT, 1, ResultJson.MAX_LIMIT);
        String id = ctx.pathParam("id");
        Computed c = site.library().computed(id, OwnerToken.caller(ctx), RequestBudget.pageWait(ctx))
                .orElseThrow(() -> WebError.notFound("scenario '" + id + "'"));
        ResultJson.Totals totals = ResultJson.totals(c.result());
        ctx.header("X-Total-Count", Integer.toString(totals.positions()));
        if (offset + limit < totals.longest()) {
            String share = ctx.queryParam(OwnerToken.SHARE);
            ctx.header("Link", "</api/scenarios/" + id + "?offset=" + (offset + limit) + "&limit=" + limit
                    + (share == null ? "" : "&" + OwnerToken.SHARE + "=" + java.net.URLEncoder.encode(share,
                    java.nio.charset.StandardCharsets.UTF_8)) + ">; rel=\"next\"");
        }
        boolean first = offset == 0 && limit == ResultJson.LIMIT;
        ctx.contentType("application/json").result(first ? c.json() : ResultJson.page(c.result(), offset, limit));
    }

    /** {@code POST /api/scenarios/{id}/share}: a read-only share link (replacing any earlier one); the owner only. */
    private void share(Context ctx) throws Exception {
        String link = Sharing.share(site, ctx, ctx.pathParam("id"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", link);
        out.put("api", "/api" + link);
        ctx.status(201).json(out);
    }

    private void create(Context ctx) throws Exception {
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new WebError(415, "send the scenario as JSON (Content-Type: application/json)");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new WebError(400, "the request body is empty; send a scenario as JSON",
                    List.of(Problem.of("empty body")));
        }
        // malformed JSON is a JsonInputException (400), every other problem one ScenarioInvalid (422): ErrorMapping
        Scenario s = ScenarioReader.read("request body", body, site.library().runner().templates());
        ScenarioEntry saved = site.library().create(s, "api", OwnerToken.owner(ctx), RequestBudget.remaining(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", saved.id());
        out.put("url", "/scenarios/" + saved.id());
        out.put("ownerToken", OwnerToken.keep(ctx));
        ctx.status(201).header("Location", "/api/scenarios/" + saved.id()).json(out);
    }

    /** {@code PATCH /api/scenarios/{id}} with {@code {"name": "..."}}: renames a saved scenario. */
    private void rename(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        readOnlySample(id);
        Sharing.editable(site, ctx, id);
        JsonNode body = ScenarioReader.object("request body", ctx.bodyAsBytes());
        JsonNode name = body.path("name");
        if (!name.isTextual() || body.size() != 1) {
            throw new WebError(422, "send {\"name\": \"...\"}: only the name can be changed here",
                    List.of(Problem.ofField("name", "give the new name as text")));
        }
        ScenarioEntry e = site.library().rename(id, name.asText(), OwnerToken.caller(ctx)).orElseThrow(() -> WebError.notFound("scenario '" + id + "'"));
        ctx.json(created(e));
    }

    /** {@code DELETE /api/scenarios/{id}}: 204, then the scenario (and its upload's bytes) are gone. */
    private void delete(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        readOnlySample(id);
        Sharing.editable(site, ctx, id);
        if (!site.library().delete(id, OwnerToken.caller(ctx))) {
            throw WebError.notFound("scenario '" + id + "'");
        }
        ctx.status(204);
    }

    /** {@code POST /api/scenarios/{id}/copy}: 201 with the copy, named "… (copy)". */
    private void copy(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        ScenarioEntry e = site.library().copy(id, OwnerToken.caller(ctx), OwnerToken.owner(ctx), RequestBudget.remaining(ctx))
                .orElseThrow(() -> WebError.notFound("scenario '" + id + "'"));
        OwnerToken.keep(ctx);
        ctx.status(201).header("Location", "/api/scenarios/" + e.id()).json(created(e));
    }

    private static Map<String, Object> created(ScenarioEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("name", e.scenario().name());
        out.put("url", "/scenarios/" + e.id());
        return out;
    }

    private void readOnlySample(String id) {
        if (site.library().isSample(id)) {
            throw new WebError(403, "'" + id + "' is a sample and read-only; copy it (POST /api/scenarios/" + id + "/copy)");
        }
    }

    private void upload(Context ctx) throws Exception {
        UploadOutcome out = site.uploads().receive(ctx, site.library());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", out.scenario().id());
        body.put("url", "/scenarios/" + out.scenario().id());
        body.put("holdings", out.upload().holdings().size());
        body.put("problems", out.upload().problems());
        body.put("ownerToken", OwnerToken.keep(ctx));
        ctx.status(201).header("Location", "/api/scenarios/" + out.scenario().id()).json(body);
    }
}
