package org.yieldplan.web.manage;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.input.FieldProblem;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioBuilder;
import org.yieldplan.web.RequestBudget;
import org.yieldplan.web.Sharing;
import org.yieldplan.web.Site;
import org.yieldplan.web.security.OwnerToken;
import org.yieldplan.web.WebError;
import org.yieldplan.web.input.Numbers;
import org.yieldplan.web.library.Computed;
import org.yieldplan.web.library.ScenarioEntry;

/**
 * {@code GET /scenarios/{id}/holdings} (the holdings as an editable table) and
 * {@code POST /scenarios/{id}/holdings}: the rows become the scenario's new holdings through the
 * planner's {@link ScenarioBuilder}, saved and computed once; on errors the table comes back with
 * 422, the values as typed and each message beside its cell.
 */
public final class HoldingsRoutes {

    private final Site site;

    public HoldingsRoutes(Site site) {
        this.site = site;
    }

    /** Registers the routes. */
    public void register(RoutesConfig r) {
        r.get("/scenarios/{id}/holdings", this::show);
        r.post("/scenarios/{id}/holdings", this::save);
    }

    private void show(Context ctx) throws SQLException {
        Computed c = editable(ctx);
        site.pages().render(ctx, 200, "holdings.jte", new HoldingsPage(c.entry(), HoldingsForm.of(c.entry().scenario().holdings())));
    }

    private void save(Context ctx) throws SQLException {
        Computed c = editable(ctx);
        ScenarioEntry entry = c.entry();
        HoldingsForm form = HoldingsForm.submitted(ctx.formParamMap());
        Map<String, String> errors = new LinkedHashMap<>();
        ScenarioBuilder b = entry.scenario().toBuilder().amountUsd(null).templates(site.library().runner().templates());
        List<Integer> rowOf = new ArrayList<>();
        b.holdings(holdings(form, entry.scenario().holdings(), b, errors, rowOf));
        boolean rowsLeftOut = !errors.isEmpty();
        for (FieldProblem p : b.problems()) {
            if (!(rowsLeftOut && p.field().equals("amountUsd"))) {   // "no holdings" only because bad rows were left out
                errors.putIfAbsent(cell(p, rowOf), p.message());
            }
        }
        if (!errors.isEmpty()) {
            site.pages().render(ctx, 422, "holdings.jte", new HoldingsPage(entry, form.withErrors(errors)));
            return;
        }
        try {
            site.library().update(entry.id(), b.build(), OwnerToken.caller(ctx), RequestBudget.remaining(ctx)).orElseThrow(() -> WebError.notFound("scenario '" + entry.id() + "'"));
        } catch (IllegalArgumentException e) {
            site.pages().render(ctx, 422, "holdings.jte", new HoldingsPage(entry, form.withErrors(Map.of("form", e.getMessage()))));
            return;
        }
        ctx.redirect("/scenarios/" + entry.id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    /** The rows as holdings; {@code rowOf.get(k - 1)} is the table row the builder calls {@code holdings[k]}. */
    private static List<Holding> holdings(HoldingsForm form, List<Holding> before, ScenarioBuilder b,
                                          Map<String, String> errors, List<Integer> rowOf) {
        List<Holding> out = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            HoldingsForm.Row row = form.rows().get(i);
            if (row.remove() || row.asset().isBlank() && row.value().isBlank()) {
                continue;
            }
            String at = "h." + i + ".";
            Double value = number(row.value(), at + "value", "enter the value in USD, e.g. 12500", errors);
            Double apy = number(row.apy(), at + "apy", "enter the APY in %, e.g. 4.5", errors);
            if (row.value().isBlank()) {
                errors.put(at + "value", "enter the value in USD");
            }
            Bucket bucket;
            try {
                bucket = Bucket.fromId(row.bucket());
            } catch (IllegalArgumentException e) {
                errors.put(at + "bucket", "choose a bucket");
                continue;
            }
            if (value == null || errors.containsKey(at + "apy")) {
                continue;
            }
            Holding from = from(row.from(), before);
            rowOf.add(i);                                   // the builder names this attempt holdings[rowOf.size()]
            Holding h = b.attempt("holdings[" + rowOf.size() + "]", () -> holding(row, from, value, bucket, apy));
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }

    private static Holding holding(HoldingsForm.Row row, Holding from, double value, Bucket bucket, Double apyPct) {
        String protocol = row.protocol().isBlank() ? null : row.protocol().strip();
        Double apy = apyPct == null ? null : apyPct / 100;
        if (from == null) {
            return new Holding(row.asset(), null, null, value, bucket, false, protocol, null, apy, null, null, null, null);
        }
        Double quantity = from.quantity() == null || from.valueUsd() == 0 || !row.asset().strip().equals(from.asset())
                ? null : from.quantity() * value / from.valueUsd();
        Double price = quantity == null ? null : from.priceUsd();
        return new Holding(row.asset(), quantity, price, value, bucket, from.bucketInferred() && from.bucket() == bucket,
                protocol, from.chain(), apy, from.apyReward(), from.lockupDays(), from.costBasisUsd(), from.acquired(),
                java.util.Objects.equals(apy, from.apyBase()) && row.asset().strip().equals(from.asset()) ? from.pool() : null);
    }

    /** The table cell of a planner problem: {@code holdings[2].valueUsd} → {@code h.ROW.value}. */
    private static String cell(FieldProblem p, List<Integer> rowOf) {
        String f = p.field();
        if (!f.startsWith("holdings[")) {
            return "form";
        }
        int close = f.indexOf(']');
        int k = Integer.parseInt(f.substring("holdings[".length(), close));
        String name = close + 2 <= f.length() ? f.substring(Math.min(f.length(), close + 2)) : "";
        String column = switch (name) {
            case "valueUsd", "quantity", "priceUsd" -> "value";
            case "apyBase" -> "apy";
            case "asset", "bucket", "protocol" -> name;
            default -> "asset";
        };
        return k >= 1 && k <= rowOf.size() ? "h." + rowOf.get(k - 1) + "." + column : "form";
    }

    private static Holding from(String index, List<Holding> before) {
        try {
            int i = Integer.parseInt(index);
            return i >= 0 && i < before.size() ? before.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String text, String field, String hint, Map<String, String> errors) {
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            errors.put(field, hint);
            return null;
        }
    }

    private Computed editable(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        if (site.library().isSample(id)) {
            throw new WebError(403, "'" + id + "' is a sample and read-only; copy it to edit its holdings");
        }
        Sharing.editable(site, ctx, id);
        Computed c = site.library().computed(id, OwnerToken.caller(ctx), RequestBudget.pageWait(ctx))
                .orElseThrow(() -> WebError.notFound("scenario '" + id + "'"));
        if (c.entry().scenario().holdings().isEmpty()) {
            throw new WebError(409, "this scenario is an amount split by a template; it has no holdings to edit");
        }
        return c;
    }
}
