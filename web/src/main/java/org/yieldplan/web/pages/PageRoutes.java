package org.yieldplan.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.template.AllocationTemplate;
import org.yieldplan.web.Paging;
import org.yieldplan.web.RequestBudget;
import org.yieldplan.web.Sharing;
import org.yieldplan.web.Site;
import org.yieldplan.web.library.Caller;
import org.yieldplan.web.security.OwnerToken;
import org.yieldplan.web.WebError;
import org.yieldplan.web.library.Computed;
import org.yieldplan.web.library.ResultJson;
import org.yieldplan.web.store.UploadFacts;

/**
 * The read-only pages: {@code /}, {@code /scenarios/{id}}, {@code /templates}, {@code /assumptions},
 * and the scenario's JSON download.
 */
public final class PageRoutes {

    /** The amount the templates page computes yields on, USD. */
    public static final double TEMPLATE_AMOUNT = 100_000;

    private final Site site;
    private final Downloads downloads;
    private volatile TemplatesPage templatesPage;
    /**
     * Rendered scenario pages by id and viewer (owner or not), each with the result it was rendered from; emptied when
     * it reaches {@value #RENDERED_MAX} pages (as {@link HomePages}), so it holds no result for long that the library
     * let go.
     */
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    static final int RENDERED_MAX = 200;
    private final HomePages homePages = new HomePages();

    private record Rendered(Computed from, byte[] html) {
    }

    public PageRoutes(Site site, Downloads downloads) {
        this.site = site;
        this.downloads = downloads;
    }

    /** Registers the routes; {@code /scenarios/{id}} last, after the form's fixed paths. */
    public void register(RoutesConfig r) {
        r.get("/", this::home);
        r.get("/templates", ctx -> site.pages().render(ctx, "templates.jte", templates()));
        r.get("/assumptions", ctx -> site.pages().render(ctx, "assumptions.jte",
                new AssumptionsPage(site.library().runner().catalog())));
        r.get("/scenarios/{id}/result.json", this::resultJson);
        r.post("/scenarios/{id}/share", ctx -> ctx.redirect(Sharing.share(site, ctx, ctx.pathParam("id")) + "&made=1",
                io.javalin.http.HttpStatus.SEE_OTHER));
        downloads.register(r);
        r.get("/scenarios/{id}", this::scenario);
    }

    /**
     * The samples and one page ({@code ?page=N}, from 1) of the caller's saved scenarios; served from
     * {@link HomePages} while the store has not been written since it was rendered.
     */
    private void home(Context ctx) throws SQLException {
        Caller caller = OwnerToken.caller(ctx);
        int page = Paging.param(ctx, "page", 1, 1, Integer.MAX_VALUE / ScenarioRows.PAGE);
        long version = site.library().store().version();
        byte[] html = homePages.get(caller.ownerHash(), page, version);
        if (html == null) {
            boolean samplesComputed = site.library().samplesComputed();
            int total = site.library().ownedCount(caller);
            List<ScenarioRow> saved = ScenarioRows.owned(site.library(), caller, (page - 1) * ScenarioRows.PAGE,
                    ScenarioRows.PAGE);
            html = site.pages().html("home.jte", new HomePage(ScenarioRows.samples(site.library(),
                    RequestBudget.pageWait(ctx)), saved, page, (total + ScenarioRows.PAGE - 1) / ScenarioRows.PAGE, total))
                    .getBytes(StandardCharsets.UTF_8);
            if (samplesComputed) {
                homePages.put(caller.ownerHash(), page, version, html);
            }
        }
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private void scenario(Context ctx) throws SQLException {
        Computed c = computed(ctx);
        Caller caller = OwnerToken.caller(ctx);
        boolean owner = caller.canEdit(c.entry());
        boolean plain = ctx.queryParamMap().isEmpty();
        String key = c.entry().id() + (owner ? "/owner" : "/reader");
        Rendered cached = rendered.get(key);
        if (plain && cached != null && cached.from() == c) {
            ctx.contentType("text/html; charset=utf-8").result(cached.html());
            return;
        }
        UploadFacts upload = c.entry().uploadId() == null ? null
                : site.library().store().uploadFacts(c.entry().uploadId()).orElse(null);
        String note = ctx.queryParam("saved") != null ? "Saved." : null;
        String share = ctx.queryParam(OwnerToken.SHARE);
        boolean shared = share != null && caller.shareHash() != null && caller.shareHash().equals(c.entry().shareHash());
        String shareQuery = shared ? "?" + OwnerToken.SHARE + "=" + share : "";
        String link = shared && owner ? ctx.scheme() + "://" + ctx.host() + "/scenarios/" + c.entry().id() + shareQuery : null;
        int offset = Paging.param(ctx, "positions", 0, 0, Integer.MAX_VALUE);
        String html = site.pages().html("scenario.jte", new ScenarioPage(c.entry(), c.result(), upload,
                downloads.workbookAvailable(), note, new ScenarioPage.View(owner, shareQuery, link, offset)));
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        if (plain) {
            if (rendered.size() >= RENDERED_MAX) {
                rendered.clear();
            }
            rendered.put(key, new Rendered(c, bytes));
        }
        ctx.contentType("text/html; charset=utf-8").result(bytes);
    }

    private void resultJson(Context ctx) throws SQLException {
        Computed c = computed(ctx);
        Downloads.stream(ctx, "application/json", Downloads.attachment(c.entry().scenario().name(), "json"),
                out -> ResultJson.whole(c.result(), out));
    }

    private Computed computed(Context ctx) throws SQLException {
        return site.library().computed(ctx.pathParam("id"), OwnerToken.caller(ctx), RequestBudget.pageWait(ctx))
                .orElseThrow(() -> WebError.notFound("scenario '" + ctx.pathParam("id") + "'"));
    }

    private TemplatesPage templates() {
        TemplatesPage page = templatesPage;
        if (page == null) {
            List<TemplatesPage.TemplateView> views = new ArrayList<>();
            for (AllocationTemplate t : site.library().runner().templates().all()) {
                Scenario s = Scenario.ofTemplate(t.id(), TEMPLATE_AMOUNT, null);
                views.add(new TemplatesPage.TemplateView(t, t.bucketTargets(), site.library().runner().run(s).income()));
            }
            page = new TemplatesPage(views, TEMPLATE_AMOUNT);
            templatesPage = page;
        }
        return page;
    }
}
