package org.yieldplan.web.upload;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.yieldplan.web.Problem;
import org.yieldplan.web.Site;
import org.yieldplan.web.WebError;

/**
 * {@code GET /upload} (the page) and {@code POST /upload} (the file): on success, the new
 * scenario's page (which shows the import's warnings); on failure, the page again with the
 * problems and a 4xx status.
 */
public final class UploadRoutes {

    private final Site site;
    private final boolean holdingsTemplate;

    public UploadRoutes(Site site, boolean holdingsTemplate) {
        this.site = site;
        this.holdingsTemplate = holdingsTemplate;
    }

    /** Registers the routes. */
    public void register(RoutesConfig r) {
        r.get("/upload", ctx -> show(ctx, 200, null, List.of()));
        r.post("/upload", this::upload);
    }

    private void upload(Context ctx) throws Exception {
        try {
            UploadOutcome out = site.uploads().receive(ctx, site.library());
            ctx.redirect("/scenarios/" + out.scenario().id() + "?uploaded=1", HttpStatus.SEE_OTHER);
        } catch (WebError e) {
            show(ctx, e.status(), e.getMessage(), e.problems());
        }
    }

    private void show(Context ctx, int status, String error, List<Problem> problems) {
        site.pages().render(ctx, status, "upload.jte", new UploadPage(error, problems,
                site.settings().maxFileBytes() / (1024 * 1024), Importers.ACCEPT, Importers.FORMATS,
                site.library().runner().templates().all(), holdingsTemplate));
    }
}
