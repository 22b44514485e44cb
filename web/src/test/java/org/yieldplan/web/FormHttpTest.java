package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.web.store.StoredScenario;

/** The scenario form: create, validate, edit, copy a sample, override a bucket's figures. */
class FormHttpTest {

    @TempDir
    Path dir;

    /** The new form's fields as the page prefills them, with a few changed. */
    static Map<String, String> form(Http http, String path, Map<String, String> changes) throws Exception {
        String html = http.get(path).body();
        Map<String, String> fields = new LinkedHashMap<>();
        var m = java.util.regex.Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            fields.put(m.group(1), unescape(m.group(2)));
        }
        var sel = java.util.regex.Pattern.compile("<select id=\"[^\"]+\" name=\"([^\"]+)\">(.*?)</select>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        while (sel.find()) {
            var opt = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(sel.group(2));
            fields.put(sel.group(1), opt.find() ? opt.group(1) : "");
        }
        fields.put("source", html.contains("value=\"holdings\" checked") ? "holdings" : "template");
        fields.putAll(changes);
        return fields;
    }

    private static String unescape(String s) {
        return s.replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void aValidFormSavesAndRedirectsToTheNewScenario() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postForm("/scenarios", form(http, "/scenarios/new",
                    Map.of("name", "Form one", "amountUsd", "$400,000", "goalAnnualIncome", "20,000", "inflation", "3")));
            assertThat(r.status()).isEqualTo(303);
            String id = r.header("Location").replaceAll("^/scenarios/([^?]+).*", "$1");
            StoredScenario saved = site.library().store().find(id).orElseThrow();
            assertThat(saved.scenario().amountUsd()).isEqualTo(400_000.0);
            assertThat(saved.scenario().goalAnnualIncome()).isEqualTo(20_000.0);
            assertThat(saved.scenario().inflation()).isEqualTo(0.03);
            assertThat(saved.scenario().overrides()).as("untouched figures make no overrides").isEmpty();
            assertThat(http.get(r.header("Location")).body()).contains("Form one").contains("Saved.").contains("$400,000");
        });
    }

    @Test
    void invalidFieldsComeBackWithMessagesBesideThemAndValuesKept() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postForm("/scenarios", form(http, "/scenarios/new",
                    Map.of("amountUsd", "lots", "horizonYears", "7.5", "b.staking.apyBase", "abc", "name", "")));
            assertThat(r.status()).isEqualTo(422);
            String body = r.body();
            assertThat(body).contains("value=\"lots\"").contains("value=\"7.5\"").contains("value=\"abc\"");
            assertThat(body).contains("id=\"e-amountUsd\">enter a number").contains("id=\"e-horizonYears\">enter a whole number")
                    .contains("id=\"e-name\">give it a name").contains("enter a percentage");
            assertThat(site.library().store().list()).isEmpty();

            Http.Resp range = http.postForm("/scenarios", form(http, "/scenarios/new", Map.of("horizonYears", "150")));
            assertThat(range.status()).isEqualTo(422);
            assertThat(range.body()).contains("id=\"e-horizonYears\">").contains("1 to 100 years");
            Http.Resp tax = http.postForm("/scenarios", form(http, "/scenarios/new", Map.of("taxRate", "140")));
            assertThat(tax.body()).contains("id=\"e-taxRate\">");
            assertThat(site.library().store().list()).isEmpty();
        });
    }

    @Test
    void editingASampleSavesACopyAndLeavesTheSampleAlone() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postForm("/scenarios/retiree", form(http, "/scenarios/retiree/edit", Map.of("name", "My retiree")));
            assertThat(r.status()).isEqualTo(303);
            String id = r.header("Location").replaceAll("^/scenarios/([^?]+).*", "$1");
            assertThat(id).isNotEqualTo("retiree");
            assertThat(site.library().store().find(id).orElseThrow().origin()).isEqualTo("copy");
            assertThat(http.get("/scenarios/retiree").body()).contains("Retiree (conservative)");
        });
    }

    @Test
    void editingASavedScenarioUpdatesItAndItsResult() {
        TestSite.run(dir, (site, http) -> {
            String id = ApiHttpTest.json(http.postJson("/api/scenarios",
                    "{\"name\": \"Before\", \"amountUsd\": 100000, \"template\": \"income-core\", \"horizonYears\": 10}")).get("id").asText();
            assertThat(http.get("/scenarios/" + id).body()).contains("$100,000");
            Http.Resp r = http.postForm("/scenarios/" + id, form(http, "/scenarios/" + id + "/edit",
                    Map.of("name", "After", "amountUsd", "250000")));
            assertThat(r.status()).isEqualTo(303);
            assertThat(r.header("Location")).startsWith("/scenarios/" + id);
            String page = http.get("/scenarios/" + id).body();
            assertThat(page).contains("After").contains("$250,000").doesNotContain("$100,000");
            assertThat(site.library().store().list()).hasSize(1);
        });
    }

    @Test
    void aWithdrawalPlanAndSimulationSettingsAreSavedFromTheForm() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postForm("/scenarios", form(http, "/scenarios/new", Map.of("strategy", "constant-percentage",
                    "w.rate", "4", "startAfterYears", "2", "frequency", "quarterly", "paths", "2000", "seed", "7",
                    "horizonYears", "20")));
            assertThat(r.status()).isEqualTo(303);
            String id = r.header("Location").replaceAll("^/scenarios/([^?]+).*", "$1");
            Scenario s = site.library().store().find(id).orElseThrow().scenario();
            assertThat(s.withdrawal().strategy()).isEqualTo(new org.yieldplan.withdrawal.ConstantPercentage(0.04));
            assertThat(s.withdrawal().startAfterYears()).isEqualTo(2);
            assertThat(s.withdrawal().frequency()).isEqualTo(org.yieldplan.withdrawal.WithdrawalPlan.Frequency.QUARTERLY);
            assertThat(s.simulation().paths()).isEqualTo(2000);
            assertThat(s.simulation().seed()).isEqualTo(7L);
            var result = site.library().computed(id).orElseThrow().result();
            assertThat(result.simulation().paths()).isEqualTo(TestSite.FEW_PATHS);   // the test site's cap
            // the edit form shows the plan as saved
            String edit = http.get("/scenarios/" + id + "/edit").body();
            assertThat(edit).contains("<option value=\"constant-percentage\" selected").contains("value=\"4\"")
                    .contains("<option value=\"quarterly\" selected");
        });
    }

    @Test
    void aStrategyWithoutItsParameterIsAnErrorBesideIt() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postForm("/scenarios", form(http, "/scenarios/new", Map.of("strategy", "constant-amount",
                    "w.annualUsd", "", "startAfterYears", "40", "horizonYears", "30")));
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.body()).contains("id=\"e-w.annualUsd\">this strategy needs it");
            Http.Resp late = http.postForm("/scenarios", form(http, "/scenarios/new", Map.of("strategy", "constant-amount",
                    "w.annualUsd", "20000", "startAfterYears", "40", "horizonYears", "30")));
            assertThat(late.status()).isEqualTo(422);
            assertThat(late.body()).contains("id=\"e-startAfterYears\">").contains("before the horizon");
            Http.Resp many = http.postForm("/scenarios", form(http, "/scenarios/new", Map.of("strategy", "income-only",
                    "paths", "1000000")));
            assertThat(many.status()).isEqualTo(422);
            assertThat(many.body()).contains("id=\"e-paths\">").contains("must be 1,000 to 50,000 paths");
            assertThat(site.library().store().list()).isEmpty();
        });
    }

    @Test
    void aChangedBucketFigureBecomesAnOverrideAndChangesTheIncome() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postForm("/scenarios", form(http, "/scenarios/new",
                    Map.of("b.staking.apyBase", "6", "b.staking.apyHigh", "8", "b.lending.failureProbability", "2")));
            assertThat(r.status()).isEqualTo(303);
            String id = r.header("Location").replaceAll("^/scenarios/([^?]+).*", "$1");
            Scenario s = site.library().store().find(id).orElseThrow().scenario();
            assertThat(s.overrides()).hasSize(2);
            AssumptionOverride staking = s.overrides().stream().filter(o -> o.bucket() == Bucket.STAKING).findFirst().orElseThrow();
            assertThat(staking.apyBase()).isEqualTo(0.06);
            assertThat(staking.apyHigh()).isEqualTo(0.08);
            assertThat(staking.apyLow()).isNull();
            AssumptionOverride lending = s.overrides().stream().filter(o -> o.bucket() == Bucket.LENDING).findFirst().orElseThrow();
            assertThat(lending.failureProbability()).isEqualTo(0.02);
            // every staking position now yields 6 % base
            var result = site.library().computed(id).orElseThrow().result();
            result.positions().stream().filter(p -> p.bucket() == Bucket.STAKING)
                    .forEach(p -> assertThat(p.apy().base()).isEqualTo(0.06));
        });
    }

    @Test
    void threeBadFields_oneAnswerNamingAllThreeInTheFormsWordsWithTheValuesKept() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postForm("/scenarios", form(http, "/scenarios/new",
                    Map.of("amountUsd", "-5000", "horizonYears", "0", "taxRate", "150")));
            assertThat(r.status()).isEqualTo(422);
            String body = r.body();
            assertThat(body).contains("3 inputs need fixing")
                    .contains("<strong>Amount</strong>: must be a positive number of dollars")
                    .contains("<strong>Horizon</strong>: must be 1 to 100 years, got 0")
                    .contains("<strong>Tax on yield</strong>: must be 0 % to 100 %, got 150 %");
            assertThat(body).contains("id=\"e-amountUsd\">").contains("id=\"e-horizonYears\">").contains("id=\"e-taxRate\">");
            assertThat(body).contains("value=\"-5000\"").contains("value=\"0\"").contains("value=\"150\"");
            assertThat(body).doesNotContain("taxRate:").doesNotContain("fraction");
            assertThat(site.library().store().list()).isEmpty();
        });
    }

    @Test
    void nameAndDescriptionLimits_areFieldErrors() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postForm("/scenarios", form(http, "/scenarios/new",
                    Map.of("name", "n".repeat(121), "description", "d".repeat(2001))));
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.body()).contains("id=\"e-name\">at most 120 characters, got 121")
                    .contains("id=\"e-description\">at most 2,000 characters, got 2,001");
        });
    }

    @Test
    void prefilledFigures_areRoundedAndEmptyBucketsAreBlank() {
        TestSite.run(dir, (site, http) -> {
            Map<String, String> f = form(http, "/scenarios/new", Map.of());
            var start = org.yieldplan.scenario.Scenario.ofTemplate("income-core", 250_000, null);
            var held = site.library().runner().run(start).positions().stream()
                    .map(p -> p.bucket()).collect(java.util.stream.Collectors.toSet());
            for (Bucket b : Bucket.values()) {
                for (String fig : java.util.List.of("apyLow", "apyBase", "apyHigh", "rewardShare", "volatility", "failureProbability")) {
                    String v = f.get("b." + b.id() + "." + fig);
                    if (held.contains(b)) {
                        assertThat(v).as(b + " " + fig).matches("-?\\d+(\\.\\d{1,2})?");
                    } else {
                        assertThat(v).as("no figure is invented for the empty bucket " + b).isEmpty();
                    }
                }
            }
            assertThat(held).hasSizeLessThan(Bucket.values().length);
        });
    }

    @Test
    void aFloorAndCeilingWrapTheChosenStrategy() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.postForm("/scenarios", form(http, "/scenarios/new", Map.of("strategy", "guardrails",
                    "w.rate", "5", "w.floorUsd", "8000", "w.ceilingUsd", "20000", "paths", "1000", "horizonYears", "20")));
            assertThat(r.status()).isEqualTo(303);
            String id = r.header("Location").replaceAll("^/scenarios/([^?]+).*", "$1");
            var st = site.library().store().find(id).orElseThrow().scenario().withdrawal().strategy();
            assertThat(st).isEqualTo(new org.yieldplan.withdrawal.FloorCeiling(
                    org.yieldplan.withdrawal.Guardrails.of(0.05), 8000, 20000.0));
            String edit = http.get("/scenarios/" + id + "/edit").body();
            assertThat(edit).contains("<option value=\"guardrails\" selected").contains("value=\"8000\"").contains("value=\"20000\"");
            Http.Resp bad = http.postForm("/scenarios", form(http, "/scenarios/new", Map.of("strategy", "guardrails",
                    "w.rate", "5", "w.floorUsd", "30000", "w.ceilingUsd", "20000", "horizonYears", "20")));
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.body()).contains("id=\"e-w.ceilingUsd\">must be at least the floor");
        });
    }

    @Test
    void theNavigationHighlightsThePageShown() {
        TestSite.run(dir, (site, http) -> {
            assertThat(http.get("/scenarios/new").body()).contains("class=\"on\">New<");
            assertThat(http.get("/scenarios/retiree/edit").body()).contains("class=\"on\">Scenarios<").doesNotContain("class=\"on\">New<");
            assertThat(http.get("/upload").body()).contains("class=\"on\">Upload<");
        });
    }
}
