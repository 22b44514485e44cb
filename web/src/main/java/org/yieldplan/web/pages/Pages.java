package org.yieldplan.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders a page record with its precompiled JTE template ({@code org.yieldplan.web.jte}).
 * The whole page is rendered to a string before anything is sent, so a failure gives an error
 * page, never half a page.
 */
public final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), "org.yieldplan.web.jte");

    /** The HTML of a template, e.g. {@code "home.jte"}, with its one {@code page} parameter. */
    public String html(String template, Object page) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(template, page, out);
        return out.toString();
    }

    /** Renders into the response, with the given status. */
    public void render(Context ctx, int status, String template, Object page) {
        String html = html(template, page);
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    /** Renders with status 200. */
    public void render(Context ctx, String template, Object page) {
        render(ctx, 200, template, page);
    }
}
