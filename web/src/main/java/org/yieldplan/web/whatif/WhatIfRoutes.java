package org.yieldplan.web.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.List;
import org.yieldplan.json.ScenarioReader;
import org.yieldplan.market.AssumptionSet;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.web.Problem;
import org.yieldplan.web.RequestBudget;
import org.yieldplan.web.Site;
import org.yieldplan.web.security.OwnerToken;
import org.yieldplan.web.WebError;
import org.yieldplan.web.input.Numbers;
import org.yieldplan.web.library.Computed;

/**
 * The instant what-if on a scenario with a withdrawal plan, never saved:
 * {@code POST /api/scenarios/{id}/what-if} with {@code {"annualUsd": 40000, "startAfterYears": 5, "assumptions": "bear"}}
 * (any may be left out) answers a {@link WhatIfAnswer}; {@code GET /scenarios/{id}/what-if?annualUsd=&startAfterYears=&assumptions=}
 * shows the same answer as a page, for a browser without script.
 */
public final class WhatIfRoutes {

    /** The fields a what-if takes. */
    private static final List<String> FIELDS = List.of("annualUsd", "startAfterYears", "assumptions");

    private final Site site;

    public WhatIfRoutes(Site site) {
        this.site = site;
    }

    /** Registers the routes (before {@code /scenarios/{id}}). */
    public void register(RoutesConfig r) {
        r.post("/api/scenarios/{id}/what-if", this::api);
        r.get("/scenarios/{id}/what-if", this::page);
    }

    private void api(Context ctx) throws SQLException {
        JsonNode body = ScenarioReader.object("request body", ctx.bodyAsBytes());
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new WebError(422, "unknown field '" + f + "'; a what-if takes " + String.join(", ", FIELDS),
                        List.of(Problem.ofField(f, "unknown field; known fields: " + String.join(", ", FIELDS))));
            }
        }
        Double amount = body.path("annualUsd").isNumber() ? body.path("annualUsd").asDouble() : null;
        Integer start = body.path("startAfterYears").canConvertToInt() && body.path("startAfterYears").isIntegralNumber()
                ? body.path("startAfterYears").asInt() : null;
        String set = body.path("assumptions").isTextual() ? body.path("assumptions").asText() : null;
        if (body.has("annualUsd") && amount == null || body.has("startAfterYears") && start == null
                || body.has("assumptions") && set == null) {
            String field = amount == null && body.has("annualUsd") ? "annualUsd"
                    : start == null && body.has("startAfterYears") ? "startAfterYears" : "assumptions";
            throw new WebError(422, "annualUsd must be a number, startAfterYears a whole number and assumptions "
                    + "the name of a set", List.of(Problem.ofField(field, field.equals("assumptions")
                            ? "must be one of " + String.join(", ", AssumptionSet.NAMES) : "must be a number")));
        }
        ctx.json(answer(ctx, ctx.pathParam("id"), new WhatIf(amount, start, set)));
    }

    private void page(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        Double amount;
        Integer start;
        try {
            amount = Numbers.parse(ctx.queryParam("annualUsd"));
            String s = ctx.queryParam("startAfterYears");
            start = s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new WebError(422, "enter the withdrawal as an amount and the start as a whole number of years");
        }
        String set = ctx.queryParam("assumptions");
        WhatIf q = new WhatIf(amount, start, set == null || set.isBlank() ? null : set);
        Computed c = computed(ctx, id);
        site.pages().render(ctx, "whatif.jte", new WhatIfPage(c.entry(), c.result(), answer(ctx, id, q)));
    }

    /** Runs the what-if on {@link WhatIf#PATHS} paths. */
    WhatIfAnswer answer(Context ctx, String id, WhatIf q) throws SQLException {
        Computed c = computed(ctx, id);
        if (c.result().plan() == null) {
            throw new WebError(422, "this scenario has no withdrawal plan; add one on its form to ask what if",
                    List.of(Problem.ofField("withdrawal", "no withdrawal plan")));
        }
        Scenario s = q.apply(c.entry().scenario(), c.result().plan().balanceAtStart());
        // on the site's compute pool, within the request's time, like every simulation
        SimulationResult r = site.library().compute("what-if " + java.util.UUID.randomUUID(),
                progress -> site.library().runner().simulation(s), RequestBudget.remaining(ctx));
        return WhatIfAnswer.of(q, s.withdrawal().startAfterYears(), s.assumptions(), r);
    }

    /** The scenario, when the caller may see it (its owner, a share link, a sample). */
    private Computed computed(Context ctx, String id) throws SQLException {
        return site.library().computed(id, OwnerToken.caller(ctx), RequestBudget.pageWait(ctx)).orElseThrow(() -> WebError.notFound("scenario '" + id + "'"));
    }
}
