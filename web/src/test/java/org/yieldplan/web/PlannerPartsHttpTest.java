package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.web.pages.Fmt;
import org.yieldplan.workbook.HoldingsTemplate;

/**
 * The planner's later parts as the site shows them: spreadsheet uploads, the projection workbook and
 * holdings template downloads, the simulation's figures, the sustainability flags.
 */
class PlannerPartsHttpTest {

    @TempDir
    Path dir;

    private static final ScenarioRunner RUNNER = TestSite.RUNNER;

    private static Scenario sample(String id) {
        return SampleFiles.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static byte[] filledTemplate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HoldingsTemplate().write(out);
        return out.toByteArray();
    }

    @Test
    void theHoldingsTemplateUploadsBackToItsExampleHoldings() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.upload("/upload", "holdings-template.xlsx", filledTemplate(), Map.of("template", "income-core"));
            assertThat(r.status()).isEqualTo(303);
            String id = r.header("Location").replaceAll("^/scenarios/([^?]+).*", "$1");
            var scenario = site.library().store().find(id).orElseThrow().scenario();
            assertThat(scenario.holdings()).hasSize(HoldingsTemplate.EXAMPLES.size());
            double total = HoldingsTemplate.EXAMPLES.stream().mapToDouble(Holding::valueUsd).sum();
            String page = http.get(r.header("Location")).body();
            assertThat(page).contains("Imported from holdings-template.xlsx").contains(Fmt.usd(total))
                    .contains("Drift and trades");
        });
    }

    @Test
    void theBlankHoldingsWorkbookDownloads() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/templates/holdings.xlsx");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(r.header("Content-Disposition")).contains("holdings-template.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
                assertThat(wb.getSheet(HoldingsTemplate.SHEET)).isNotNull();
            }
            assertThat(http.get("/upload").body()).contains("/templates/holdings.xlsx");
        });
    }

    @Test
    void theProjectionWorkbookDownloadsWhole() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/scenarios/supplemental-income/projection.xlsx");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=\"supplemental-income.xlsx\"");
            assertThat(Long.parseLong(r.header("Content-Length"))).isEqualTo(r.bytes().length);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
                assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
            }
            assertThat(http.get("/scenarios/supplemental-income").body()).contains("/scenarios/supplemental-income/projection.xlsx");
            assertThat(http.get("/scenarios/nope/projection.xlsx").status()).isEqualTo(404);
        });
    }

    @Test
    void aPlanShowsItsSuccessProbabilitySafeWithdrawalAndFanChart() {
        TestSite.run(dir, (site, http) -> {
            ScenarioResult r = RUNNER.run(sample("early-retirement"));   // seeded: the same numbers as the site's
            assertThat(r.simulation()).isNotNull();
            String page = http.get("/scenarios/early-retirement").body();
            assertThat(page).contains("Success probability").contains(Fmt.pct1(r.simulation().successProbability()))
                    .contains(Fmt.usd(r.simulation().safeWithdrawal().monthly())).contains("chart-fan")
                    .contains(Fmt.usd(r.simulation().percentiles().balance().p50().get(0)));
            JsonNode list = ApiHttpTest.json(http.get("/api/scenarios"));
            for (JsonNode row : list) {
                if (row.get("id").asText().equals("early-retirement")) {
                    assertThat(row.get("successProbability").asDouble()).isEqualTo(r.simulation().successProbability());
                    assertThat(row.get("flagCount").asInt()).isEqualTo(r.flags().size());
                }
            }
            assertThat(http.get("/").body()).contains(Fmt.pct1(r.simulation().successProbability()));
        });
    }

    @Test
    void flagsShowWithTheirEvidenceAndTheSustainableYield() {
        TestSite.run(dir, (site, http) -> {
            ScenarioResult r = RUNNER.run(sample("financial-independence"));
            assertThat(r.flags()).isNotEmpty();
            String page = http.get("/scenarios/financial-independence").body();
            for (var f : r.flags()) {
                assertThat(page).contains(text(f.subject())).contains(text(f.message()));
                f.evidence().forEach(e -> assertThat(page).contains(text(e.text())));
            }
            assertThat(page).contains("Sustainable APY").contains(Fmt.pct(r.sustainable().sustainableApy()));
            assertThat(http.get("/").body()).contains("<td class=\"num\">" + r.flags().size() + "</td>");
        });
    }

    /** Text as JTE writes it in element content: &amp;, &lt; and &gt; escaped. */
    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
