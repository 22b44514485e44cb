package org.yieldplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yieldplan.market.Catalog;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.template.TemplateDefinition;

/** The reader without data binding gives exactly what the mapper gives, or leaves the input to it. */
class RecordJsonTest {

    private static final Type TEMPLATES = new TypeReference<List<TemplateDefinition>>() { }.getType();

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
                    mutate(copy, random);
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
    void duplicatesTrailingContentAndWrongKinds_areLeftToTheMapper() {
        for (String json : List.of("{\"maxApy\": 1, \"maxApy\": 2}", "{\"maxApy\": 1} {}", "{\"maxApy\": \"1\"}",
                "{\"minComparables\": 3.0}", "{\"minComparables\": 3000000000}", "{\"maxApy\": 1,}", "", "null",
                "[]", "{\"maxapy\": 1}", "{\"maxApy\": 2, \"protocolShare\": -1}")) {
            assertThat(RecordJson.read(json.getBytes(StandardCharsets.UTF_8), Thresholds.class)).as(json).isNull();
        }
        assertThat(RecordJson.read("{\"maxApy\": 2, \"minComparables\": null}".getBytes(StandardCharsets.UTF_8),
                Thresholds.class)).isEqualTo(new Thresholds(2.0, null, null, null, null, null, null, null, null, null, null, null, null));
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

    /** One random change somewhere in the tree: a field removed, renamed or added, a value of another kind. */
    private static void mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode c = containers.get(random.nextInt(containers.size()));
        if (c.isEmpty()) {
            return;
        }
        JsonNodeFactory n = JsonNodeFactory.instance;
        JsonNode[] replacements = {n.nullNode(), n.textNode("x"), n.numberNode(1.5), n.numberNode(7), n.booleanNode(true),
            n.arrayNode(), n.objectNode(), n.textNode("staking"), n.textNode(" Lending "), n.numberNode(3_000_000_000L)};
        if (c instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(5)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name.toUpperCase(java.util.Locale.ROOT), o.remove(name));
                case 2 -> o.put("extra", 1);
                case 3 -> o.set(name, o.get(name).isNumber() ? n.textNode(o.get(name).asText()) : n.nullNode());
                default -> o.set(name, replacements[random.nextInt(replacements.length)]);
            }
        } else if (c instanceof ArrayNode a) {
            int i = random.nextInt(a.size());
            switch (random.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, replacements[random.nextInt(replacements.length)]);
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
