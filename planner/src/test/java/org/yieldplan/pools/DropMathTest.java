package org.yieldplan.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The label, the features and the scores against values worked out by hand. */
class DropMathTest {

    private static final LocalDate D = LocalDate.of(2025, 5, 1);

    @Test
    void auc_countsPairsRankedRight_tiesAsHalf() {
        // drops score 0.9 and 0.4; non-drops 0.5, 0.4, 0.1: pairs right 3 + 1.5 (the tie at 0.4 counts half) = 4.5 of 6
        double[] s = {0.9, 0.4, 0.5, 0.4, 0.1};
        boolean[] y = {true, true, false, false, false};
        assertThat(ForecastScore.auc(s, y)).isEqualTo(4.5 / 6);
        // at 0.45: drops called 1 of 2, non-drops kept 2 of 3 → (0.5 + 0.6667) / 2
        assertThat(ForecastScore.of(s, y, 0.45).balancedAccuracy()).isCloseTo((0.5 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void down_isTheMeanOfDays21To28_below80PercentOfTheApyOnTheDate() {
        List<PoolPoint> pts = new ArrayList<>();
        for (int d = 0; d <= 30; d++) {
            pts.add(new PoolPoint(D.plusDays(d), 1e6, d >= 21 && d <= 28 ? 0.079 + (d == 21 ? 0.008 : 0) : 0.5, 0));
        }
        // window mean = (0.087 + 7 × 0.079) / 8 = 0.080; days 20 and 29 (APY 0.5) lie outside it
        assertThat(DropRule.windowMean(pts, D).getAsDouble()).isCloseTo(0.080, within(1e-12));
        assertThat(DropRule.down(0.0999, 0.080)).isFalse();           // 0.080 is not below 0.8 × 0.0999 = 0.07992
        assertThat(DropRule.down(0.1001, 0.080)).isTrue();            // 0.080 is below 0.8 × 0.1001 = 0.08008
        assertThat(DropRule.windowMean(pts.subList(0, 21), D)).isEmpty();
    }

    @Test
    void features_compareTheApyWithItsOwnPast() {
        List<PoolPoint> pts = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            pts.add(new PoolPoint(D.plusDays(d), d < 33 ? 1_000 : 2_000, d == 39 ? 0.20 : 0.10, d == 39 ? 0.05 : 0));
        }
        double[] f = DropFeatures.of(pts, 39, new DropFeatures.Marks(1, 0, 1), DropMarket.none());
        double e = 1e-4;
        double mean7 = (6 * 0.10 + 0.20) / 7;
        double mean30 = (29 * 0.10 + 0.20) / 30;
        assertThat(f[DropFeatures.NAMES.indexOf("vsMean7")]).isCloseTo(Math.log((0.20 + e) / (mean7 + e)), within(1e-12));
        assertThat(f[DropFeatures.NAMES.indexOf("vsMean30")]).isCloseTo(Math.log((0.20 + e) / (mean30 + e)), within(1e-12));
        assertThat(f[DropFeatures.NAMES.indexOf("vsMedian30")]).isCloseTo(Math.log((0.20 + e) / (0.10 + e)), within(1e-12));
        assertThat(f[DropFeatures.NAMES.indexOf("vsMin30")]).isCloseTo(Math.log((0.20 + e) / (0.10 + e)), within(1e-12));
        assertThat(f[DropFeatures.NAMES.indexOf("vsMax30")]).isCloseTo(0, within(1e-12));
        double sd30 = Math.sqrt((29 * 0.01 + 0.04) / 30 - mean30 * mean30);   // population sd of days 10-39
        assertThat(f[DropFeatures.NAMES.indexOf("cv30")]).isCloseTo(sd30 / (mean30 + e), within(1e-12));
        assertThat(f[DropFeatures.NAMES.indexOf("logApy")]).isCloseTo(Math.log(1.20), within(1e-12));
        assertThat(f[DropFeatures.NAMES.indexOf("rewardShare")]).isCloseTo(0.25, within(1e-12));
        assertThat(f[DropFeatures.NAMES.indexOf("stablecoin")]).isEqualTo(1);
        assertThat(f[DropFeatures.NAMES.indexOf("multiExposure")]).isEqualTo(1);
        // only points up to the date are read: a later point changes nothing
        List<PoolPoint> more = new ArrayList<>(pts);
        more.add(new PoolPoint(D.plusDays(40), 9e9, 9, 9));
        assertThat(DropFeatures.of(more, 39, new DropFeatures.Marks(1, 0, 1), DropMarket.none())).isEqualTo(f);
    }

    @Test
    void pastOutcomes_countTheDaysWhoseWindowHasEnded() {
        // days 0-9: APY 0.100 + 0.001·t, no reward; days 10-69: APY 0.05, from day 40 half of it reward
        List<PoolPoint> pts = new ArrayList<>();
        for (int d = 0; d < 70; d++) {
            double apy = d < 10 ? 0.100 + 0.001 * d : 0.05;
            pts.add(new PoolPoint(D.plusDays(d), 1e6, apy, d >= 40 ? apy / 2 : 0));
        }
        double[] f = DropFeatures.of(pts, 60, DropFeatures.Marks.UNKNOWN, DropMarket.none());
        double e = 1e-4;
        // on day 60 the days 0-32 have a known outcome (their window, days t+21..t+28, is all 0.05):
        // days 0-9 dropped (0.05 < 0.8 × 0.10x), days 10-32 did not (0.05 is not below 0.04)
        double outcome = 0;
        for (int t = 0; t < 10; t++) {
            outcome += Math.log((0.05 + e) / (0.100 + 0.001 * t + e));
        }
        assertThat(f[DropFeatures.NAMES.indexOf("pastDays")]).isCloseTo(Math.log(1 + 33), within(1e-12));
        assertThat(f[DropFeatures.NAMES.indexOf("pastOutcome")]).isCloseTo(outcome / 33, within(1e-12));
        // APY above its 30-day mean on days 1-9 (rising; day 0 equals its mean, days 10-32 are below theirs): 9 days,
        // all dropped → (9 + 5 × 0.3) / (9 + 5)
        assertThat(f[DropFeatures.NAMES.indexOf("pastDownAbove")]).isCloseTo(10.5 / 14, within(1e-12));
        // the reward share is 0.5 on day 60 and 0 on day 30, the last point at least 30 days before
        assertThat(f[DropFeatures.NAMES.indexOf("rewardShareChange30")]).isCloseTo(0.5, within(1e-12));
        assertThat(f[DropFeatures.NAMES.indexOf("marketTrend30")]).isZero();
        assertThat(f[DropFeatures.NAMES.indexOf("marketDownShare")]).isCloseTo(0.3, within(1e-12));
        // day 28: no day's window has ended yet (day 0's ends on day 28 itself: known); day 27: none known
        assertThat(DropFeatures.of(pts, 28, DropFeatures.Marks.UNKNOWN, DropMarket.none())[DropFeatures.NAMES.indexOf("pastDays")])
                .isCloseTo(Math.log(2), within(1e-12));
        assertThat(DropFeatures.of(pts, 27, DropFeatures.Marks.UNKNOWN, DropMarket.none())[DropFeatures.NAMES.indexOf("pastDays")])
                .isZero();
    }

    @Test
    void featuresOfEveryDay_readOnlyPointsUpToThatDay() {
        List<PoolPoint> pts = new ArrayList<>();
        java.util.Random r = new java.util.Random(7);
        for (int d = 0; d < 120; d += 1 + r.nextInt(2)) {
            double apy = 0.05 * Math.exp(r.nextGaussian());
            pts.add(new PoolPoint(D.plusDays(d), 1e6, apy, apy * r.nextDouble()));
        }
        double[][] all = DropFeatures.all(pts, new DropFeatures.Marks(0, 1, 1), DropMarket.none());
        for (int i = 0; i < pts.size(); i++) {
            assertThat(DropFeatures.all(pts.subList(0, i + 1), new DropFeatures.Marks(0, 1, 1), DropMarket.none())[i])
                    .as("day " + i).isEqualTo(all[i]);
        }
    }

    @Test
    void market_mediansAndRecentOutcomes_ofAllPools() {
        // pool a: APY 0.10 on days 0-40, then 0.02; pool b: 0.20 throughout; pool c: 0.40 on days 0-5 only
        List<PoolPoint> a = new ArrayList<>();
        List<PoolPoint> b = new ArrayList<>();
        List<PoolPoint> c = new ArrayList<>();
        for (int d = 0; d <= 80; d++) {
            a.add(new PoolPoint(D.plusDays(d), 1e6, d <= 40 ? 0.10 : 0.02, 0));
            b.add(new PoolPoint(D.plusDays(d), 1e6, 0.20, 0));
            if (d <= 5) {
                c.add(new PoolPoint(D.plusDays(d), 1e6, 0.40, 0));
            }
        }
        List<PoolHistory> hs = List.of(new PoolHistory("a", a), new PoolHistory("b", b), new PoolHistory("c", c));
        DropMarket m = DropMarket.of(hs);
        // day 35: median of ln 1.10 and ln 1.20 against day 5's median of ln 1.10, ln 1.20, ln 1.40
        assertThat(m.trend30(D.plusDays(35))).isCloseTo((Math.log(1.10) + Math.log(1.20)) / 2 - Math.log(1.20), within(1e-12));
        assertThat(m.trend30(D.plusDays(10))).as("no point 30 days before").isZero();
        // day 62: the pool-days dated 28-34 have ended: a's drop when their window (t+21..t+28) lies after day 40
        // (from t = 20: all of 28-34), b's never: 7 of 14 dropped → (7 + 1.5) / (14 + 5); c has no outcome
        assertThat(m.downShare(D.plusDays(62))).isCloseTo(8.5 / 19, within(1e-12));
        assertThat(DropMarket.none().downShare(D)).isCloseTo(0.3, within(1e-12));
        // nothing after a date is read: the market of the histories cut at each date answers the same on it
        for (int d = 0; d <= 80; d++) {
            LocalDate date = D.plusDays(d);
            DropMarket cut = DropMarket.of(hs.stream().map(h -> h.until(date)).toList());
            assertThat(cut.trend30(date)).as("trend on day " + d).isEqualTo(m.trend30(date));
            assertThat(cut.downShare(date)).as("drops on day " + d).isEqualTo(m.downShare(date));
        }
    }

    @Test
    void logisticRegression_onOneBinaryFeature_givesTheGroupsLogOdds() {
        // x = 0: 1 drop in 4; x = 1: 4 drops in 5. Maximum likelihood: b = logit(1/4) = ln(1/3),
        // w = logit(4/5) − logit(1/4) = ln 4 − ln(1/3) = ln 12
        double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}, {1}};
        boolean[] y = {true, false, false, false, true, true, true, true, false};
        double[] w = DropModel.newton(x, y, 0);
        assertThat(w[0]).isCloseTo(Math.log(12), within(1e-9));
        assertThat(w[1]).isCloseTo(Math.log(1.0 / 3), within(1e-9));
        // with a penalty λ the weight solves Σ (y − p) x = λ n w, the intercept Σ (y − p) = 0
        double lambda = 0.05;
        double[] v = DropModel.newton(x, y, lambda);
        double gw = 0;
        double gb = 0;
        for (int i = 0; i < y.length; i++) {
            double p = 1 / (1 + Math.exp(-(v[0] * x[i][0] + v[1])));
            gw += ((y[i] ? 1 : 0) - p) * x[i][0];
            gb += (y[i] ? 1 : 0) - p;
        }
        assertThat(gw).isCloseTo(lambda * y.length * v[0], within(1e-9));
        assertThat(gb).isCloseTo(0, within(1e-9));
        assertThat(v[0]).isBetween(0.0, Math.log(12));
    }
}
