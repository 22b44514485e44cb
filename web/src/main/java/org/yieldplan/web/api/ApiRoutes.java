package org.yieldplan.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.web.Problem;
import org.yieldplan.web.input.Fields;
import org.yieldplan.web.Site;
import org.yieldplan.web.WebError;
import org.yieldplan.web.library.Computed;
import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.pages.ScenarioRows;
import org.yieldplan.web.upload.UploadOutcome;

/** The JSON API routes. */
public final class ApiRoutes {

    private final Site site;

    public ApiRoutes(Site site) {
        this.site = site;
    }

    /** Registers the routes. */
    public void register(RoutesConfig r) {
        r.get("/api/health", this::health);
        r.get("/api/scenarios", this::list);
        r.get("/api/scenarios/{id}", this::one);
        r.post("/api/scenarios", this::create);
        r.post("/api/holdings", this::upload);
        r.get("/api/templates", ctx -> ctx.json(site.library().runner().templates().all()));
        r.get("/api/catalog", ctx -> ctx.json(site.library().runner().catalog()));
    }

    private void health(Context ctx) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "ok");
        out.put("sqlite", site.library().store().sqliteVersion());
        out.put("scenarios", site.library().all().size());
        ctx.json(out);
    }

    private void list(Context ctx) throws Exception {
        ctx.json(ScenarioRows.of(site.library()).stream().map(ScenarioSummary::of).toList());
    }

    private void one(Context ctx) throws Exception {
        Computed c = site.library().computed(ctx.pathParam("id"))
                .orElseThrow(() -> WebError.notFound("scenario '" + ctx.pathParam("id") + "'"));
        ctx.contentType("application/json").result(c.json());
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
        Scenario s;
        try {
            s = SampleFiles.scenario("request body", body);
        } catch (IllegalArgumentException e) {
            int status = e.getCause() instanceof com.fasterxml.jackson.core.exc.StreamReadException ? 400 : 422;
            throw new WebError(status, e.getMessage(), List.of(Problem.ofField(Fields.of(e.getMessage(), "request body"),
                    Fields.reason(e.getMessage(), "request body"))));
        }
        ScenarioEntry saved;
        try {
            saved = site.library().create(s, "api");
        } catch (IllegalArgumentException e) {
            throw new WebError(422, e.getMessage(), List.of(Problem.ofField(Fields.of(e.getMessage(), "request body"),
                    Fields.reason(e.getMessage(), "request body"))));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", saved.id());
        out.put("url", "/scenarios/" + saved.id());
        ctx.status(201).header("Location", "/api/scenarios/" + saved.id()).json(out);
    }

    private void upload(Context ctx) throws Exception {
        UploadOutcome out = site.uploads().receive(ctx, site.library());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", out.scenario().id());
        body.put("url", "/scenarios/" + out.scenario().id());
        body.put("holdings", out.upload().holdings().size());
        body.put("problems", out.upload().problems());
        ctx.status(201).header("Location", "/api/scenarios/" + out.scenario().id()).json(body);
    }
}
