package org.yieldplan.web.form;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
 * {@code POST /scenarios/{id}}. A sample is never changed: saving its form makes a copy, named
 * "… (copy)" unless the name was changed. On errors the form comes back with status 422, the values
 * as typed, every message beside its field and listed at the top under the fields' labels.
 */
public final class FormRoutes {

    /** The scenario a new form starts from. */
    static final String START_TEMPLATE = "income-core";
    static final double START_AMOUNT = 250_000;
    private static final String SAMPLE_NOTE = "This is a sample: saving makes your own copy.";

    private final Site site;
    private final FormReader reader;

    public FormRoutes(Site site) {
        this.site = site;
        this.reader = new FormReader(site.library().runner().templates());
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
        ScenarioForm form = ScenarioForm.of(start, site.library().runner().run(start)).with("name", "My scenario");
        show(ctx, 200, "New scenario", "/scenarios", "new", form, null);
    }

    private void editForm(Context ctx) throws SQLException {
        if (!site.library().isSample(ctx.pathParam("id"))) {
            Sharing.editable(site, ctx, ctx.pathParam("id"));
        }
        Computed c = computed(ctx);
        ScenarioForm form = ScenarioForm.of(c.entry().scenario(), c.result());
        show(ctx, 200, "Edit " + c.entry().scenario().name(), "/scenarios/" + c.entry().id(), "scenarios", form,
                c.entry().sample() ? SAMPLE_NOTE : null);
    }

    private void create(Context ctx) throws SQLException {
        ScenarioForm form = ScenarioForm.submitted(ctx.formParamMap());
        FormReader.Read read = reader.read(form, null, id -> holdingsOf(ctx, id));
        if (read.scenario() != null) {
            Scenario s = read.scenario();
            Outcome saved = save(() -> site.library().create(s, "form", OwnerToken.owner(ctx), RequestBudget.remaining(ctx)));
            if (saved.entry() != null) {
                OwnerToken.keep(ctx);
                ctx.redirect("/scenarios/" + saved.entry().id() + "?saved=1", HttpStatus.SEE_OTHER);
                return;
            }
            read = new FormReader.Read(null, form.withErrors(Map.of("form", saved.error())));
        }
        show(ctx, 422, "New scenario", "/scenarios", "new", read.form(), null);
    }

    private void save(Context ctx) throws SQLException {
        if (!site.library().isSample(ctx.pathParam("id"))) {
            Sharing.editable(site, ctx, ctx.pathParam("id"));
        }
        Computed c = computed(ctx);
        ScenarioEntry entry = c.entry();
        ScenarioForm form = ScenarioForm.submitted(ctx.formParamMap());
        FormReader.Read read = reader.read(form, entry.scenario(), id -> holdingsOf(ctx, id));
        if (read.scenario() != null) {
            Scenario s = entry.sample() && read.scenario().name().equals(entry.scenario().name())
                    ? read.scenario().withName(ScenarioLibrary.copyName(entry.scenario().name())) : read.scenario();
            Outcome saved = save(() -> entry.sample()
                    ? site.library().create(s, "copy", OwnerToken.owner(ctx), RequestBudget.remaining(ctx))
                    : site.library().update(entry.id(), s, OwnerToken.caller(ctx), RequestBudget.remaining(ctx))
                            .orElseThrow(() -> WebError.notFound("scenario '" + entry.id() + "'")));
            if (saved.entry() != null) {
                OwnerToken.keep(ctx);
                ctx.redirect("/scenarios/" + saved.entry().id() + "?saved=1", HttpStatus.SEE_OTHER);
                return;
            }
            read = new FormReader.Read(null, form.withErrors(Map.of("form", saved.error())));
        }
        show(ctx, 422, "Edit " + entry.scenario().name(), "/scenarios/" + entry.id(), "scenarios", read.form(),
                entry.sample() ? SAMPLE_NOTE : null);
    }

    /** A save's outcome: the entry, or what the planner said when it could not compute the scenario. */
    private record Outcome(ScenarioEntry entry, String error) {
    }

    /** Saves (and so computes, once); a scenario the planner cannot compute is an error on the form. */
    private static Outcome save(Save save) throws SQLException {
        try {
            return new Outcome(save.run(), null);
        } catch (IllegalArgumentException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    private interface Save {
        ScenarioEntry run() throws SQLException;
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

    private void show(Context ctx, int status, String heading, String action, String active, ScenarioForm form,
                      String note) throws SQLException {
        ScenarioLibrary lib = site.library();
        List<ScenarioEntry> sources = lib.visible(OwnerToken.caller(ctx)).stream().filter(e -> !e.scenario().holdings().isEmpty()).toList();
        site.pages().render(ctx, status, "form.jte", new FormPage(heading, action, active, form,
                lib.runner().templates().all(), sources, note));
    }
}
