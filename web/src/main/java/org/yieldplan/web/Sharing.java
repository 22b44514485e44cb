package org.yieldplan.web;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.yieldplan.web.library.Caller;
import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.security.OwnerToken;

/**
 * Ownership at the routes: what a caller may change, and the read-only share links its owner makes.
 * A scenario the caller may not see is "not found" (404), so its id says nothing; one the caller may
 * see but not change (a sample, a shared or older scenario) is refused with 403.
 */
public final class Sharing {

    private Sharing() {
    }

    /**
     * The scenario, when the request's browser owns it.
     *
     * @throws WebError 404 when the caller may not see it, 403 when the caller may see but not change it
     */
    public static ScenarioEntry editable(Site site, Context ctx, String id) throws SQLException {
        Caller caller = OwnerToken.caller(ctx);
        ScenarioEntry e = site.library().find(id, caller)
                .orElseThrow(() -> WebError.notFound("scenario '" + id + "'"));
        if (!caller.canEdit(e)) {
            throw new WebError(403, e.sample() ? "samples are read-only: save the form to make your own copy"
                    : "only the browser that created this scenario can change it; open its form and save to make your own copy");
        }
        return e;
    }

    /**
     * Makes a new read-only share link for the caller's scenario; an earlier link stops working.
     *
     * @return the link's path, e.g. {@code /scenarios/k3m9xq2t7a?share=...}
     */
    public static String share(Site site, Context ctx, String id) throws SQLException {
        ScenarioEntry e = editable(site, ctx, id);
        String token = OwnerToken.newToken();
        if (!site.library().share(e.id(), OwnerToken.hash(token))) {
            throw WebError.notFound("scenario '" + id + "'");
        }
        return "/scenarios/" + e.id() + "?" + OwnerToken.SHARE + "=" + token;
    }
}
