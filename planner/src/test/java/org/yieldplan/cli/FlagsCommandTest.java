package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yieldplan.cli.MainTest.run;
import static org.yieldplan.cli.MainTest.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.json.Json;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.TestRunners;
import org.yieldplan.sustainability.Severity;

class FlagsCommandTest {

    @Test
    void flags_printsTheYieldsAndTheFlagsGroupedBySeverityWithEvidence() {
        MainTest.Run r = MainTest.runFull("flags", "--scenario", sample("financial-independence"));
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        ScenarioResult fi = financialIndependence();
        long warnings = fi.flags().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long critical = fi.flags().stream().filter(f -> f.severity() == Severity.CRITICAL).count();
        assertThat(critical).isGreaterThanOrEqualTo(1);                    // the plan needs more than 10 % when it starts
        assertThat(warnings).isGreaterThanOrEqualTo(3);                    // emission-funded, outside range, stacked
        assertThat(r.out()).contains("Sustainable APY", "1.61 %", "CRITICAL (" + critical + ")", "WARNING (" + warnings + ")",
                "[emission-funded]", "[stacked-yield]", "Cut in the sustainable yield", "required yield " + String.format(
                        java.util.Locale.US, "%.2f %%", 100 * org.yieldplan.scenario.Verdicts.requiredYieldAtStart(fi)));
        assertThat(r.out().indexOf("CRITICAL")).isLessThan(r.out().indexOf("WARNING"));
    }

    @Test
    void flagsJson_hasFlagsAndSustainableApy() throws IOException {
        MainTest.Run r = run("flags", "--scenario", sample("financial-independence"), "--json");
        assertThat(r.status()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("flags").size()).isEqualTo(financialIndependence().flags().size());
        assertThat(j.get("sustainableApy").isNumber()).isTrue();
        assertThat(j.get("sustainableCuts").get(0).get("rules").get(0).asText()).isEqualTo("emission-funded");
    }

    @Test
    void aRulesFile_changesTheThresholds(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"assetShare\": 0.39}");
        MainTest.Run r = run("flags", "--scenario", sample("financial-independence"), "--rules", rules.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("asset BTC  [concentration]");          // 40 % is above 39 %
    }

    @Test
    void aBadRulesFile_isOneLineAndStatusTwo(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"assetShare\": 4}");
        MainTest.Run r = run("flags", "--scenario", sample("financial-independence"), "--rules", rules.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("assetShare").doesNotContain("Exception").hasLineCount(1);
    }

    private static ScenarioResult financialIndependence() {
        return TestRunners.sample("financial-independence");
    }

    @Test
    void income_endsWithTheFlagsInBrief() {
        MainTest.Run r = run("income", "--scenario", sample("financial-independence"));
        assertThat(r.out()).contains("Sustainability", "plan-needs-unsustainable-yield", "'yieldplan flags'");
    }
}
