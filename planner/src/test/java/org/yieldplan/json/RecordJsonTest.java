package org.yieldplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yieldplan.income.Contributions;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.scenario.ScenarioInvalid;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.template.TemplateDefinition;
import org.yieldplan.withdrawal.WithdrawalPlan;

/**
 * The reader without data binding gives exactly what the mapper gives, or leaves the input to it. For a scenario
 * that is the whole of it: {@link ScenarioReader} asks the mapper only for the tree ({@code readTree}) and for the
 * parts it reads as records ({@code treeToValue}), and takes the plain reader's answer first for both.
 */
class RecordJsonTest {

    private static final Type TEMPLATES = new TypeReference<List<TemplateDefinition>>() { }.getType();
    /** Values a mutation puts in the catalog, templates and thresholds. */
    private static final List<JsonNode> FILE_VALUES = List.of(JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.textNode("x"), JsonNodeFactory.instance.numberNode(1.5),
            JsonNodeFactory.instance.numberNode(7), JsonNodeFactory.instance.booleanNode(true),
            JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(),
            JsonNodeFactory.instance.textNode("staking"), JsonNodeFactory.instance.textNode(" Lending "),
            JsonNodeFactory.instance.numberNode(3_000_000_000L));

    @Test
    void theBundledFiles_readAsTheMapperReadsThem() throws IOException {
        for (Object[] f : files()) {
            byte[] json = (byte[]) f[0];
            Object plain = RecordJson.read(json, (Type) f[1]);
            assertThat(plain).as(f[2].toString()).isNotNull();
            assertThat(plain).isEqualTo(mapper(json, (Type) f[1]));
            assertThat(Json.pretty(plain)).isEqualTo(Json.pretty(mapper(json, (Type) f[1])));
        }
    }

    @Test
    void mutatedFiles_areReadAsTheMapperReadsThem_orLeftToIt() throws IOException {
        Random random = new Random(20_261_203);
        int read = 0;
        int left = 0;
        for (Object[] f : files()) {
            JsonNode tree = Json.mapper().readTree((byte[]) f[0]);
            for (int k = 0; k < 400; k++) {
                JsonNode copy = tree.deepCopy();
                for (int m = random.nextInt(3); m >= 0; m--) {
                    mutate(copy, random, FILE_VALUES);
                }
                byte[] json = Json.mapper().writeValueAsBytes(copy);
                Object plain = RecordJson.read(json, (Type) f[1]);
                Object byMapper;
                try {
                    byMapper = mapper(json, (Type) f[1]);
                } catch (IOException | RuntimeException e) {
                    byMapper = e;
                }
                if (plain == null) {
                    left++;
                    continue;
                }
                read++;
                assertThat(byMapper).as(f[2] + " " + copy).isNotInstanceOf(Exception.class);
                assertThat(Json.pretty(plain)).as(f[2] + " " + copy).isEqualTo(Json.pretty(byMapper));
            }
        }
        assertThat(read).as("mutations read").isGreaterThan(50);
        assertThat(left).as("mutations left to the mapper").isGreaterThan(200);
    }

    @Test
    void duplicatesTrailingContentAndWrongKinds_areLeftToTheMapper() throws IOException {
        for (String json : List.of("{\"maxApy\": 1, \"maxApy\": 2}", "{\"maxApy\": 1} {}", "{\"maxApy\": \"1\"}",
                "{\"minComparables\": 3.0}", "{\"minComparables\": 3000000000}", "{\"maxApy\": 1,}", "", "null",
                "[]", "{\"maxapy\": 1}", "{\"maxApy\": 2, \"protocolShare\": -1}")) {
            assertThat(RecordJson.read(json.getBytes(StandardCharsets.UTF_8), Thresholds.class)).as(json).isNull();
        }
        byte[] nulls = "{\"maxApy\": 2, \"minComparables\": null}".getBytes(StandardCharsets.UTF_8);
        assertThat(RecordJson.read(nulls, Thresholds.class)).isNotNull().isEqualTo(mapper(nulls, Thresholds.class));
    }

    /** The scenario's parts read as records, by field: a value or a list of values. */
    private static final Map<String, Class<?>> PARTS = Map.of("contributions", Contributions.class,
            "withdrawal", WithdrawalPlan.class, "simulation", SimulationSettings.class);
    private static final Map<String, Class<?>> LISTS = Map.of("holdings", Holding.class, "overrides", AssumptionOverride.class);

