package org.yieldplan.web.manage;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.yieldplan.scenario.ScenarioInvalid;
import org.yieldplan.web.RequestBudget;
import org.yieldplan.web.Sharing;
import org.yieldplan.web.Site;
import org.yieldplan.web.security.OwnerToken;
import org.yieldplan.web.WebError;
import org.yieldplan.web.library.ScenarioEntry;

/**
 * The scenario page's buttons, as plain form posts (they work without script):
 * {@code POST /scenarios/{id}/rename} ({@code name}), {@code POST /scenarios/{id}/delete},
 * {@code POST /scenarios/{id}/copy}. Samples are read-only: they can only be copied.
 */
public final class ManageRoutes {

    private final Site site;

    public ManageRoutes(Site site) {
        this.site = site;
    }

    /** Registers the routes. */
    public void register(RoutesConfig r) {
        r.post("/scenarios/{id}/rename", this::rename);
        r.post("/scenarios/{id}/delete", this::delete);
        r.post("/scenarios/{id}/copy", this::copy);
    }

    private void rename(Context ctx) throws SQLException {
        String id = saved(ctx);
        String name = ctx.formParam("name");
        try {
            site.library().rename(id, name, OwnerToken.caller(ctx)).orElseThrow(() -> WebError.notFound("scenario '" + id + "'"));
        } catch (ScenarioInvalid e) {
            ctx.redirect("/scenarios/" + id + "?renameError=" + URLEncoder.encode(e.problems().get(0).message(),
                    StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            return;
        }
        ctx.redirect("/scenarios/" + id + "?renamed=1", HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) throws SQLException {
        String id = saved(ctx);
        if (!site.library().delete(id, OwnerToken.caller(ctx))) {
            throw WebError.notFound("scenario '" + id + "'");
        }
        ctx.redirect("/?deleted=1", HttpStatus.SEE_OTHER);
    }

    private void copy(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        ScenarioEntry copy = site.library().copy(id, OwnerToken.caller(ctx), OwnerToken.owner(ctx), RequestBudget.remaining(ctx))
                .orElseThrow(() -> WebError.notFound("scenario '" + id + "'"));
        OwnerToken.keep(ctx);
        ctx.redirect("/scenarios/" + copy.id() + "?copied=1", HttpStatus.SEE_OTHER);
    }

    /** The id of a saved scenario the caller owns (404 when not theirs to see, 403 when a sample or not theirs). */
    private String saved(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        if (site.library().isSample(id)) {
            throw new WebError(403, "'" + id + "' is a sample and read-only; copy it to change it");
        }
        return Sharing.editable(site, ctx, id).id();
    }
}
