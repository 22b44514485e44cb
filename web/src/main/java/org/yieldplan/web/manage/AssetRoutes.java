package org.yieldplan.web.manage;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioInvalid;
import org.yieldplan.web.RequestBudget;
import org.yieldplan.web.Sharing;
import org.yieldplan.web.Site;
import org.yieldplan.web.WebError;
import org.yieldplan.web.library.Computed;
import org.yieldplan.web.security.OwnerToken;

/**
 * {@code GET /scenarios/{id}/assets/{asset}}: one held asset's figures (volatility, median growth, token
 * inflation, failure probability, in %) as the scenario's override for that asset sets them (for an asset the
 * catalog does not model: the category defaults the upload assumed, said so on the page; blank: the catalog's);
 * {@code POST} saves them as that asset's override and computes the scenario again. A plain form: no script.
 */
public final class AssetRoutes {

    private final Site site;

    public AssetRoutes(Site site) {
        this.site = site;
    }

    /** Registers the routes. */
    public void register(RoutesConfig r) {
        r.get("/scenarios/{id}/assets/{asset}", this::show);
        r.post("/scenarios/{id}/assets/{asset}", this::save);
    }

    private void show(Context ctx) throws SQLException {
        Computed c = editable(ctx);
        String asset = asset(ctx, c);
        render(ctx, 200, c, AssetFigures.of(asset, own(c.entry().scenario(), asset)));
    }

    private void save(Context ctx) throws SQLException {
        Computed c = editable(ctx);
        String asset = asset(ctx, c);
        Scenario s = c.entry().scenario();
        AssetFigures form = AssetFigures.submitted(asset, ctx.formParamMap());
        Map<String, String> errors = new LinkedHashMap<>();
        AssumptionOverride mine = form.override(own(s, asset), errors);
        if (mine == null) {
            render(ctx, 422, c, form.withErrors(errors));
            return;
        }
        Scenario changed;
        try {
            changed = s.toBuilder().templates(site.library().runner().templates())
                    .overrides(AssetFigures.replace(s.overrides(), asset, mine)).build();
            site.library().update(c.entry().id(), changed, OwnerToken.caller(ctx), RequestBudget.remaining(ctx))
                    .orElseThrow(() -> WebError.notFound("scenario '" + c.entry().id() + "'"));
        } catch (ScenarioInvalid e) {
            e.problems().forEach(p -> errors.putIfAbsent(AssetFigures.FIELDS.stream().filter(f -> p.field().endsWith(f))
                    .findFirst().orElse("form"), p.message()));
            render(ctx, 422, c, form.withErrors(errors));
            return;
        }
        ctx.redirect("/scenarios/" + c.entry().id() + "?saved=1#positions", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, Computed c, AssetFigures figures) throws SQLException {
        site.pages().render(ctx, status, "asset.jte", new AssetPage(c.entry(), figures, defaults(c, figures.asset())));
    }

    /** The import's warning about the asset (the category defaults it assumed), or null. */
    private String defaults(Computed c, String asset) throws SQLException {
        if (c.entry().uploadId() == null) {
            return null;
        }
        return site.library().store().upload(c.entry().uploadId()).stream().flatMap(u -> u.problems().stream())
                .map(p -> p.message()).filter(m -> m.contains(asset + " (") && m.contains("is not in the catalog"))
                .map(m -> m.replaceFirst("^warning: ", "")).findFirst().orElse(null);
    }

    /** The asset named in the path, as the scenario's holdings spell it; 404 when it holds no such asset. */
    private static String asset(Context ctx, Computed c) {
        String asked = ctx.pathParam("asset").strip();
        return c.entry().scenario().holdings().stream().map(h -> h.asset()).filter(a -> a.equalsIgnoreCase(asked))
                .findFirst().orElseThrow(() -> WebError.notFound("asset '" + asked + "' in this scenario"));
    }

    private static AssumptionOverride own(Scenario s, String asset) {
        return s.overrides().stream().filter(o -> AssetFigures.own(o, asset)).findFirst().orElse(null);
    }

    private Computed editable(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        if (site.library().isSample(id)) {
            throw new WebError(403, "'" + id + "' is a sample and read-only; copy it to change its assumptions");
        }
        Sharing.editable(site, ctx, id);
        return site.library().computed(id, OwnerToken.caller(ctx), RequestBudget.pageWait(ctx))
                .orElseThrow(() -> WebError.notFound("scenario '" + id + "'"));
    }
}
