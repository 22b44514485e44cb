package org.yieldplan.web.form;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.web.Site;
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
        Computed c = computed(ctx);
        ScenarioForm form = ScenarioForm.of(c.entry().scenario(), c.result(), site.library().runner().catalog());
        show(ctx, 200, "Edit " + c.entry().scenario().name(), "/scenarios/" + c.entry().id(), form,
                c.entry().sample() ? "This is a sample: saving makes your own copy." : null);
    }

    private void create(Context ctx) throws SQLException {
        ScenarioForm form = ScenarioForm.submitted(ctx.formParamMap());
        FormReader.Read read = reader.read(form, null, this::holdingsOf);
        if (read.scenario() == null) {
            show(ctx, 422, "New scenario", "/scenarios", read.form(), null);
            return;
        }
        ScenarioEntry saved = site.library().create(read.scenario(), "form");
        ctx.redirect("/scenarios/" + saved.id() + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void save(Context ctx) throws SQLException {
        Computed c = computed(ctx);
        ScenarioForm form = ScenarioForm.submitted(ctx.formParamMap());
        FormReader.Read read = reader.read(form, c.entry().scenario(), this::holdingsOf);
        String action = "/scenarios/" + c.entry().id();
        if (read.scenario() == null) {
            show(ctx, 422, "Edit " + c.entry().scenario().name(), action, read.form(),
                    c.entry().sample() ? "This is a sample: saving makes your own copy." : null);
            return;
        }
        String id;
        if (c.entry().sample()) {
            id = site.library().create(read.scenario(), "copy").id();
        } else {
            site.library().update(c.entry().id(), read.scenario());
            id = c.entry().id();
        }
        ctx.redirect("/scenarios/" + id + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private Optional<Scenario> holdingsOf(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : site.library().find(id).map(ScenarioEntry::scenario);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private Computed computed(Context ctx) throws SQLException {
        return site.library().computed(ctx.pathParam("id"))
                .orElseThrow(() -> WebError.notFound("scenario '" + ctx.pathParam("id") + "'"));
    }

    private void show(Context ctx, int status, String heading, String action, ScenarioForm form, String note)
            throws SQLException {
        ScenarioLibrary lib = site.library();
        List<ScenarioEntry> sources = lib.all().stream().filter(e -> !e.scenario().holdings().isEmpty()).toList();
        site.pages().render(ctx, status, "form.jte", new FormPage(heading, action, form,
                lib.runner().templates().all(), sources, note));
    }
}
