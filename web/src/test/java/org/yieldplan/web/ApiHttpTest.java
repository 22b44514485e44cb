package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioRunner;

/** The JSON API over real HTTP, including its error answers. */
class ApiHttpTest {

    @TempDir
    Path dir;

    private static final ScenarioRunner RUNNER = TestSite.RUNNER;
    private static final String VALID = "{\"name\": \"Mine\", \"amountUsd\": 200000, \"template\": \"income-core\","
            + " \"goalAnnualIncome\": 12000, \"horizonYears\": 10, \"inflation\": 0.02}";

    @Test
    void scenarioResultIsExactlyWhatTheCliPrints() {
        TestSite.run(dir, (site, http) -> {
            for (Scenario s : SampleFiles.scenarios()) {
                Http.Resp r = http.get("/api/scenarios/" + s.id());
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.header("Content-Type")).startsWith("application/json");
                assertThat(r.body()).isEqualTo(Json.pretty(RUNNER.run(s)));
            }
        });
    }

    @Test
    void oneScenariosLongListsArePagedByOffsetAndLimit() {
        TestSite.run(dir, (site, http) -> {
            String id = "financial-independence";          // a sample with holdings: positions and holdings both long
            JsonNode whole = json(http.get("/api/scenarios/" + id));
            int positions = whole.get("positions").size();
            int holdings = whole.get("scenario").get("holdings").size();
            int flags = whole.path("flags").size();
            assertThat(positions).isGreaterThan(3);
            assertThat(holdings).isGreaterThan(3);
            assertThat(whole.has("page")).isFalse();

            Http.Resp r = http.get("/api/scenarios/" + id + "?offset=1&limit=2");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("X-Total-Count")).isEqualTo(Integer.toString(positions));
            assertThat(r.header("Link")).isEqualTo("</api/scenarios/" + id + "?offset=3&limit=2>; rel=\"next\"");
            JsonNode page = json(r);
            assertThat(page.get("positions").size()).isEqualTo(2);
            assertThat(page.get("positions").get(0)).isEqualTo(whole.get("positions").get(1));
            assertThat(page.get("positions").get(1)).isEqualTo(whole.get("positions").get(2));
            assertThat(page.get("scenario").get("holdings").get(0)).isEqualTo(whole.get("scenario").get("holdings").get(1));
            assertThat(page.path("flags").size()).isEqualTo(Math.max(0, Math.min(2, flags - 1)));
            assertThat(page.get("page").get("offset").asInt()).isEqualTo(1);
            assertThat(page.get("page").get("limit").asInt()).isEqualTo(2);
            assertThat(page.get("page").get("total").get("positions").asInt()).isEqualTo(positions);
            assertThat(page.get("page").get("total").get("holdings").asInt()).isEqualTo(holdings);
            assertThat(page.get("page").get("total").get("flags").asInt()).isEqualTo(flags);
            // everything but the long lists is the whole result's
            for (String field : new String[] {"portfolioValue", "annualIncome", "schedule", "simulation"}) {
                assertThat(page.get(field)).as(field).isEqualTo(whole.get(field));
            }
            assertThat(http.get("/api/scenarios/" + id + "?limit=0").status()).isEqualTo(400);
            assertThat(http.get("/api/scenarios/" + id + "?limit=2001").status()).isEqualTo(400);
        });
    }

    @Test
    void listHasTheSamplesWithHeadlineFigures() {
        TestSite.run(dir, (site, http) -> {
            JsonNode list = json(http.get("/api/scenarios"));
            List<Scenario> samples = SampleFiles.scenarios();
            assertThat(list.size()).isEqualTo(samples.size());
            for (int i = 0; i < samples.size(); i++) {
                var income = RUNNER.run(samples.get(i)).income();
                assertThat(list.get(i).get("id").asText()).isEqualTo(samples.get(i).id());
                assertThat(list.get(i).get("sample").asBoolean()).isTrue();
                assertThat(list.get(i).get("portfolioValue").asDouble()).isEqualTo(income.portfolioValue());
                assertThat(list.get(i).get("blendedApy").asDouble()).isEqualTo(income.blendedApy().base());
                assertThat(list.get(i).get("monthlyIncome").asDouble()).isEqualTo(income.monthlyIncome().base());
            }
        });
    }

    @Test
    void postedScenarioIsCreatedListedAndComputed() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp created = http.postJson("/api/scenarios", VALID);
            assertThat(created.status()).isEqualTo(201);
            String id = json(created).get("id").asText();
            assertThat(created.header("Location")).isEqualTo("/api/scenarios/" + id);
            JsonNode result = json(http.get("/api/scenarios/" + id));
            // 200,000 × income-core's blended base APY, independently from the runner on the same inputs
            double apy = RUNNER.run(Scenario.ofTemplate("income-core", 200_000, 12_000.0)).income().blendedApy().base();
            assertThat(result.get("portfolioValue").asDouble()).isEqualTo(200_000.0);
            assertThat(result.get("annualIncome").get("base").asDouble()).isCloseTo(200_000 * apy, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(result.get("requiredYield").asDouble()).isCloseTo(12_000 / 200_000.0, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(result.get("scenario").get("id").asText()).isEqualTo(id);
            assertThat(json(http.get("/api/scenarios")).findValuesAsText("id")).contains(id);
            assertThat(http.get("/scenarios/" + id).body()).contains("Mine");
        });
    }

    @Test
    void malformedJsonIs400WithTheLine() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postJson("/api/scenarios", "{\"name\": \"x\",\n \"amountUsd\": }");
            assertThat(r.status()).isEqualTo(400);
            JsonNode body = json(r);
            assertThat(body.get("error").asText()).contains("line 2");
            assertThat(body.get("problems").size()).isEqualTo(1);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at com.");
        });
    }

    @Test
    void anInputOutOfRangeIs422NamingTheField() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postJson("/api/scenarios", VALID.replace("\"horizonYears\": 10", "\"horizonYears\": 500"));
            assertThat(r.status()).isEqualTo(422);
            JsonNode p = json(r).get("problems").get(0);
            assertThat(p.get("field").asText()).isEqualTo("horizonYears");
            assertThat(p.get("message").asText()).contains("1 to 100");

            Http.Resp unknown = http.postJson("/api/scenarios", VALID.replace("income-core", "no-such-template"));
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(json(unknown).get("problems").get(0).get("field").asText()).isEqualTo("template");

            Http.Resp many = http.postJson("/api/scenarios", VALID.replace("\"inflation\": 0.02", "\"inflation\": 0.02,"
                    + " \"withdrawal\": {\"strategy\": {\"type\": \"income-only\"}}, \"simulation\": {\"paths\": 1000000}"));
            assertThat(many.status()).isEqualTo(422);
            assertThat(ApiHttpTest.json(many).get("problems").get(0).get("field").asText()).isEqualTo("simulation.paths");

            Http.Resp typo = http.postJson("/api/scenarios", VALID.replace("\"inflation\"", "\"inflaton\""));
            assertThat(typo.status()).isEqualTo(422);
            assertThat(json(typo).get("error").asText()).contains("inflaton: unknown field");
            assertThat(json(typo).get("problems").get(0).get("field").asText()).isEqualTo("inflaton");
            assertThat(site.library().store().list()).isEmpty();
        });
    }

    @Test
    void wrongContentTypeIs415EmptyIs400TooLargeIs413() {
        Path d = dir;
        TestSite.run(TestSite.settings(d).withLimits(64 * 1024, 80 * 1024, java.time.Duration.ofSeconds(5)), (site, http) -> {
            assertThat(http.post("/api/scenarios", "text/plain", VALID.getBytes()).status()).isEqualTo(415);
            assertThat(http.post("/api/scenarios", "application/json", new byte[0]).status()).isEqualTo(400);
            String big = "{\"name\": \"" + "x".repeat(200 * 1024) + "\"}";
            Http.Resp tooLarge = http.postJson("/api/scenarios", big);
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(json(tooLarge).get("error").asText()).isNotBlank();
            assertThat(http.get("/api/health").status()).isEqualTo(200);   // still up
        });
    }

    @Test
    void unknownScenarioIs404Json() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/api/scenarios/nope");
            assertThat(r.status()).isEqualTo(404);
            assertThat(json(r).get("error").asText()).contains("nope");
            assertThat(json(http.get("/api/no-such-route")).get("error").asText()).contains("/api/no-such-route");
        });
    }

    @Test
    void templatesCatalogAndHealth() {
        TestSite.run(dir, (site, http) -> {
            JsonNode templates = json(http.get("/api/templates"));
            assertThat(templates.findValuesAsText("id")).containsAll(
                    SampleFiles.templates().all().stream().map(t -> t.id()).toList());
            JsonNode catalog = json(http.get("/api/catalog"));
            assertThat(catalog.get("entries").size()).isEqualTo(SampleFiles.catalog().entries().size());
            JsonNode health = json(http.get("/api/health"));
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(health.get("sqlite").asText()).matches("3\\.\\d+\\.\\d+");
            assertThat(health.get("scenarios").asInt()).as("saved scenarios, by SELECT count(*)").isZero();
            assertThat(health.get("samples").asInt()).isEqualTo(SampleFiles.scenarios().size());
            assertThat(health.get("store").get("writable").asBoolean()).isTrue();
            http.postJson("/api/scenarios", VALID);
            assertThat(json(http.get("/api/health")).get("scenarios").asInt()).isEqualTo(1);
        });
    }

    static JsonNode json(Http.Resp r) throws Exception {
        return Json.mapper().readTree(r.bytes());
    }
}