    /** Every field and kind a scenario can hold; the strategy's type last, a limit nested in it. */
    private static final String RICH = """
            {"id": "rich", "name": "Rich", "amountUsd": 250000, "template": "income-core", "horizonYears": 30,
             "holdings": [{"asset": " ETH ", "quantity": 10, "priceUsd": 2500.5, "valueUsd": 25005, "bucket": "staking",
                           "bucketInferred": true, "protocol": "Lido", "chain": "Ethereum", "apyBase": 0.03,
                           "apyReward": 0, "lockupDays": 7, "costBasisUsd": 20000, "acquired": "2024-03-31",
                           "pool": {"id": "747c1d2a-c668-4682-b9f9-296708a3dd90", "asOf": "2025-08-31", "apyMean30d": 2.7}},
                          {"asset": "USDC", "valueUsd": 5000, "bucket": "Lending", "acquired": null}],
             "overrides": [{"bucket": "staking", "asset": "ETH", "apyLow": 0.01, "apyBase": 0.03, "apyHigh": 0.05,
                            "rewardShare": 0.2, "volatility": 0.6, "medianGrowth": -0.01, "tokenInflation": 0.005,
                            "yieldVolatility": 0.1, "failureProbability": 0.01, "lossGivenFailure": 0.5, "lockupDays": 3}],
             "contributions": {"amountUsd": 1000, "frequency": "ANNUAL", "years": 10},
             "withdrawal": {"frequency": "Quarterly", "startAfterYears": 10,
                            "strategy": {"strategy": {"rate": 0.05, "guardrail": 0.25, "noCutFinalYears": 10,
                                                      "type": "guardrails"},
                                         "floorUsd": 30000, "ceilingUsd": 90000, "type": "floor-ceiling"}},
             "simulation": {"paths": 2000, "seed": 4000000000, "targetSuccess": 0.85, "shocks": "Student-T",
                            "degreesOfFreedom": 5, "rebalanceAnnually": false}}
            """;

    /** One strategy of each type, as a scenario writes it. */
    private static final List<String> STRATEGIES = List.of(
            "{\"type\": \"constant-amount\", \"annualUsd\": 40000, \"inflationAdjusted\": true}",
            "{\"rate\": 0.04, \"type\": \"constant-percentage\"}", "{\"type\": \"income-only\"}",
            "{\"type\": \"guardrails\", \"rate\": 0.05, \"adjustment\": 0.1}", "{\"type\": \"95-percent-rule\", \"rate\": 0.04}",
            "{\"type\": \"vpw\", \"assumedReturn\": 0.03}",
            "{\"type\": \"floor-ceiling\", \"strategy\": {\"type\": \"vpw\", \"assumedReturn\": 0.03}, \"floorUsd\": 20000}",
            "{\"type\": \"yield-guardrail\", \"rate\": 0.05, \"minYield\": 0.04, \"guardrail\": 0.3}");

    @Test
    void theStrategyTable_isTheMappersSubtypes() {
        JsonSubTypes subtypes = Json.StrategyMixin.class.getAnnotation(JsonSubTypes.class);
        Map<String, Class<?>> annotated = new LinkedHashMap<>();
        for (JsonSubTypes.Type t : subtypes.value()) {
            annotated.put(t.name(), t.value());
        }
        assertThat(annotated).containsExactlyEntriesOf(RecordJson.STRATEGIES);
        assertThat(Json.STRATEGY_TYPES).containsExactlyElementsOf(annotated.keySet());
    }

    @Test
    void theBundledScenariosAndEveryStrategy_readAsTheMapperReadsThem() throws IOException {
        for (byte[] json : scenarios()) {
            int[] parts = plainParts(json);
            assertThat(parts[0]).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(parts[1]).isGreaterThanOrEqualTo(2);
        }
        assertThat(plainParts(bytes(RICH))).containsExactly(7, 7);
        for (String strategy : STRATEGIES) {
            String json = "{\"withdrawal\": {\"strategy\": " + strategy + "}}";
            assertThat(plainParts(bytes(json))).as(json).containsExactly(2, 2);
        }
    }

