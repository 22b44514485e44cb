package org.yieldplan.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.yieldplan.income.Contributions;
import org.yieldplan.input.InvalidField;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioBuilder;
import org.yieldplan.scenario.ScenarioInvalid;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.template.TemplateLibrary;
import org.yieldplan.withdrawal.WithdrawalPlan;

/**
 * Reads the scenario JSON format ({@code samples/scenarios/*.json}, the API's request body) field by
 * field into a {@link ScenarioBuilder}, so that every problem in the document is reported at once:
 * a field of the wrong type, an unknown field, a holding or an override its record refuses, and then
 * the scenario's own checks and limits. Malformed JSON is a {@link JsonInputException} (it has no
 * fields to name); everything else is one {@link ScenarioInvalid}. Well-formed input is read without Jackson's data
 * binding ({@link RecordJson}: the mapper's start-up is most of a short command's time); anything unusual goes to
 * the mapper, which gives the same value or the message naming the fault.
 */
public final class ScenarioReader {

    /** The fields of the format, each with how it is read. */
    private static final Map<String, BiConsumer<Reading, JsonNode>> FIELDS = fields();

    private ScenarioReader() {
    }

    /**
     * The scenario in {@code json}.
     *
     * @param source    names the input in messages
     * @param templates when given, an unknown template is one of the problems
     * @throws JsonInputException when the text is not a JSON object
     * @throws ScenarioInvalid    with every problem in it
     */
    public static Scenario read(String source, byte[] json, TemplateLibrary templates) {
        return read(object(source, json), new Reading(Scenario.builder().source(source).templates(templates)));
    }

    /**
     * A JSON object (a small request body such as {@code {"name": "..."}}).
     *
     * @throws JsonInputException when the text is not a JSON object
     */
    public static JsonNode object(String source, byte[] json) {
        JsonNode tree = RecordJson.tree(json);   // well-formed input needs no mapper, only the parser
        if (tree != null) {
            return tree;
        }
        try {
            tree = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw Json.problem(source, e);
        } catch (IOException e) {
            throw new JsonInputException(source + ": could not be read: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new JsonInputException(source + ": is empty; expected a JSON object", null);
        }
        if (!tree.isObject()) {
            throw new JsonInputException(source + ": expected a JSON object {...}, got " + tree.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT), null);
        }
        return tree;
    }

    private static Scenario read(JsonNode tree, Reading r) {
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            BiConsumer<Reading, JsonNode> reader = FIELDS.get(f.getKey());
            if (reader == null) {
                r.builder.problem(f.getKey(), "unknown field; known fields: " + String.join(", ", FIELDS.keySet()));
            } else if (!f.getValue().isNull()) {
                reader.accept(r, f.getValue());
            }
        }
        return r.builder.build();
    }

    /** One document being read. */
    private record Reading(ScenarioBuilder builder) {

        String text(String field, JsonNode n) {
            if (!n.isTextual()) {
                builder.problem(field, "must be text, got " + kind(n));
                return null;
            }
            return n.asText();
        }

        Double number(String field, JsonNode n) {
            if (!n.isNumber()) {
                builder.problem(field, "must be a number, got " + kind(n));
                return null;
            }
            return n.asDouble();
        }

        Integer whole(String field, JsonNode n) {
            if (!n.isIntegralNumber() && !(n.isNumber() && n.asDouble() == Math.rint(n.asDouble()))) {
                builder.problem(field, "must be a whole number, got " + kind(n));
                return null;
            }
            if (!n.canConvertToInt()) {
                builder.problem(field, "is too large, got " + n.asText());
                return null;
            }
            return n.asInt();
        }

        <T> T value(String field, JsonNode n, Class<T> type) {
            Object plain = RecordJson.read(n, type);   // the plain case without the mapper; else its value or message
            if (plain != null) {
                return type.cast(plain);
            }
            try {
                return Json.mapper().treeToValue(n, type);
            } catch (ValueInstantiationException e) {
                if (e.getCause() instanceof ScenarioInvalid s) {
                    s.problems().forEach(p -> builder.problem(p.under(field)));
                } else if (e.getCause() instanceof InvalidField f) {
                    builder.problem(f.problem().under(field));
                } else {
                    builder.problem(at(field, e), e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage());
                }
            } catch (JsonProcessingException e) {
                builder.problem(at(field, e), reason(e));
            } catch (IllegalArgumentException e) {
                builder.problem(field, e.getMessage());
            }
            return null;
        }

        <T> List<T> list(String field, JsonNode n, Class<T> type) {
            if (!n.isArray()) {
                builder.problem(field, "must be a list [...], got " + kind(n));
                return null;
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                T v = value(field + "[" + (i + 1) + "]", n.get(i), type);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    private static Map<String, BiConsumer<Reading, JsonNode>> fields() {
        Map<String, BiConsumer<Reading, JsonNode>> m = new java.util.LinkedHashMap<>();
        m.put("id", (r, n) -> r.builder.id(r.text("id", n)));
        m.put("name", (r, n) -> r.builder.name(r.text("name", n)));
        m.put("description", (r, n) -> r.builder.description(r.text("description", n)));
        m.put("amountUsd", (r, n) -> r.builder.amountUsd(r.number("amountUsd", n)));
        m.put("holdings", (r, n) -> r.builder.holdings(r.list("holdings", n, Holding.class)));
        m.put("template", (r, n) -> r.builder.template(r.text("template", n)));
        m.put("goalAnnualIncome", (r, n) -> r.builder.goalAnnualIncome(r.number("goalAnnualIncome", n)));
        m.put("contributions", (r, n) -> r.builder.contributions(r.value("contributions", n, Contributions.class)));
        m.put("horizonYears", (r, n) -> r.builder.horizonYears(r.whole("horizonYears", n)));
        m.put("inflation", (r, n) -> orZero(r.number("inflation", n), r.builder::inflation));
        m.put("taxRate", (r, n) -> orZero(r.number("taxRate", n), r.builder::taxRate));
        m.put("reinvestedShare", (r, n) -> orZero(r.number("reinvestedShare", n), r.builder::reinvestedShare));
        m.put("overrides", (r, n) -> r.builder.overrides(r.list("overrides", n, AssumptionOverride.class)));
        m.put("withdrawal", (r, n) -> r.builder.withdrawal(r.value("withdrawal", n, WithdrawalPlan.class)));
        m.put("simulation", (r, n) -> r.builder.simulation(r.value("simulation", n, SimulationSettings.class)));
        m.put("assumptions", (r, n) -> r.builder.assumptions(r.text("assumptions", n)));
        return m;
    }

    private static void orZero(Double v, java.util.function.DoubleConsumer set) {
        set.accept(v == null ? 0 : v);
    }

    /** The field a Jackson failure inside {@code field} points at: {@code withdrawal.strategy.type}. */
    private static String at(String field, JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String path = m.getPath().stream()
                    .map(p -> p.getFieldName() != null ? "." + p.getFieldName() : "[" + (p.getIndex() + 1) + "]")
                    .collect(Collectors.joining());
            return field + path;
        }
        return field;
    }

    private static String reason(JsonProcessingException e) {
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not a " + simple(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null
                && !(e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException)
                && !(e instanceof com.fasterxml.jackson.databind.exc.InvalidTypeIdException)) {
            return "must be a " + simple(m.getTargetType());
        }
        return Json.reason(e);
    }

    private static String simple(Class<?> type) {
        if (type == null) {
            return "value of the right type";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class || type == long.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String kind(JsonNode n) {
        return n.isTextual() ? "'" + n.asText() + "'" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
