package org.yieldplan.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.Portfolio;

/** The trade list's promises, on 1,000 seeded random portfolios, targets, bands and contributions. */
class TradeInvariantsTest {

    @Test
    void afterTheTrades_everyWeightIsInsideItsBand_valueIsKept_noTradeIsBelowTheMinimum_turnoverIsHalfTheSum() {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(20_211_231L);
        Rebalancer rebalancer = new Rebalancer(CostModel.feeOnly(10));
        for (int run = 0; run < 1_000; run++) {
            int n = 2 + rng.nextInt(6);
            List<Holding> hs = new ArrayList<>();
            Map<String, Double> w = new LinkedHashMap<>();
            double sum = 0;
            double[] raw = new double[n];
            for (int i = 0; i < n; i++) {
                raw[i] = 0.05 + rng.nextDouble();
                sum += raw[i];
            }
            for (int i = 0; i < n; i++) {
                w.put("A" + i, raw[i] / sum);
                hs.add(Holding.ofValue("A" + i, Bucket.GROWTH, rng.nextDouble() < 0.1 ? 0 : 100 + rng.nextDouble() * 50_000));
            }
            hs.add(Holding.ofValue("EXTRA", Bucket.GROWTH, 1 + rng.nextDouble() * 5_000));   // held, no target
            Portfolio p = new Portfolio(hs);
            BandRule band = rng.nextBoolean() ? BandRule.absolute(0.02 + rng.nextDouble() * 0.1)
                    : BandRule.relative(0.1 + rng.nextDouble() * 0.4);
            Targets targets = Targets.ofWeights(w, band);
            double contribution = rng.nextDouble() < 0.3 ? 0 : (rng.nextDouble() - 0.3) * 0.2 * p.totalValue();
            double min = rng.nextBoolean() ? 0 : 50;
            boolean toTarget = rng.nextDouble() < 0.25;
            RebalancePlan plan = rebalancer.plan(p, targets, new TradeSettings(contribution, toTarget, min));
            String where = "run " + run + " c=" + contribution + " toTarget=" + toTarget + " min=" + min
                    + " values=" + Rebalancer.values(p, targets) + " targets=" + targets + " trades=" + plan.trades();

            Map<String, Double> after = RebalancerTest.applied(p, targets, plan);
            double total = after.values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(total).as(where).isCloseTo(p.totalValue() + contribution, within(1e-6));
            for (Target t : targets.targets()) {
                double weight = after.get(t.key()) / total;
                // a minimum-size trade may carry a key past its band edge by at most min / total
                assertThat(weight).as(where + " " + t.key()).isBetween(t.min() - min / total - 1e-9, t.max() + min / total + 1e-9);
                if (min == 0) {
                    assertThat(t.contains(weight)).as(where + " " + t.key()).isTrue();
                }
            }
            double extra = hs.get(hs.size() - 1).valueUsd();
            // a held key with no target is sold entirely (to less than one minimum trade when there is a minimum)
            if (min == 0) {
                assertThat(after.get("EXTRA")).as(where).isCloseTo(0, within(1e-6));
            } else {
                assertThat(after.get("EXTRA")).as(where).isLessThan(extra < min ? extra + 1e-6 : min);
            }
            assertThat(plan.trades()).allSatisfy(tr -> assertThat(tr.amount()).as(where).isGreaterThanOrEqualTo(min - 1e-9));
            double sumAbs = plan.trades().stream().mapToDouble(Trade::amount).sum();
            assertThat(plan.turnoverUsd()).as(where).isCloseTo(sumAbs / 2, within(1e-9));
            assertThat(after.values()).as(where).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(-1e-6));
        }
    }
}
