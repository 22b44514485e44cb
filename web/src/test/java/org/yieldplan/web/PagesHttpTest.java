package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.web.pages.Fmt;

/** Every page over real HTTP, with the figures it must show computed independently by the runner. */
class PagesHttpTest {

    @TempDir
    Path dir;

    private static final ScenarioRunner RUNNER = TestSite.RUNNER;

    @Test
    void homeListsEverySampleWithItsValueApyAndMonthlyIncome() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("text/html");
            for (Scenario s : SampleFiles.scenarios()) {
                ScenarioResult res = RUNNER.run(s);
                assertThat(r.body()).contains("href=\"/scenarios/" + s.id() + "\"")
                        .contains(Fmt.usd(res.income().portfolioValue()))
                        .contains(Fmt.pct(res.income().blendedApy().base()))
                        .contains(Fmt.usd(res.income().monthlyIncome().base()));
            }
        });
    }

    @Test
    void supplementalIncomeShowsDomainReferenceFigures() {
        // README / DOMAIN.md reference: $300,000 at a blended 5.86 % pays $1,465 a month (17,580 / 12)
        TestSite.run(dir, (site, http) -> {
            String body = http.get("/scenarios/supplemental-income").body();
            assertThat(body).contains("$300,000").contains("5.86 %").contains("$1,465").contains("$17,580");
            assertThat(body).contains("data-chart=").contains("chart-allocation").contains("chart-income")
                    .contains("chart-projection");
            assertThat(body).contains("/scenarios/supplemental-income/result.json");
            assertThat(body).contains("/webjars/chart.js/").contains("/js/charts.js");
        });
    }

    @Test
    void everyScenarioPageRendersAllYearsOfTheSchedule() {
        TestSite.run(dir, (site, http) -> {
            for (Scenario s : SampleFiles.scenarios()) {
                Http.Resp r = http.get("/scenarios/" + s.id());
                assertThat(r.status()).as(s.id()).isEqualTo(200);
                ScenarioResult res = RUNNER.run(s);
                // with a withdrawal plan the projection is the plan (median path); without one, the income schedule
                double lastEnd = res.plan() != null ? res.plan().years().get(res.plan().years().size() - 1).endBalance()
                        : res.schedule().yearTotals().get(res.schedule().yearTotals().size() - 1).endValue();
                assertThat(r.body()).contains(Fmt.usd(lastEnd));
            }
        });
    }

    @Test
    void holdingsWithATemplateShowDriftAndTheTrades() {
        TestSite.run(dir, (site, http) -> {
            Scenario fi = SampleFiles.scenarios().stream().filter(s -> s.id().equals("financial-independence")).findFirst().orElseThrow();
            var plan = RUNNER.run(fi).rebalance();
            assertThat(plan).isNotNull();
            String body = http.get("/scenarios/financial-independence").body();
            assertThat(body).contains("Drift and trades").contains("chart-drift");
            for (var d : plan.drift()) {
                assertThat(body).contains(Fmt.pct1(d.weight())).contains(Fmt.pct1(d.target()));
            }
            for (var t : plan.trades()) {
                assertThat(body).contains(Fmt.usd(t.amount())).contains(Fmt.usd2(t.cost()));
            }
            // a template-only scenario has no holdings to drift
            assertThat(http.get("/scenarios/supplemental-income").body()).doesNotContain("Drift and trades");
        });
    }

    @Test
    void templatesPageShowsEachTemplateWithItsBlendedApyOn100k() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/templates");
            assertThat(r.status()).isEqualTo(200);
            for (var t : SampleFiles.templates().all()) {
                ScenarioResult res = RUNNER.run(Scenario.ofTemplate(t.id(), 100_000, null));
                assertThat(r.body()).contains("id=\"" + t.id() + "\"").contains(Fmt.pct(res.income().blendedApy().base()));
            }
        });
    }

    @Test
    void assumptionsPageShowsTheCatalogWithSources() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/assumptions");
            assertThat(r.status()).isEqualTo(200);
            var catalog = SampleFiles.catalog();
            var first = catalog.entries().get(0);
            assertThat(r.body()).contains(escape(first.apySource())).contains(escape(first.riskSource()))
                    .contains(escape(catalog.correlations().source()));
        });
    }

    @Test
    void formAndUploadPagesRender() {
        TestSite.run(dir, (site, http) -> {
            assertThat(http.get("/scenarios/new").body()).contains("name=\"amountUsd\"").contains("name=\"b.staking.apyBase\"");
            assertThat(http.get("/scenarios/retiree/edit").body()).contains("saving makes your own copy");
            assertThat(http.get("/upload").body()).contains("enctype=\"multipart/form-data\"").contains("name=\"file\"");
        });
    }

    @Test
    void unknownScenarioAndPathAre404Pages() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/scenarios/does-not-exist");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.body()).contains("Not found").doesNotContain("Exception").doesNotContain("at org.");
            assertThat(http.get("/scenarios/does-not-exist/edit").status()).isEqualTo(404);
            Http.Resp none = http.get("/no/such/page");
            assertThat(none.status()).isEqualTo(404);
            assertThat(none.body()).contains("there is no page at /no/such/page");
        });
    }

    @Test
    void staticFilesAndChartJsAreServed() {
        TestSite.run(dir, (site, http) -> {
            assertThat(http.get("/css/site.css").status()).isEqualTo(200);
            assertThat(http.get("/js/charts.js").body()).contains("data-chart");
            Http.Resp chart = http.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");
            assertThat(chart.status()).isEqualTo(200);
            assertThat(chart.body()).contains("Chart");
        });
    }

    @Test
    void resultJsonDownloadHasASafeFilename() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/scenarios/retiree/result.json");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=\"retiree-conservative.json\"");
        });
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }
}
