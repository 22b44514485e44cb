package org.yieldplan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;

class SampleScenariosTest {

    @Test
    void supplementalIncome_givesFiveToSevenPercentAndTwelveFiftyToSeventeenFiftyAMonth() {
        ScenarioResult r = TestRunners.sample("supplemental-income");
        assertThat(r.income().portfolioValue()).isCloseTo(300_000, within(1e-6));
        assertThat(r.income().blendedApy().base()).isBetween(0.05, 0.07);
        assertThat(r.income().monthlyIncome().base()).isBetween(1_250.0, 1_750.0);
        assertThat(r.income().annualIncome().base())
                .isCloseTo(300_000 * r.income().blendedApy().base(), within(1e-6));
    }

    @Test
    void financialIndependence_needsThirteenPointThreePercent() {
        ScenarioResult r = TestRunners.sample("financial-independence");
        assertThat(r.income().portfolioValue()).isCloseTo(750_000, within(1e-6));
        assertThat(r.income().requiredYield()).isCloseTo(100_000 / 750_000.0, within(1e-12));
    }

    @Test
    void earlyRetirement_needsFivePercent() {
        ScenarioResult r = TestRunners.sample("early-retirement");
        assertThat(r.income().requiredYield()).isCloseTo(0.05, within(1e-12));
        assertThat(r.schedule().yearTotals()).hasSize(40);
    }

    @Test
    void everySampleScenario_runsAndIsListedInTheIndex() throws IOException {
        List<Scenario> all = SampleFiles.scenarios();
        assertThat(all).extracting(Scenario::id).containsExactly("supplemental-income", "early-retirement",
                "financial-independence", "retiree", "monthly-saver");
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("yieldplan.samples"), "scenarios"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(all.size());
        }
        for (Scenario s : all) {
            ScenarioResult r = TestRunners.sample(s.id());
            assertThat(r.income().buckets().stream().mapToDouble(b -> b.weight()).sum()).as(s.id()).isCloseTo(1, within(1e-12));
            assertThat(r.schedule().yearTotals()).as(s.id()).hasSize(s.horizonYears());
        }
    }

    @Test
    void retireeOverride_replacesTheEthStakingApy() {
        ScenarioResult r = TestRunners.sample("retiree");
        var eth = r.positions().stream().filter(p -> p.holding().asset().equals("ETH")
                && p.bucket() == org.yieldplan.portfolio.Bucket.STAKING).findFirst().orElseThrow();
        assertThat(eth.apy().base()).isEqualTo(0.032);
        assertThat(eth.apySource()).isEqualTo("scenario override");
    }

    @Test
    void monthlySaver_addsTwelveContributionsAYear() {
        ScenarioResult r = TestRunners.sample("monthly-saver");
        assertThat(r.schedule().yearTotals().get(0).contribution()).isCloseTo(6_000, within(1e-9));
        assertThat(r.schedule().yearTotals().get(20).contribution()).isZero();
    }
}
