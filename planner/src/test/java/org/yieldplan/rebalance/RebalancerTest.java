package org.yieldplan.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.Portfolio;

class RebalancerTest {

    private static final double TOL = 1e-9;
    private final Rebalancer plain = new Rebalancer(CostModel.feeOnly(10));

    static Portfolio assets(Object... symbolValue) {
        List<Holding> hs = new java.util.ArrayList<>();
        for (int i = 0; i < symbolValue.length; i += 2) {
            hs.add(Holding.ofValue((String) symbolValue[i], Bucket.GROWTH, ((Number) symbolValue[i + 1]).doubleValue()));
        }
        return new Portfolio(hs);
    }

    static Targets quarter(BandRule band) {
        return Targets.ofWeights(Targets.parseWeights("BTC=0.25,ETH=0.25,SOL=0.25,ADA=0.25"), band);
    }

    @Test
    void domainDriftExample_givesTwentyTwentySixSixtySevenFortyThirteenThirtyThree() {
        // DOMAIN.md: 25 each, a year returns +50 %, +100 %, +200 %, 0 % → 37.5, 50, 75, 25 of 187.5
        Portfolio p = assets("BTC", 25 * 1.5, "ETH", 25 * 2.0, "SOL", 25 * 3.0, "ADA", 25 * 1.0);
        List<DriftRow> rows = plain.drift(p, quarter(BandRule.DEFAULT));
        List<String> shown = rows.stream().map(r -> BigDecimal.valueOf(r.weight() * 100)
                .setScale(2, RoundingMode.HALF_UP).toPlainString()).toList();
        assertThat(shown).containsExactly("20.00", "26.67", "40.00", "13.33");
        assertThat(rows.get(2).weight()).isCloseTo(75 / 187.5, within(TOL));
        assertThat(rows.get(2).absoluteDrift()).isCloseTo(0.40 - 0.25, within(TOL));
        assertThat(rows.get(2).relativeDrift()).isCloseTo((0.40 - 0.25) / 0.25, within(TOL));
        assertThat(rows).extracting(DriftRow::status)
                .containsExactly(BandStatus.INSIDE, BandStatus.INSIDE, BandStatus.ABOVE, BandStatus.BELOW);
    }

    @Test
    void relativeBand_isAShareOfTheTarget() {
        // target 25 % ± 25 % of itself = 18.75-31.25 %: 20 % is inside, 13.33 % below
        List<DriftRow> rows = plain.drift(assets("BTC", 37.5, "ETH", 50, "SOL", 75, "ADA", 25), quarter(BandRule.relative(0.25)));
        assertThat(rows.get(0).min()).isCloseTo(0.1875, within(TOL));
        assertThat(rows.get(0).max()).isCloseTo(0.3125, within(TOL));
        assertThat(rows).extracting(DriftRow::status)
                .containsExactly(BandStatus.INSIDE, BandStatus.INSIDE, BandStatus.ABOVE, BandStatus.BELOW);
    }

    @Test
    void tradesToBands_leaveEveryWeightInsideItsBand_withHalfTheSumAsTurnover_andNoTradeBelowTheMinimum() {
        Portfolio p = assets("BTC", 37_500, "ETH", 50_000, "SOL", 75_000, "ADA", 25_000, "DOGE", 40);
        Targets targets = quarter(BandRule.DEFAULT);
        for (double min : new double[] {0, 50, 1_000}) {
            RebalancePlan plan = plain.plan(p, targets, new TradeSettings(0, false, min));
            Map<String, Double> after = applied(p, targets, plan);
            double total = after.values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(total).isCloseTo(p.totalValue(), within(1e-6));
            for (Target t : targets.targets()) {
                assertThat(t.contains(after.get(t.key()) / total)).as(t.key() + " min " + min).isTrue();
            }
            double sumAbs = plan.trades().stream().mapToDouble(Trade::amount).sum();
            assertThat(plan.turnoverUsd()).isCloseTo(sumAbs / 2, within(1e-9));
            assertThat(plan.turnover()).isCloseTo(sumAbs / 2 / p.totalValue(), within(1e-12));
            assertThat(plan.trades()).allSatisfy(tr -> assertThat(tr.amount()).isGreaterThanOrEqualTo(min));
            assertThat(plan.saleNeeded()).isTrue();
        }
    }

    @Test
    void tradesToBands_moveSolOnlyToTheBandEdge_andAdaToItsLowerEdge() {
        // SOL 40 % → 30 % edge: sell 75,000 − 0.30 × 187,500 = 18,750; ADA 13.33 % → 20 %: buy 37,500 − 25,000 = 12,500;
        // the 6,250 left over goes to keys below target in proportion to their gaps: BTC 46,875 − 37,500 = 9,375
        // and ADA 46,875 − 37,500 = 9,375 (after its buy): half each; ETH is above target and untouched
        Portfolio p = assets("BTC", 37_500, "ETH", 50_000, "SOL", 75_000, "ADA", 25_000);
        RebalancePlan plan = plain.plan(p, quarter(BandRule.DEFAULT), TradeSettings.bands());
        Map<String, Double> signed = signed(plan);
        assertThat(signed.get("SOL")).isCloseTo(-18_750, within(1e-6));
        assertThat(signed.get("ADA")).isCloseTo(12_500 + 3_125, within(1e-6));
        assertThat(signed.get("BTC")).isCloseTo(3_125, within(1e-6));
        assertThat(signed).doesNotContainKey("ETH");
        assertThat(plan.turnoverUsd()).isCloseTo(18_750, within(1e-6));
    }

