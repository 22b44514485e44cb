package org.yieldplan.web.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.json.Json;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;

/**
 * A scenario's result as JSON: whole (the CLI's {@code --json}, streamed for a download), or one page of
 * it for the API, where the lists that grow with the holdings ({@code positions}, {@code scenario.holdings}
 * and {@code flags}) hold only the items from {@code offset} to {@code offset + limit}, and {@code page}
 * gives the offset, the limit and each list's full length. Everything else is as in the whole JSON; a page that
 * cuts nothing (offset 0, every list within the limit) is exactly the whole JSON, without {@code page}.
 */
public final class ResultJson {

    /** Items of each long list a page holds unless asked otherwise. */
    public static final int LIMIT = 500;
    /** Items of each long list a page holds at most. */
    public static final int MAX_LIMIT = 2_000;

    private ResultJson() {
    }

    /** The lengths of the paged lists. */
    public record Totals(int positions, int holdings, int flags) {

        /** The longest of them: there is a next page while offset + limit is below it. */
        public int longest() {
            return Math.max(positions, Math.max(holdings, flags));
        }
    }

    /** The lengths of the result's paged lists. */
    public static Totals totals(ScenarioResult r) {
        return new Totals(r.positions().size(), r.scenario().holdings().size(), r.flags().size());
    }

    /** Writes the whole result, indented, to the stream (left open). */
    public static void whole(ScenarioResult r, OutputStream out) throws IOException {
        Json.mapper().writerWithDefaultPrettyPrinter().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, r);
    }

    /** One page of the result, indented, UTF-8. */
    public static byte[] page(ScenarioResult r, int offset, int limit) {
        ObjectNode tree = Json.mapper().createObjectNode();
        // the scenario is written from its own fields, so that its holdings are never all turned into JSON at once;
        // the rest of the result is written around a stand-in scenario, which is then left out
        tree.set("scenario", scenario(r.scenario(), offset, limit));
        ObjectNode rest = Json.mapper().valueToTree(new ScenarioResult(STAND_IN, slice(r.positions(), offset, limit),
                r.income(), r.schedule(), r.plan(), r.simulation(), r.rebalance(), slice(r.flags(), offset, limit),
                r.sustainable()));
        rest.remove("scenario");
        tree.setAll(rest);
        Totals t = totals(r);
        if (offset == 0 && t.longest() <= limit) {
            return write(tree);                        // nothing cut: exactly the whole result
        }
        ObjectNode page = tree.putObject("page");
        page.put("offset", offset);
        page.put("limit", limit);
        ObjectNode total = page.putObject("total");
        total.put("positions", t.positions());
        total.put("holdings", t.holdings());
        total.put("flags", t.flags());
        return write(tree);
    }

    private static byte[] write(ObjectNode tree) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the result's JSON", e);
        }
    }

    private static final Scenario STAND_IN = Scenario.ofTemplate("stand-in", 1, null);

    /** The scenario's fields in their order, nulls left out (as the mapper does), holdings sliced. */
    private static JsonNode scenario(Scenario s, int offset, int limit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : Scenario.class.getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(s);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("could not read the scenario's " + c.getName(), e);
            }
            if (v != null) {
                fields.put(c.getName(), c.getName().equals("holdings") ? slice(s.holdings(), offset, limit) : v);
            }
        }
        return Json.mapper().valueToTree(fields);
    }

    private static <T> List<T> slice(List<T> list, int offset, int limit) {
        int from = Math.min(offset, list.size());
        return list.subList(from, (int) Math.min(list.size(), (long) from + limit));
    }
}
