package org.yieldplan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.portfolio.Bucket;

/**
 * Reads well-formed JSON straight into records with Jackson's streaming parser, without its data binding, whose
 * start-up (building the mapper, introspecting each type) is most of a short command's time. It reads the plain
 * case only: records (by their canonical constructor, a missing field as null, 0 or false), lists, maps with text
 * or bucket keys, text, numbers, booleans, buckets and ISO dates, each from the JSON kind {@link Json#mapper()} reads it
 * from. Anything else (an unknown field, a duplicate, a number where text belongs, a value a record refuses,
 * trailing content, another type) makes it return null, and the caller reads the input with the mapper, which gives
 * the same value or the message naming the place at fault. So for every input it reads, it gives what the mapper
 * would ({@code RecordJsonTest} holds it on the bundled files and on 1,200 random mutations of them).
 *
 * <p>Use it only for types the mapper reads without custom handling (beyond {@link Bucket} ids): the catalog,
 * templates and thresholds.
 */
final class RecordJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

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
        if ((c == boolean.class || c == Boolean.class)
                && (isNull || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)) {
            return isNull ? empty(c) : (Object) (t == JsonToken.VALUE_TRUE);
        }
        if (c == Bucket.class && (isNull || t == JsonToken.VALUE_STRING)) {
            return isNull ? null : Bucket.fromId(p.getText());
        }
        if (c == java.time.LocalDate.class && t == JsonToken.VALUE_STRING && p.getText().strip().equals(p.getText())) {
            return java.time.LocalDate.parse(p.getText());                  // an ISO date, as the mapper reads it
        }
        throw LEFT;
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
}
