package org.yieldplan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.simulation.Shocks;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.ConstantPercentage;
import org.yieldplan.withdrawal.FloorCeiling;
import org.yieldplan.withdrawal.Guardrails;
import org.yieldplan.withdrawal.IncomeOnly;
import org.yieldplan.withdrawal.NinetyFivePercentRule;
import org.yieldplan.withdrawal.VariablePercentage;
import org.yieldplan.withdrawal.WithdrawalStrategy;
import org.yieldplan.withdrawal.YieldGuardrail;

/**
 * Reads well-formed JSON straight into records with Jackson's streaming parser, without its data binding, whose
 * start-up (building the mapper, introspecting each type) is most of a short command's time. It reads the plain
 * case only: records (by their canonical constructor, a missing field as null, 0 or false), lists, maps with text
 * or bucket keys, text, numbers, booleans, enums by name in any case, buckets, shocks, ISO dates and withdrawal
 * strategies by their "type", each from the JSON kind {@link Json#mapper()} reads it from; and a JSON object as the
 * mapper's {@code readTree} builds it. Anything else (an unknown field, a duplicate, a number where text belongs,
 * a value a record refuses, trailing content, another type) makes it return null, and the caller reads the input
 * with the mapper, which gives the same value or the message naming the place at fault. So for every input it
 * reads, it gives what the mapper would ({@code RecordJsonTest} holds it on the bundled files and scenarios and on
 * 1,800 random mutations of them).
 *
 * <p>Use it only for types the mapper reads without custom handling beyond the above: the catalog, templates,
 * thresholds and the parts of a scenario.
 */