    @Test
    void mutatedScenarios_areReadAsTheMapperReadsThem_orLeftToIt() throws IOException {
        Random random = new Random(20_261_204);
        List<JsonNode> values = scenarioValues();
        int read = 0;
        int left = 0;
        for (byte[] original : scenarios()) {
            JsonNode tree = Json.mapper().readTree(original);
            for (int k = 0; k < 100; k++) {
                JsonNode copy = tree.deepCopy();
                for (int m = random.nextInt(3); m >= 0; m--) {
                    mutate(copy, random, values);
                }
                String json = Json.mapper().writeValueAsString(copy);
                switch (random.nextInt(8)) {
                    case 0 -> json += random.nextBoolean() ? " x" : " {\"id\": 1}";                 // trailing content
                    case 1 -> json = duplicate(json, copy, random);
                    default -> { }
                }
                int[] parts = plainParts(bytes(json));
                read += parts[0];
                left += parts[1] - parts[0];
                assertReadsWithoutSurprise(json);
            }
        }
        assertThat(read).as("trees and parts read without the mapper").isGreaterThan(1000);
        assertThat(left).as("trees and parts left to the mapper").isGreaterThan(300);
    }

    @Test
    void unusualScenarioInput_isLeftToTheMapper_whichSaysWhatIsWrong() {
        for (String json : List.of("{\"id\": \"a\", \"id\": \"b\"}", "{\"id\": \"a\"} x", "{\"id\": \"a\",}", "[]", "",
                "null", "{\"id\": \"a\"")) {
            assertThat(RecordJson.tree(bytes(json))).as(json).isNull();
        }
        assertThat(ScenarioReader.object("s.json", bytes("{\"id\": \"a\"} x"))).isEqualTo(JsonNodeFactory.instance.objectNode().put("id", "a"));
        assertThatMessage("{\"id\": \"a\", \"id\": \"b\"}").contains("line 1, column ").contains("Duplicate field 'id'");
        JsonNode n = RecordJson.tree(bytes("{\"i\": 7, \"l\": 3000000000, \"b\": 100000000000000000000, \"d\": 7.0, \"e\": 1e400}"));
        assertThat(n).isEqualTo(JsonNodeFactory.instance.objectNode().put("i", 7).put("l", 3_000_000_000L)
                .put("b", BigInteger.TEN.pow(20)).put("d", 7.0).put("e", Double.POSITIVE_INFINITY));
        for (String part : List.of("{\"frequency\": \"monthly \"}", "{\"frequency\": \"weekly\"}", "{\"frequency\": 1}",
                "{\"frequency\": \"\"}", "{\"amountUsd\": -1}", "{\"amountUsd\": \"5\"}", "{\"years\": 2.0}", "{\"extra\": 1}")) {
            assertThat(RecordJson.read(ScenarioReader.object("c", bytes(part)), Contributions.class)).as(part).isNull();
        }
        for (String strategy : List.of("{\"type\": \"yolo\"}", "{\"type\": \"Guardrails\", \"rate\": 0.05}", "{\"rate\": 0.05}",
                "{\"type\": 5}", "{\"type\": \"income-only\", \"rate\": 0.05}", "{\"type\": \"guardrails\"}")) {
            String plan = "{\"strategy\": " + strategy + "}";
            assertThat(RecordJson.read(ScenarioReader.object("w", bytes(plan)), WithdrawalPlan.class)).as(plan).isNull();
        }
        assertThatMessage("{\"withdrawal\": {\"strategy\": {\"type\": \"Guardrails\"}}}")
                .contains("unknown withdrawal strategy type 'Guardrails'; known types: constant-amount,");
        assertThatMessage("{\"contributions\": {\"frequency\": \"weekly\"}}").contains("contributions.frequency: 'weekly' is not a");
        assertThatMessage("{\"simulation\": {\"shocks\": \"cauchy\"}}").contains("simulation.shocks: unknown 'cauchy'");
    }

    /**
     * How many of the document's tree and parts (records and list items) the plain reader read, each checked equal to
     * the mapper's, and of how many.
     */
    private static int[] plainParts(byte[] json) throws IOException {
        JsonNode byMapper;
        try {
            byMapper = Json.mapper().readTree(json);
        } catch (IOException e) {
            assertThat(RecordJson.tree(json)).as("tree of malformed input").isNull();
            return new int[] {0, 1};
        }
        JsonNode tree = RecordJson.tree(json);
        int plain = 0;
        int of = 1;
        if (tree != null) {
            assertThat(tree).isEqualTo(byMapper);
            assertThat(tree.toString()).isEqualTo(byMapper.toString());
            plain++;
        }
        if (byMapper == null || !byMapper.isObject()) {
            return new int[] {plain, of};
        }
        List<Object[]> parts = new ArrayList<>();
        PARTS.forEach((field, type) -> parts.add(new Object[] {byMapper.get(field), type}));
        LISTS.forEach((field, type) -> byMapper.path(field).forEach(item -> parts.add(new Object[] {item, type})));
        for (Object[] part : parts) {
            JsonNode n = (JsonNode) part[0];
            if (n == null || n.isNull()) {
                continue;
            }
            Class<?> type = (Class<?>) part[1];
            Object value = RecordJson.read(n, type);
            of++;
            if (value != null) {
                assertThat(value).as(type.getSimpleName() + " " + n).isEqualTo(Json.mapper().treeToValue(n, type));
                plain++;
            }
        }
        return new int[] {plain, of};
    }

