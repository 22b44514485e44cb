package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.portfolio.Holding;

/** Managing scenarios: rename, delete and copy through the pages and the API; editing holdings; the what-if. */
class ManageHttpTest {

    @TempDir
    Path dir;

    private static final String SCENARIO = "{\"name\": \"Mine\", \"amountUsd\": 100000, \"template\": \"income-core\","
            + " \"horizonYears\": 10}";
    private static final String PLAN = "{\"name\": \"Planned\", \"amountUsd\": 500000, \"template\": \"income-core\","
            + " \"horizonYears\": 25, \"withdrawal\": {\"strategy\": {\"type\": \"constant-amount\", \"annualUsd\": 25000,"
            + " \"inflationAdjusted\": true}}, \"simulation\": {\"paths\": 1000}}";

    private static String create(Http http, String json) throws Exception {
        Http.Resp r = http.postJson("/api/scenarios", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ApiHttpTest.json(r).get("id").asText();
    }

    private static String idOf(Http.Resp redirect) {
        return redirect.header("Location").replaceAll("^/scenarios/([^?]+).*", "$1");
    }

    @Test
    void renameThroughThePageAndTheApi() {
        TestSite.run(dir, (site, http) -> {
            String id = create(http, SCENARIO);
            Http.Resp page = http.postForm("/scenarios/" + id + "/rename", Map.of("name", "Renamed here"));
            assertThat(page.status()).isEqualTo(303);
            assertThat(http.get("/scenarios/" + id).body()).contains("<h1>Renamed here</h1>");
            Http.Resp api = http.patchJson("/api/scenarios/" + id, "{\"name\": \"Renamed by API\"}");
            assertThat(api.status()).isEqualTo(200);
            assertThat(ApiHttpTest.json(http.get("/api/scenarios/" + id)).path("scenario").path("name").asText())
                    .isEqualTo("Renamed by API");
            Http.Resp tooLong = http.patchJson("/api/scenarios/" + id, "{\"name\": \"" + "x".repeat(121) + "\"}");
            assertThat(tooLong.status()).isEqualTo(422);
            assertThat(ApiHttpTest.json(tooLong).path("problems").get(0).path("field").asText()).isEqualTo("name");
            assertThat(http.patchJson("/api/scenarios/retiree", "{\"name\": \"x\"}").status()).isEqualTo(403);
            assertThat(http.patchJson("/api/scenarios/nosuch", "{\"name\": \"x\"}").status()).isEqualTo(404);
        });
    }

    @Test
    void deleteThroughThePageAndTheApi_goneWithItsUploadBytes() {
        TestSite.run(dir, (site, http) -> {
            String id = create(http, SCENARIO);
            Http.Resp page = http.postForm("/scenarios/" + id + "/delete", Map.of());
            assertThat(page.status()).isEqualTo(303);
            assertThat(page.header("Location")).startsWith("/");
            assertThat(http.get("/scenarios/" + id).status()).isEqualTo(404);
            assertThat(http.get("/api/scenarios/" + id).status()).isEqualTo(404);

            Http.Resp up = http.upload("/api/holdings", "h.json", UploadHttpTest.HOLDINGS.getBytes(StandardCharsets.UTF_8), Map.of());
            String uploaded = ApiHttpTest.json(up).get("id").asText();
            String uploadId = site.library().store().find(uploaded).orElseThrow().uploadId();
            assertThat(site.library().store().upload(uploadId)).isPresent();
            assertThat(http.delete("/api/scenarios/" + uploaded).status()).isEqualTo(204);
            assertThat(http.get("/api/scenarios/" + uploaded).status()).isEqualTo(404);
            assertThat(http.delete("/api/scenarios/" + uploaded).status()).isEqualTo(404);
            assertThat(site.library().store().upload(uploadId)).as("the upload's bytes are gone").isEmpty();
            assertThat(site.library().store().uploadCount()).isZero();
            assertThat(http.delete("/api/scenarios/retiree").status()).isEqualTo(403);
            assertThat(http.get("/scenarios/retiree").status()).isEqualTo(200);
        });
    }

    @Test
    void copiesAreNamedCopy_throughPagesAndApi() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp page = http.postForm("/scenarios/financial-independence/copy", Map.of());
            assertThat(page.status()).isEqualTo(303);
            assertThat(site.library().store().find(idOf(page)).orElseThrow().scenario().name())
                    .isEqualTo("Financial independence (copy)");
            String id = create(http, SCENARIO);
            Http.Resp api = http.post("/api/scenarios/" + id + "/copy", "application/json", new byte[0]);
            assertThat(api.status()).isEqualTo(201);
            JsonNode copy = ApiHttpTest.json(api);
            assertThat(copy.path("name").asText()).isEqualTo("Mine (copy)");
            assertThat(copy.path("id").asText()).isNotEqualTo(id);
            // saving a sample's form without renaming it names the copy too
            Map<String, String> fields = FormHttpTest.form(http, "/scenarios/financial-independence/edit", Map.of());
            Http.Resp saved = http.postForm("/scenarios/financial-independence", fields);
            assertThat(saved.status()).as(saved.body().replaceAll("(?s).*(<div class=\"note bad\".*?</div>).*", "$1")).isEqualTo(303);
            assertThat(site.library().store().find(idOf(saved)).orElseThrow().scenario().name()).endsWith(" (copy)");
            // the list shows when each saved scenario was created and updated (results computed first: the
            // list computes every sample, which may take longer than the client waits on a busy machine)
            site.library().warmUp();
            String home = http.get("/").body();
            assertThat(home).contains("<th>Created</th><th>Updated</th>").contains("Mine (copy)");
            // the list page is kept rendered until the store is written: a rename, then a delete, show at once
            assertThat(http.get("/").body()).isEqualTo(home);
            assertThat(http.patchJson("/api/scenarios/" + id, "{\"name\": \"Mine, renamed\"}").status()).isEqualTo(200);
            assertThat(http.get("/").body()).contains("Mine, renamed");
            assertThat(http.delete("/api/scenarios/" + id).status()).isEqualTo(204);
            assertThat(http.get("/").body()).doesNotContain("Mine, renamed").doesNotContain("/scenarios/" + id + "\"");
            JsonNode list = ApiHttpTest.json(http.get("/api/scenarios"));
            for (JsonNode row : list) {
                assertThat(row.has("created")).as(row.toString()).isEqualTo(!row.path("sample").asBoolean());
            }
        });
    }

    @Test
    void editedHoldingsAreSavedAndRecomputed_badCellsComeBackBesideThem() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp up = http.upload("/upload", "h.json", UploadHttpTest.HOLDINGS.getBytes(StandardCharsets.UTF_8), Map.of());
            String id = idOf(up);
            String html = http.get("/scenarios/" + id + "/holdings").body();
            assertThat(html).contains("name=\"h.0.asset\" value=\"ETH\"").contains("name=\"h.1.asset\" value=\"USDC\"");
            Map<String, String> f = new LinkedHashMap<>();
            f.putAll(Map.of("h.0.from", "0", "h.0.asset", "ETH", "h.0.value", "90000", "h.0.bucket", "staking",
                    "h.0.protocol", "Lido", "h.0.apy", "3.5"));
            f.putAll(Map.of("h.1.from", "1", "h.1.asset", "USDC", "h.1.value", "40000", "h.1.bucket", "lending",
                    "h.1.protocol", "Aave", "h.1.apy", "", "h.1.remove", "yes"));
            f.putAll(Map.of("h.2.from", "", "h.2.asset", "BTC", "h.2.value", "10000", "h.2.bucket", "growth",
                    "h.2.protocol", "", "h.2.apy", ""));
            Http.Resp saved = http.postForm("/scenarios/" + id + "/holdings", f);
            assertThat(saved.status()).as(saved.body().replaceAll("(?s).*(<div class=\"note bad\".*?</div>).*", "$1")).isEqualTo(303);
            var holdings = site.library().store().find(id).orElseThrow().scenario().holdings();
            assertThat(holdings).extracting(Holding::asset).containsExactly("ETH", "BTC");
            assertThat(holdings.get(0).valueUsd()).isEqualTo(90_000);
            assertThat(holdings.get(0).apyBase()).isEqualTo(0.035);
            assertThat(http.get("/scenarios/" + id).body()).contains("$100,000");

            f.put("h.0.value", "lots");
            f.put("h.2.apy", "-3");
            Http.Resp bad = http.postForm("/scenarios/" + id + "/holdings", f);
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.body()).contains("value=\"lots\"").contains("enter the value in USD").contains("value=\"-3\"");
            assertThat(site.library().store().find(id).orElseThrow().scenario().holdings()).hasSize(2);
        });
    }

    @Test
    void whatIf_answersWithoutSaving_throughTheApiAndAPlainPage() {
        TestSite.run(dir, (site, http) -> {
            String id = create(http, PLAN);
            String page = http.get("/scenarios/" + id).body();
            assertThat(page).contains("id=\"what-if-form\"").contains("id=\"whatif-success\"").doesNotContain("<script>");
            JsonNode small = ApiHttpTest.json(http.postJson("/api/scenarios/" + id + "/what-if", "{\"annualUsd\": 5000}"));
            JsonNode big = ApiHttpTest.json(http.postJson("/api/scenarios/" + id + "/what-if", "{\"annualUsd\": 200000}"));
            // a what-if asks for WhatIf.PATHS; the test site's simulator runs at most TestSite.FEW_PATHS of them
            assertThat(small.path("paths").asInt()).isEqualTo(Math.min(org.yieldplan.web.whatif.WhatIf.PATHS, TestSite.FEW_PATHS));
            assertThat(small.path("successProbability").asDouble()).isGreaterThan(big.path("successProbability").asDouble());
            assertThat(big.path("fan").path("id").asText()).isEqualTo("chart-whatif");
            assertThat(big.path("fan").path("series")).hasSize(5);
            Http.Resp late = http.postJson("/api/scenarios/" + id + "/what-if", "{\"startAfterYears\": 30}");
            assertThat(late.status()).isEqualTo(422);
            assertThat(ApiHttpTest.json(late).path("problems").get(0).path("field").asText()).isEqualTo("withdrawal.startAfterYears");
            Http.Resp plain = http.get("/scenarios/" + id + "/what-if?annualUsd=200000&startAfterYears=0");
            assertThat(plain.status()).isEqualTo(200);
            assertThat(plain.body()).contains("Nothing was saved").contains("$200,000");
            // the assumption set: bear (lower growth, higher volatility) pays less often than bull on the same shocks
            String ask = "{\"annualUsd\": 40000, \"assumptions\": \"%s\"}";
            JsonNode bear = ApiHttpTest.json(http.postJson("/api/scenarios/" + id + "/what-if", ask.formatted("bear")));
            JsonNode bull = ApiHttpTest.json(http.postJson("/api/scenarios/" + id + "/what-if", ask.formatted("bull")));
            assertThat(bear.path("assumptions").asText()).isEqualTo("bear");
            assertThat(bear.path("successProbability").asDouble()).isLessThan(bull.path("successProbability").asDouble());
            Http.Resp odd = http.postJson("/api/scenarios/" + id + "/what-if", ask.formatted("gloomy"));
            assertThat(odd.status()).isEqualTo(422);
            assertThat(ApiHttpTest.json(odd).path("problems").get(0).path("field").asText()).isEqualTo("assumptions");
            assertThat(http.get("/scenarios/" + id + "/what-if?assumptions=bear").body())
                    .contains("<option value=\"bear\" selected>").contains("<strong>bear</strong> assumption set");
            assertThat(site.library().store().find(id).orElseThrow().scenario().withdrawal().strategy())
                    .isEqualTo(new org.yieldplan.withdrawal.ConstantAmount(25_000, true));
            String noPlan = create(http, SCENARIO);
            assertThat(http.postJson("/api/scenarios/" + noPlan + "/what-if", "{}").status()).isEqualTo(422);
        });
    }

    @Test
    void anUnknownAsset_linksToAFormPrefilledWithItsDefaults_andSavingRecomputes() {
        byte[] sheet = "Asset,Value\nETH,5000\nLINK,1000\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TestSite.run(dir, (site, http) -> {
            Http.Resp up = http.upload("/upload", "mine.csv", sheet, java.util.Map.of());
            assertThat(up.status()).isEqualTo(303);
            String id = up.header("Location").replaceAll("^/scenarios/|\\?.*$", "");
            var assumed = site.library().store().find(id).orElseThrow().scenario().overrides().stream()
                    .filter(o -> "LINK".equals(o.asset())).findFirst().orElseThrow();   // the category defaults
            String link = "/scenarios/" + id + "/assets/LINK";
            assertThat(http.get(up.header("Location")).body()).contains("href=\"" + link + "\"");
            String form = http.get(link).body();
            assertThat(form).contains("Defaults, not figures about LINK").contains("is not in the catalog")
                    .contains("value=\"" + org.yieldplan.web.pages.Fmt.plain(Math.round(assumed.volatility() * 10_000) / 100d) + "\"");
            Http.Resp bad = http.postForm(link, java.util.Map.of("volatility", "lots", "medianGrowth", "2",
                    "tokenInflation", "1", "failureProbability", "0.5"));
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.body()).contains("enter a percentage").contains("value=\"lots\"");
            Http.Resp ok = http.postForm(link, java.util.Map.of("volatility", "50", "medianGrowth", "2",
                    "tokenInflation", "1", "failureProbability", "0.5"));
            assertThat(ok.status()).isEqualTo(303);
            var mine = site.library().store().find(id).orElseThrow().scenario().overrides().stream()
                    .filter(o -> "LINK".equals(o.asset())).toList();
            assertThat(mine).singleElement().satisfies(o -> {
                assertThat(o.volatility()).isEqualTo(0.5);
                assertThat(o.medianGrowth()).isEqualTo(0.02);
                assertThat(o.failureProbability()).isEqualTo(0.005);
            });
            double used = 0;
            for (JsonNode p : ApiHttpTest.json(http.get("/api/scenarios/" + id)).path("positions")) {
                used = p.path("holding").path("asset").asText().equals("LINK") ? p.path("volatility").asDouble() : used;
            }
            assertThat(used).isEqualTo(0.5);   // recomputed with the new figure (base set: unshifted)
            assertThat(http.get("/scenarios/" + id + "/assets/BTC").status()).isEqualTo(404);
        });
    }
}
