package org.yieldplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Correlations;
import org.yieldplan.market.Position;
import org.yieldplan.market.PriceLeg;
import org.yieldplan.market.YieldRange;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.withdrawal.BucketPath;

/** Pools of two volatile tokens, token deaths, depegs and emission-funded yields in the market model. */
class PriceJumpsAndPoolsTest {

    private static final Catalog CATALOG = SampleFiles.catalog();
    private static final Correlations C = CATALOG.correlations();

    @Test
    void aPoolOfTwoVolatileTokens_hasTheVarianceOfHalfTheSumOfItsLegsLogReturns() {
        Position lp = Assumptions.of(CATALOG).position(Holding.ofValue("BTC/ETH", Bucket.LIQUIDITY, 100));
        double s1 = CATALOG.profile("BTC").volatility();
        double s2 = CATALOG.profile("ETH").volatility();
        double rho = C.between("BTC", "ETH");
        double expected = (s1 * s1 + s2 * s2 + 2 * rho * s1 * s2) / 4;                // ¼(σ₁² + σ₂² + 2ρσ₁σ₂), annual
        MarketModel m = MarketModel.of(List.of(lp), C, Shocks.NORMAL, 8);
        int paths = 400;
        int months = 240;
        double[] r = new double[paths * months];
        BucketPath path = new BucketPath(1, months);
        for (int i = 0; i < paths; i++) {
            m.simulate(gen(i), gen(-1 - i), gen(-100_000 - i), path, new BucketPath(1, months));
            for (int t = 0; t < months; t++) {
                r[i * months + t] = Math.log(path.growth[t]);
            }
        }
        double n = r.length;
        double mean = java.util.Arrays.stream(r).average().orElseThrow();
        double var = java.util.Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum() / (n - 1) * 12;   // annual
        double se = expected * Math.sqrt(2 / n);                               // SE of a normal sample's variance
        assertThat(var).isCloseTo(expected, within(4 * se));
        assertThat(Math.sqrt(expected)).isGreaterThan(0.6);                    // both legs' risk, not the ratio's
        assertThat(lp.legs()).extracting(PriceLeg::exposure).containsExactly(0.5, 0.5);
        assertThat(mean * 12).isCloseTo((lp.legs().get(0).medianGrowth() + lp.legs().get(1).medianGrowth()) / 2,
                within(4 * Math.sqrt(expected / n * 12)));                   // median growth ½(g₁ + g₂)
    }

    @Test
    void aFiatBackedDepeg_losesNothingPermanent_whereAnAlgorithmicOneDoes() {
        double[] fiat = growthAfter(stable("USDC", false), 24);
        double[] algo = growthAfter(stable("UST", true), 24);
        int months = 24;
        boolean sawFiatDepeg = false;
        for (int t = 0; t + 1 < months; t++) {
            if (fiat[t] < 0.99) {
                sawFiatDepeg = true;
                assertThat(fiat[t] * fiat[t + 1]).isCloseTo(1.0, within(1e-12));   // recovered the next month
            }
        }
        assertThat(sawFiatDepeg).isTrue();
        double fiatTotal = 1;
        double algoTotal = 1;
        for (int t = 0; t < months - 1; t++) {                                   // a depeg in the last month has no next one
            fiatTotal *= fiat[t];
            algoTotal *= algo[t];
        }
        assertThat(fiatTotal).isCloseTo(fiat[months - 1] < 0.99 ? 1 / fiat[months - 1] * fiatTotal : 1.0, within(1e-9));
        assertThat(algoTotal).isLessThan(0.02);                                   // the collapse stays: 99 % gone
    }