    @Test
    void toTarget_tradesEveryKeyToItsTargetWeight() {
        Portfolio p = assets("BTC", 37.5, "ETH", 50, "SOL", 75, "ADA", 25);
        RebalancePlan plan = plain.plan(p, quarter(BandRule.DEFAULT), new TradeSettings(0, true, 0));
        Map<String, Double> s = signed(plan);
        assertThat(s.get("BTC")).isCloseTo(187.5 / 4 - 37.5, within(TOL));
        assertThat(s.get("ETH")).isCloseTo(187.5 / 4 - 50, within(TOL));
        assertThat(s.get("SOL")).isCloseTo(187.5 / 4 - 75, within(TOL));
        assertThat(s.get("ADA")).isCloseTo(187.5 / 4 - 25, within(TOL));
    }

    @Test
    void contributionFirst_thousandDollarsWithBtcOverAndEthUnder_goesEntirelyToEth() {
        // DOMAIN.md: $1,000 a month, BTC overweight, ETH underweight: all $1,000 to ETH, nothing sold
        Portfolio p = assets("BTC", 6_000, "ETH", 4_000);
        Targets t = Targets.ofWeights(Targets.parseWeights("BTC=0.5,ETH=0.5"), BandRule.DEFAULT);
        RebalancePlan plan = plain.plan(p, t, new TradeSettings(1_000, false, 0));
        assertThat(plan.trades()).hasSize(1);
        assertThat(plan.trades().get(0).key()).isEqualTo("ETH");
        assertThat(plan.trades().get(0).side()).isEqualTo(Side.BUY);
        assertThat(plan.trades().get(0).amount()).isCloseTo(1_000, within(TOL));
        assertThat(plan.saleNeeded()).isFalse();
        assertThat(plan.trades().get(0).cost()).isCloseTo(1_000 * 10 / 10_000.0, within(TOL));
    }

    @Test
    void contributionTooSmallForTheBreach_stillNeedsASale() {
        // BTC 80 % of 10,000 against 50 ± 5: with 1,000 added BTC may hold at most 0.55 × 11,000 = 6,050
        Portfolio p = assets("BTC", 8_000, "ETH", 2_000);
        Targets t = Targets.ofWeights(Targets.parseWeights("BTC=0.5,ETH=0.5"), BandRule.DEFAULT);
        RebalancePlan plan = plain.plan(p, t, new TradeSettings(1_000, false, 0));
        assertThat(plan.saleNeeded()).isTrue();
        assertThat(signed(plan).get("BTC")).isCloseTo(6_050 - 8_000, within(1e-6));
        assertThat(signed(plan).get("ETH")).isCloseTo(11_000 - 6_050 - 2_000, within(1e-6));
    }

    @Test
    void withdrawal_isTakenFromOverweightKeysFirst() {
        // 52/48 of 10,000, take 300: both stay inside 45-55 % of 9,700; BTC is 5,200 − 4,850 = 350 over target
        Portfolio p = assets("BTC", 5_200, "ETH", 4_800);
        Targets t = Targets.ofWeights(Targets.parseWeights("BTC=0.5,ETH=0.5"), BandRule.DEFAULT);
        RebalancePlan plan = plain.plan(p, t, new TradeSettings(-300, false, 0));
        assertThat(signed(plan)).containsOnlyKeys("BTC");
        assertThat(signed(plan).get("BTC")).isCloseTo(-300, within(TOL));
    }

    @Test
    void templateTargets_areBucketLevel_withTheTemplatesBands() {
        var template = SampleFiles.templates().get("financial-independence-mix");
        Targets t = Targets.ofTemplate(template, null);
        assertThat(t.level()).isEqualTo(Targets.Level.BUCKET);
        double growth = template.bucketTargets().get(Bucket.GROWTH);
        assertThat(t.find("growth").weight()).isCloseTo(growth, within(TOL));
        assertThat(t.find("growth").min()).isCloseTo(template.bands().get(Bucket.GROWTH).min(), within(TOL));
        Targets relative = Targets.ofTemplate(template, BandRule.relative(0.25));
        assertThat(relative.find("growth").max()).isCloseTo(Math.min(1, growth * 1.25), within(TOL));
    }

    @Test
    void badWeights_andNegativeBand_areNamed() {
        assertThatThrownBy(() -> Targets.ofWeights(Targets.parseWeights("BTC=0.5,ETH=0.4"), null))
                .hasMessageContaining("weights: sum to 0.9");
        assertThatThrownBy(() -> Targets.parseWeights("BTC=half")).hasMessageContaining("BTC").hasMessageContaining("half");
        assertThatThrownBy(() -> BandRule.absolute(-0.05)).hasMessageContaining("band").hasMessageContaining("negative");
    }

    static Map<String, Double> signed(RebalancePlan plan) {
        Map<String, Double> out = new HashMap<>();
        plan.trades().forEach(t -> out.put(t.key(), t.signed()));
        return out;
    }

    static Map<String, Double> applied(Portfolio p, Targets targets, RebalancePlan plan) {
        Map<String, Double> v = new LinkedHashMap<>(Rebalancer.values(p, targets));
        plan.trades().forEach(t -> v.merge(t.key(), t.signed(), Double::sum));
        return v;
    }
}
