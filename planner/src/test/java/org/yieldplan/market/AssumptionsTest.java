package org.yieldplan.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;

class AssumptionsTest {

    private final Catalog catalog = SampleFiles.catalog();

    @Test
    void aListedEntry_suppliesTheApyRange() {
        Position p = Assumptions.of(catalog).position(Holding.ofValue("ETH", Bucket.STAKING, 1000));
        assertThat(p.apy()).isEqualTo(new YieldRange(0.03, 0.04, 0.05));
        assertThat(p.lockupDays()).isEqualTo(7);
        assertThat(p.apySource()).contains("ETH staking 3-5");
    }

    @Test
    void aPair_isFoundInEitherOrder_andMovesWithItsVolatileLeg() {
        Position p = Assumptions.of(catalog).position(Holding.ofValue("USDC/ETH", Bucket.LIQUIDITY, 1000));
        assertThat(p.apy().base()).isEqualTo(0.10);
        assertThat(p.pair()).isTrue();
        assertThat(p.priceAsset()).isEqualTo("ETH");
        double sEth = catalog.profile("ETH").volatility();
        double sUsdc = catalog.profile("USDC").volatility();
        assertThat(p.volatility()).isCloseTo(Math.sqrt(sEth * sEth + sUsdc * sUsdc), within(1e-12)); // ρ = 0
    }

    @Test
    void anUnlistedAsset_getsTheBucketDefault() {
        Position p = Assumptions.of(catalog).position(Holding.ofValue("XYZ", Bucket.FARMING, 1000));
        assertThat(p.apy()).isEqualTo(catalog.bucketDefault(Bucket.FARMING).apy());
        assertThat(p.volatility()).isEqualTo(catalog.defaultAsset().volatility());
    }

    @Test
    void aReceiptToken_usesItsUnderlyingAsset() {
        Position p = Assumptions.of(catalog).position(Holding.ofValue("stETH", Bucket.STAKING, 1000));
        assertThat(p.apy().base()).isEqualTo(0.04);
        assertThat(p.priceAsset()).isEqualTo("ETH");
        assertThat(catalog.isLiquidStakingReceipt("steth")).isTrue();
    }

    @Test
    void aStatedApy_keepsTheCatalogsRelativeSpread() {
        Holding h = new Holding("USDC", null, null, 1000, Bucket.LENDING, false, "Aave", null, 0.04, 0.01, null, null, null);
        Position p = Assumptions.of(catalog).position(h);
        // stated 5 %; catalog USDC lending 2 / 5 / 8 → 2 % / 5 % / 8 % of the stated
        assertThat(p.apy().base()).isCloseTo(0.05, within(1e-15));
        assertThat(p.apy().low()).isCloseTo(0.05 * 0.02 / 0.05, within(1e-15));
        assertThat(p.apy().high()).isCloseTo(0.05 * 0.08 / 0.05, within(1e-15));
        assertThat(p.rewardShare()).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void overrides_applyByBucketOrAsset_laterOnesWinning() {
        Assumptions a = new Assumptions(catalog, List.of(
                AssumptionOverride.apy(Bucket.STAKING, null, 0.01, 0.02, 0.03),
                new AssumptionOverride(null, "SOL", null, null, null, null, 0.5, null, null, null, 0.1, null, null)));
        Position eth = a.position(Holding.ofValue("ETH", Bucket.STAKING, 1000));
        Position sol = a.position(Holding.ofValue("SOL", Bucket.STAKING, 1000));
        Position usdc = a.position(Holding.ofValue("USDC", Bucket.LENDING, 1000));
        assertThat(eth.apy()).isEqualTo(new YieldRange(0.01, 0.02, 0.03));
        assertThat(sol.apy().base()).isEqualTo(0.02);
        assertThat(sol.volatility()).isEqualTo(0.5);
        assertThat(sol.failureProbability()).isEqualTo(0.1);
        assertThat(usdc.apy().base()).isEqualTo(0.05);
    }

    @Test
    void theMeanReturn_isTheMedianGrowthPlusHalfTheVariance() {
        AssetProfile eth = catalog.profile("ETH");
        double g = eth.medianGrowth();
        double s = eth.volatility();
        assertThat(eth.meanReturn()).isCloseTo(g + s * s / 2, within(1e-15));      // μ = g + σ²/2
        Position p = new Assumptions(catalog, List.of(new AssumptionOverride(null, "ETH", null, null, null, null, 0.5,
                0.01, null, null, null, null, null))).position(Holding.ofValue("ETH", Bucket.GROWTH, 1000));
        assertThat(p.medianGrowth()).isEqualTo(0.01);
        assertThat(p.meanReturn()).isCloseTo(0.01 + 0.125, within(1e-15));
    }

    @Test
    void theFormerDriftField_isRefusedNamingMedianGrowth() {
        String json = "{\"amountUsd\": 1000, \"template\": \"income-core\", \"horizonYears\": 10,"
                + " \"overrides\": [{\"asset\": \"ETH\", \"drift\": 0.08}]}";
        assertThatThrownBy(() -> SampleFiles.scenario("mine.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("overrides[1]").hasMessageContaining("'drift'").hasMessageContaining("medianGrowth");
    }

    @Test
    void anOverrideWithNeitherBucketNorAsset_isRefused() {
        assertThatThrownBy(() -> AssumptionOverride.apy(null, null, 0, 0, 0)).hasMessageContaining("overrides");
    }

    @Test
    void theCatalog_coversEveryBucketAndItsCorrelationsArePositiveDefinite() {
        for (Bucket b : Bucket.values()) {
            assertThat(catalog.bucketDefault(b).bucket()).isEqualTo(b);
        }
        // Cholesky succeeds only for a positive-definite matrix
        List<List<Double>> m = catalog.correlations().matrix();
        int n = m.size();
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = m.get(i).get(j);
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    assertThat(s).as("pivot " + i).isPositive();
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
    }
}
