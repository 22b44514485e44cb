package org.yieldplan.web.form;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.web.RequestBudget;
import org.yieldplan.web.Sharing;
import org.yieldplan.web.Site;
import org.yieldplan.web.security.OwnerToken;
import org.yieldplan.web.WebError;
import org.yieldplan.web.library.Computed;
import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.library.ScenarioLibrary;

/**
 * {@code GET /scenarios/new}, {@code POST /scenarios}, {@code GET /scenarios/{id}/edit},
 * {@code POST /scenarios/{id}}. A sample is never changed: saving its form makes a copy.
 * On errors the form comes back with status 422, the values as typed, and a message beside each
 * field at fault.
 */
public final class FormRoutes {

    /** The scenario a new form starts from. */
    static final String START_TEMPLATE = "income-core";
    static final double START_AMOUNT = 250_000;

    private final Site site;
    private final FormReader reader;

    public FormRoutes(Site site) {
        this.site = site;
        this.reader = new FormReader(site.library().runner());
    }

    /** Registers the routes (before {@code /scenarios/{id}}). */
    public void register(RoutesConfig r) {
        r.get("/scenarios/new", this::newForm);
        r.post("/scenarios", this::create);
        r.get("/scenarios/{id}/edit", this::editForm);
        r.post("/scenarios/{id}", this::save);
    }

    private void newForm(Context ctx) throws SQLException {
        String wanted = ctx.queryParam("template");
        String template = wanted != null && site.library().runner().templates().find(wanted).isPresent()
                ? site.library().runner().templates().get(wanted).id() : START_TEMPLATE;
        Scenario start = Scenario.ofTemplate(template, START_AMOUNT, null);
        ScenarioForm form = ScenarioForm.of(start, site.library().runner().run(start), site.library().runner().catalog())
                .with("name", "My scenario");
        show(ctx, 200, "New scenario", "/scenarios", form, null);
    }

    private void editForm(Context ctx) throws SQLException {
        if (!site.library().isSample(ctx.pathParam("id"))) {
            Sharing.editable(site, ctx, ctx.pathParam("id"));
        }
        Computed c = computed(ctx);
        ScenarioForm form = ScenarioForm.of(c.entry().scenario(), c.result(), site.library().runner().catalog());
        show(ctx, 200, "Edit " + c.entry().scenario().name(), "/scenarios/" + c.entry().id(), form,
                c.entry().sample() ? "This is a sample: saving makes your own copy." : null);
    }

    private void create(Context ctx) throws SQLException {
        ScenarioForm form = ScenarioForm.submitted(ctx.formParamMap());
        FormReader.Read read = reader.read(form, null, id -> holdingsOf(ctx, id));
        if (read.scenario() == null) {
            show(ctx, 422, "New scenario", "/scenarios", read.form(), null);
            return;
        }
        ScenarioEntry saved;
        try {
            saved = site.library().create(read.scenario(), "form", OwnerToken.owner(ctx), RequestBudget.remaining(ctx));
        } catch (IllegalArgumentException e) {
            show(ctx, 422, "New scenario", "/scenarios", reader.refused(read.form(), e).form(), null);
            return;
        }
        OwnerToken.keep(ctx);
        ctx.redirect("/scenarios/" + saved.id() + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void save(Context ctx) throws SQLException {
        if (!site.library().isSample(ctx.pathParam("id"))) {
            Sharing.editable(site, ctx, ctx.pathParam("id"));
        }
        Computed c = computed(ctx);
        ScenarioForm form = ScenarioForm.submitted(ctx.formParamMap());
        FormReader.Read read = reader.read(form, c.entry().scenario(), id -> holdingsOf(ctx, id));
        String action = "/scenarios/" + c.entry().id();
        if (read.scenario() == null) {
            show(ctx, 422, "Edit " + c.entry().scenario().name(), action, read.form(),
                    c.entry().sample() ? "This is a sample: saving makes your own copy." : null);
            return;
        }
        String id;
        try {
            id = saveRead(ctx, c, read);
        } catch (IllegalArgumentException e) {
            show(ctx, 422, "Edit " + c.entry().scenario().name(), action, reader.refused(read.form(), e).form(),
                    c.entry().sample() ? "This is a sample: saving makes your own copy." : null);
            return;
        }
        ctx.redirect("/scenarios/" + id + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Saves the form: a copy of a sample, or the owner's scenario changed; the id saved. */
    private String saveRead(Context ctx, Computed c, FormReader.Read read) throws SQLException {
        String id;
        if (c.entry().sample()) {
            id = site.library().create(read.scenario(), "copy", OwnerToken.owner(ctx), RequestBudget.remaining(ctx)).id();
            OwnerToken.keep(ctx);
        } else {
            if (!site.library().update(c.entry().id(), read.scenario(), OwnerToken.caller(ctx), RequestBudget.remaining(ctx))) {
                throw WebError.notFound("scenario '" + c.entry().id() + "'");
            }
            id = c.entry().id();
        }
        return id;
    }

    /** The holdings of a scenario the caller may see, for "start from the holdings of...". */
    private Optional<Scenario> holdingsOf(Context ctx, String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty()
                    : site.library().find(id, OwnerToken.caller(ctx)).map(ScenarioEntry::scenario);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private Computed computed(Context ctx) throws SQLException {
        return site.library().computed(ctx.pathParam("id"), OwnerToken.caller(ctx), RequestBudget.pageWait(ctx))
                .orElseThrow(() -> WebError.notFound("scenario '" + ctx.pathParam("id") + "'"));
    }

    private void show(Context ctx, int status, String heading, String action, ScenarioForm form, String note)
            throws SQLException {
        ScenarioLibrary lib = site.library();
        List<ScenarioEntry> sources = lib.visible(OwnerToken.caller(ctx)).stream().filter(e -> !e.scenario().holdings().isEmpty()).toList();
        site.pages().render(ctx, status, "form.jte", new FormPage(heading, action, form,
                lib.runner().templates().all(), sources, note));
    }
}
