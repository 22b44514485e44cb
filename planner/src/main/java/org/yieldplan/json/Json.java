package org.yieldplan.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yieldplan.income.Contributions;
import org.yieldplan.income.IncomeSummary;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.rebalance.BandStatus;
import org.yieldplan.rebalance.Side;
import org.yieldplan.rebalance.Targets;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.sustainability.Evidence;
import org.yieldplan.sustainability.Screening;
import org.yieldplan.sustainability.Severity;
import org.yieldplan.sustainability.SustainableYield;
import org.yieldplan.simulation.PlanMeasure;
import org.yieldplan.simulation.Shocks;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.ConstantPercentage;
import org.yieldplan.withdrawal.FloorCeiling;
import org.yieldplan.withdrawal.Guardrails;
import org.yieldplan.withdrawal.IncomeOnly;
import org.yieldplan.withdrawal.NinetyFivePercentRule;
import org.yieldplan.withdrawal.VariablePercentage;
import org.yieldplan.withdrawal.WithdrawalPlan;
import org.yieldplan.withdrawal.WithdrawalStrategy;
import org.yieldplan.withdrawal.YieldGuardrail;

/**
 * The project's one Jackson configuration: buckets and frequencies as lower-case ids, dates as
 * ISO text, nulls left out, unknown fields refused (a typo in a scenario file is an error, not
 * silently ignored), and the scenario result's income figures at the top level of its JSON.
 */
public final class Json {

    private static final ObjectMapper MAPPER = build();

    private Json() {
    }

    /** The shared, configured, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A value as indented JSON text. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A Jackson failure as a message for a person: "line 3, column 7: field 'horizonYears': must be 1 to 100...".
     *
     * @param source the file or input name to put first
     */
    public static JsonInputException problem(String source, JsonProcessingException e) {
        StringBuilder msg = new StringBuilder(source);
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            msg.append(": line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String path = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + (r.getIndex() + 1) + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            msg.append(": at '").append(path).append("'");
        }
        msg.append(": ").append(reason(e));
        return new JsonInputException(msg.toString(), e);
    }

    /** The reason of a Jackson failure, for a person. */
    static String reason(JsonProcessingException e) {
        if (e instanceof InvalidTypeIdException t && WithdrawalStrategy.class.equals(t.getBaseType().getRawClass())) {
            return "unknown withdrawal strategy type '" + t.getTypeId() + "'; known types: " + String.join(", ", STRATEGY_TYPES);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage();
        }
        if (e instanceof UnrecognizedPropertyException u && "drift".equals(u.getPropertyName())) {
            return "'drift' (an expected return) is no longer read: give 'medianGrowth', the compound annual growth g of "
                    + "the median price path (the mean return is g + volatility²/2)";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; known fields: " + u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        String m = e.getOriginalMessage();
        int cut = m == null ? -1 : m.indexOf("\n");
        return m == null ? "malformed JSON" : cut > 0 ? m.substring(0, cut) : m;
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("yieldplan");
        asId(module, Bucket.class, Bucket::id, Bucket::fromId);
        module.addKeySerializer(Bucket.class, new JsonSerializer<>() {
            @Override
            public void serialize(Bucket b, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeFieldName(b.id());
            }
        });
        module.addKeyDeserializer(Bucket.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext c) {
                return Bucket.fromId(key);
            }
        });
        asId(module, LocalDate.class, LocalDate::toString, Json::date);
        for (Class<? extends Enum<?>> e : List.of(Contributions.Frequency.class, WithdrawalPlan.Frequency.class,
                BandStatus.class, Side.class, Targets.Level.class, Severity.class, Evidence.Unit.class)) {
            lowerCase(module, e);
        }
        module.setMixInAnnotation(ScenarioResult.class, ScenarioResultMixin.class);
        module.setMixInAnnotation(SimulationResult.class, SimulationResultMixin.class);
        withdrawals(module);
        module.setMixInAnnotation(Screening.class, ScreeningMixin.class);
        module.setMixInAnnotation(org.yieldplan.market.AssumptionSet.class, AssumptionSetMixin.class);
        return JsonMapper.builder()
                .addModule(module)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)   // a missing number is 0, then validated
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** A value written as its id and read back from it; a bad id is a mapping error carrying the parser's message. */
    private static <T> void asId(SimpleModule module, Class<T> type, Function<T, String> id, Function<String, T> parse) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(id.apply(v));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
                try {
                    return parse.apply(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e);
                }
            }
        });
    }

    /** An ISO date, e.g. 2024-03-31. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date; write it as 2024-03-31", e);
        }
    }

    /** Writes an enum's constants in lower case ({@code inside}, {@code buy}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void lowerCase(SimpleModule module, Class<? extends Enum<?>> type) {
        module.addSerializer((Class) type, new JsonSerializer<Enum<?>>() {
            @Override
            public void serialize(Enum<?> v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.name().toLowerCase(Locale.ROOT));
            }
        });
    }

    /** The strategies' JSON type ids, in the order of {@link StrategyMixin}'s subtypes (RecordJsonTest holds them equal). */
    public static final List<String> STRATEGY_TYPES = List.copyOf(RecordJson.STRATEGIES.keySet());

    /** Withdrawal strategies by a "type" field; Monte Carlo shocks by their id. */
    private static void withdrawals(SimpleModule module) {
        module.setMixInAnnotation(WithdrawalStrategy.class, StrategyMixin.class);
        asId(module, Shocks.class, Shocks::id, Shocks::fromId);
    }

    /** A withdrawal strategy in JSON: {"type": "constant-amount", "annualUsd": 75000, "inflationAdjusted": true}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ConstantAmount.class, name = "constant-amount"),
        @JsonSubTypes.Type(value = ConstantPercentage.class, name = "constant-percentage"),
        @JsonSubTypes.Type(value = IncomeOnly.class, name = "income-only"),
        @JsonSubTypes.Type(value = Guardrails.class, name = "guardrails"),
        @JsonSubTypes.Type(value = NinetyFivePercentRule.class, name = "95-percent-rule"),
        @JsonSubTypes.Type(value = VariablePercentage.class, name = "vpw"),
        @JsonSubTypes.Type(value = FloorCeiling.class, name = "floor-ceiling"),
        @JsonSubTypes.Type(value = YieldGuardrail.class, name = "yield-guardrail")
    })
    abstract static class StrategyMixin {
    }

    /**
     * Puts the income summary's figures (blendedApy, annualIncome, ...) and the sustainable yield's
     * (sustainableApy, unsustainableApy, ...) at the result's top level.
     */
    abstract static class ScenarioResultMixin {
        @JsonUnwrapped
        abstract IncomeSummary income();

        @JsonUnwrapped
        abstract SustainableYield sustainable();
    }

    /**
     * Puts the plan's measure (canDeplete, goalMetProbability, realIncomePercentiles, ...) in the simulation itself,
     * and leaves out the success probability of a plan that cannot run out (1 by construction, not a finding).
     */
    abstract static class SimulationResultMixin {
        @JsonUnwrapped
        abstract PlanMeasure measure();

        @JsonIgnore
        abstract double successProbability();

        @JsonProperty("successProbability")
        abstract Double reportedSuccess();
    }

    /** An assumption set written as its fields only, so a written catalog reads back ({@code catalog refresh}). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"neutral"})
    abstract static class AssumptionSetMixin {
    }

    /** Puts the sustainable yield's figures at the top level of a screening (the {@code flags --json} output). */
    abstract static class ScreeningMixin {
        @JsonUnwrapped
        abstract SustainableYield sustainable();
    }
}