    /** Reading gives a scenario or a problem report: never another exception. */
    private static void assertReadsWithoutSurprise(String json) {
        try {
            ScenarioReader.read("s.json", bytes(json), SampleFiles.templates());
        } catch (ScenarioInvalid | JsonInputException e) {
            assertThat(e.getMessage()).startsWith("s.json: ");
        }
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertThatMessage(String json) {
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> ScenarioReader.read("s.json", bytes(json), null));
        assertThat(e).isInstanceOfAny(ScenarioInvalid.class, JsonInputException.class);
        return assertThat(e.getMessage());
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> scenarios() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("yieldplan.samples"), "scenarios"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(Files.readAllBytes(f));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(5);
        out.add(bytes(RICH));
        return out;
    }

    /** Values a mutation puts in a scenario: of every kind, enum ids in other cases, strategies of every type. */
    private static List<JsonNode> scenarioValues() throws IOException {
        JsonNodeFactory n = JsonNodeFactory.instance;
        List<JsonNode> values = new ArrayList<>(List.of(n.nullNode(), n.numberNode(1.5), n.numberNode(7), n.numberNode(0),
                n.numberNode(-1), n.numberNode(3_000_000_000L), n.numberNode(BigInteger.TEN.pow(20)), n.booleanNode(false),
                n.arrayNode(), n.objectNode()));
        for (String text : List.of("x", "", "MONTHLY", "Quarterly", "annual ", "weekly", "student-t", "STUDENT_T", "Normal",
                "staking", " Lending", "2024-03-31", "guardrails", "vpw", "Guardrails", "yolo")) {
            values.add(n.textNode(text));
        }
        for (String strategy : STRATEGIES) {
            values.add(Json.mapper().readTree(strategy));
        }
        return values;
    }

    /** The text with one of the tree's fields written twice in its object. */
    private static String duplicate(String json, JsonNode tree, Random random) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        collect(tree, objects);
        objects.removeIf(o -> !o.isObject() || o.isEmpty());
        if (objects.isEmpty()) {
            return json;
        }
        JsonNode o = objects.get(random.nextInt(objects.size()));
        Map.Entry<String, JsonNode> f = o.properties().iterator().next();
        String field = Json.mapper().writeValueAsString(f.getKey()) + ":" + Json.mapper().writeValueAsString(f.getValue());
        return json.replace(field, field + "," + field);
    }

    private static Object mapper(byte[] json, Type type) throws IOException {
        return Json.mapper().readValue(json, Json.mapper().getTypeFactory().constructType(type));
    }

    private static List<Object[]> files() throws IOException {
        Path samples = Path.of(System.getProperty("yieldplan.samples"));
        return List.of(
                new Object[] {Files.readAllBytes(samples.resolve("catalog.json")), Catalog.class, "catalog"},
                new Object[] {Files.readAllBytes(samples.resolve("templates.json")), TEMPLATES, "templates"},
                new Object[] {Files.readAllBytes(samples.resolve("sustainability-rules.json")), Thresholds.class, "rules"});
    }

    /**
     * One random change somewhere in the tree: a field removed, renamed, added, moved last (a strategy's "type" not
     * first) or given a strategy's type, a list item removed or repeated, a value of another kind.
     */
    private static void mutate(JsonNode root, Random random, List<JsonNode> values) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode c = containers.get(random.nextInt(containers.size()));
        if (c.isEmpty()) {
            return;
        }
        JsonNode value = values.get(random.nextInt(values.size())).deepCopy();
        if (c instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(7)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(random.nextBoolean() ? name.toUpperCase(java.util.Locale.ROOT) : "extra", o.remove(name));
                case 2 -> o.set(name, o.remove(name));
                case 3 -> o.set(name, o.get(name).isNumber() ? JsonNodeFactory.instance.textNode(o.get(name).asText())
                        : JsonNodeFactory.instance.nullNode());
                case 4 -> o.put("type", Json.STRATEGY_TYPES.get(random.nextInt(Json.STRATEGY_TYPES.size())));
                default -> o.set(name, value);
            }
        } else if (c instanceof ArrayNode a) {
            int i = random.nextInt(a.size());
            switch (random.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, value);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