    @Test
    void tokenDeaths_happenAtTheirYearlyRate_andTakeTheirShareForGood() {
        Position sol = Assumptions.of(CATALOG).position(Holding.ofValue("SOL", Bucket.GROWTH, 100));
        PriceLeg leg = sol.legs().get(0);
        assertThat(leg.jumpPermanent()).isTrue();
        Position noVol = new Position(sol.holding(), sol.apy(), 0, "test", 0, "SOL", false, 0, 0, 0, 0, 0, 0, 1e9,
                List.of(new PriceLeg("SOL", false, 1, 0, 0, leg.jumpProbability(), leg.jumpLoss(), true)));
        MarketModel m = MarketModel.of(List.of(noVol), C, Shocks.NORMAL, 8);
        int paths = 2000;
        int months = 120;
        long deaths = 0;
        BucketPath path = new BucketPath(1, months);
        for (int i = 0; i < paths; i++) {
            m.simulate(gen(i), gen(-1 - i), gen(-100_000 - i), path, new BucketPath(1, months));
            for (int t = 0; t < months; t++) {
                if (path.growth[t] < 1) {
                    deaths++;
                    assertThat(path.growth[t]).isCloseTo(1 - leg.jumpLoss(), within(1e-12));
                }
            }
        }
        double q = leg.jumpProbability() / 12;
        double n = (double) paths * months;
        assertThat(deaths / n).isCloseTo(q, within(4 * Math.sqrt(q * (1 - q) / n)));
        BucketPath base = new BucketPath(1, months);
        m.expected(base);
        assertThat(base.growth[0]).isCloseTo(1 - q * leg.jumpLoss(), within(1e-12));   // the mean path: 1 − q·L a month
    }

    @Test
    void anEmissionFundedYield_revertsToItsSustainablePart() {
        Position farm = new Position(Holding.ofValue("CRV", Bucket.FARMING, 100), YieldRange.flat(0.40), 0.75, "test", 0,
                "USDC", false, 0, 0, 0, 0, 0, 0, 1e9, List.of(PriceLeg.of("USDC", 1, 0, 0)));
        MarketModel m = MarketModel.of(List.of(farm), C, Shocks.NORMAL, 8);
        BucketPath base = new BucketPath(1, 120);
        m.expected(base);
        double phi = Math.pow(0.5, 0.25);                                        // quarterly persistence, half-life 1 year
        assertThat(base.apy[0]).isCloseTo(0.10 + phi * 0.30, within(1e-12));     // sustainable 40 % × (1 − 0.75) = 10 %
        assertThat(base.apy[12]).isCloseTo(0.10 + Math.pow(phi, 5) * 0.30, within(1e-12));
        assertThat(base.apy[119]).isCloseTo(0.10, within(0.001));
        BucketPath sim = new BucketPath(1, 120);
        m.simulate(gen(1), gen(2), gen(3), sim, new BucketPath(1, 120));
        assertThat(sim.apy).containsExactly(base.apy, within(1e-12));            // no yield volatility: the same path
    }

    /** A stablecoin position with the catalog's depeg of its asset (probability raised so a 24-month path sees one). */
    private static Position stable(String asset, boolean algorithmic) {
        Position p = Assumptions.of(CATALOG).position(Holding.ofValue(asset, Bucket.CASH, 100));
        PriceLeg l = p.legs().get(0);
        assertThat(l.jumpPermanent()).isEqualTo(algorithmic);
        PriceLeg often = new PriceLeg(l.asset(), true, 1, 0, 0, 0.9, l.jumpLoss(), l.jumpPermanent());
        return new Position(p.holding(), p.apy(), 0, "test", 0, asset, false, 0, 0, 0, 0, 0, 0, 1e9, List.of(often));
    }

    /** Monthly growths of one path whose asset jumps at least once in its first 23 months. */
    private static double[] growthAfter(Position p, int months) {
        MarketModel m = MarketModel.of(List.of(p), C, Shocks.NORMAL, 8);
        BucketPath path = new BucketPath(1, months);
        for (int i = 0; ; i++) {
            m.simulate(gen(i), gen(-1 - i), gen(-100_000 - i), path, new BucketPath(1, months));
            for (int t = 0; t < months - 1; t++) {
                if (path.growth[t] < 0.99) {
                    return path.growth.clone();
                }
            }
        }
    }

    private static RandomGenerator gen(int i) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(777L + i);
    }
}