final class RecordJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** The withdrawal strategies by their JSON "type", in the order of {@link Json.StrategyMixin}'s subtypes. */
    static final Map<String, Class<? extends WithdrawalStrategy>> STRATEGIES = strategies();

    private RecordJson() {
    }

    /** Signals input this reader leaves to the mapper (no stack trace: it is not an error). */
    private static final class LeftToMapper extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeftToMapper() {
            super(null, null, false, false);
        }
    }

    private static final LeftToMapper LEFT = new LeftToMapper();

    /**
     * The value of {@code type} in {@code json}, or null when the mapper must read it.
     *
     * @param type a record class, or a {@code List} or {@code Map} of the supported types
     */
    static Object read(byte[] json, Type type) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return null;
            }
            Object value = value(p, type);
            return p.nextToken() == null ? value : null;
        } catch (Exception | StackOverflowError e) {   // anything at all: the mapper reads it and says what is wrong
            return null;
        }
    }

    /**
     * The JSON object in {@code json} as the mapper's {@code readTree} builds it (trailing content aside), or null
     * when the mapper must read it.
     */
    static ObjectNode tree(byte[] json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonNode tree = node(p);
            return p.nextToken() == null ? (ObjectNode) tree : null;
        } catch (Exception | StackOverflowError e) {   // the mapper reads it and says what is wrong
            return null;
        }
    }

    /** The value of {@code type} in {@code node} (a part of a scenario), or null when the mapper must read it. */
    static Object read(JsonNode node, Type type) {
        try (JsonParser p = node.traverse()) {
            p.nextToken();
            return value(p, type);
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }

    /** The node starting at the parser's current token, of the kinds the mapper makes: int, long, big integer, double. */
    private static JsonNode node(JsonParser p) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (o.replace(name, node(p)) != null) {
                        throw LEFT;
                    }
                }
                return end(p, JsonToken.END_OBJECT, o);
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null) {
                    a.add(node(p));
                }
                return end(p, JsonToken.END_ARRAY, a);
            }
            case VALUE_STRING -> {
                return f.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                JsonParser.NumberTypeFP kind = p.getNumberTypeFP();
                if (kind != JsonParser.NumberTypeFP.UNKNOWN && kind != JsonParser.NumberTypeFP.DOUBLE64) {
                    throw LEFT;
                }
                return f.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return f.booleanNode(p.currentToken() == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            default -> throw LEFT;
        }
    }

    private static JsonNode end(JsonParser p, JsonToken end, JsonNode container) {
        if (p.currentToken() != end) {
            throw LEFT;
        }
        return container;
    }

    /** The value starting at the parser's current token. */
    private static Object value(JsonParser p, Type type) throws Exception {
        JsonToken t = p.currentToken();
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (t == JsonToken.VALUE_NULL && (raw == List.class || raw == Map.class)) {
                return null;
            }
            if (raw == List.class && t == JsonToken.START_ARRAY) {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p, args[0]));
                }
                return list;
            }
            if (raw == Map.class && t == JsonToken.START_OBJECT && (args[0] == String.class || args[0] == Bucket.class)) {
                Map<Object, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(args[0] == Bucket.class ? Bucket.fromId(key) : key, value(p, args[1]));
                }
                return map;
            }
            throw LEFT;
        }
        if (!(type instanceof Class<?> c)) {
            throw LEFT;
        }
        if (c.isRecord()) {
            return t == JsonToken.VALUE_NULL ? null : record(p, c);
        }
        if (c == WithdrawalStrategy.class) {
            return t == JsonToken.VALUE_NULL ? null : strategy(p);
        }
        return scalar(p, t, c);
    }

    private static Object scalar(JsonParser p, JsonToken t, Class<?> c) throws Exception {
        boolean isNull = t == JsonToken.VALUE_NULL;
        boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
        if (c == String.class && (isNull || t == JsonToken.VALUE_STRING)) {
            return isNull ? null : p.getText();
        }
        if ((c == double.class || c == Double.class) && (isNull || number)) {
            return isNull ? empty(c) : (Object) p.getDoubleValue();
        }
        if ((c == int.class || c == Integer.class) && (isNull || t == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() == JsonParser.NumberType.INT)) {
            return isNull ? empty(c) : (Object) p.getIntValue();
        }
        if (c == Long.class && (isNull || t == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER)) {
            return isNull ? null : (Object) p.getLongValue();
        }
        if ((c == boolean.class || c == Boolean.class)
                && (isNull || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)) {
            return isNull ? empty(c) : (Object) (t == JsonToken.VALUE_TRUE);
        }
        if (c == Bucket.class && (isNull || t == JsonToken.VALUE_STRING)) {
            return isNull ? null : Bucket.fromId(p.getText());
        }
        if (c == Shocks.class && (isNull || t == JsonToken.VALUE_STRING)) {
            return isNull ? null : Shocks.fromId(p.getText());
        }
        if (c.isEnum() && (isNull || t == JsonToken.VALUE_STRING)) {
            return isNull ? null : constant(c, p.getText());
        }
        if (c == LocalDate.class && (isNull || t == JsonToken.VALUE_STRING)) {
            return isNull ? null : LocalDate.parse(p.getText().strip());   // as Json's ISO dates
        }
        throw LEFT;
    }

    /**
     * An enum constant as the mapper reads it with {@code ACCEPT_CASE_INSENSITIVE_ENUMS}: its name in any case,
     * here only when written in ASCII letters, digits and underscores (no trimming, no index, no Unicode case folds).
     */
    private static Object constant(Class<?> c, String text) {
        if (!text.isEmpty() && text.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))) {
            for (Object e : c.getEnumConstants()) {
                if (((Enum<?>) e).name().equalsIgnoreCase(text)) {
                    return e;
                }
            }
        }
        throw LEFT;
    }

    /** A withdrawal strategy: the record its "type" names (wherever that stands), from the object's other fields. */
    private static Object strategy(JsonParser p) throws Exception {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw LEFT;
        }
        ObjectNode fields = (ObjectNode) node(p);
        JsonNode type = fields.remove("type");
        Class<?> c = type != null && type.isTextual() ? STRATEGIES.get(type.textValue()) : null;
        if (c == null) {
            throw LEFT;
        }
        try (JsonParser rest = fields.traverse()) {
            rest.nextToken();
            return record(rest, c);
        }
    }

    /** A record from an object: each field by its component's name and type, through the canonical constructor. */
    private static Object record(JsonParser p, Class<?> c) throws Exception {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw LEFT;
        }
        RecordComponent[] components = c.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (types[i].isPrimitive() && types[i] != double.class && types[i] != int.class && types[i] != boolean.class) {
                throw LEFT;
            }
            args[i] = empty(types[i]);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int i = index(components, p.currentName());
            p.nextToken();
            args[i] = value(p, components[i].getGenericType());
        }
        Constructor<?> canonical = c.getDeclaredConstructor(types);
        return canonical.newInstance(args);
    }

    /** What a missing or null value is: 0, false, or null for an object. */
    private static Object empty(Class<?> c) {
        return c == double.class ? (Object) 0.0 : c == int.class ? (Object) 0 : c == boolean.class ? (Object) false : null;
    }

    private static int index(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw LEFT;
    }

    private static Map<String, Class<? extends WithdrawalStrategy>> strategies() {
        Map<String, Class<? extends WithdrawalStrategy>> m = new LinkedHashMap<>();
        m.put("constant-amount", ConstantAmount.class);
        m.put("constant-percentage", ConstantPercentage.class);
        m.put("income-only", IncomeOnly.class);
        m.put("guardrails", Guardrails.class);
        m.put("95-percent-rule", NinetyFivePercentRule.class);
        m.put("vpw", VariablePercentage.class);
        m.put("floor-ceiling", FloorCeiling.class);
        m.put("yield-guardrail", YieldGuardrail.class);
        return Collections.unmodifiableMap(m);
    }
}
