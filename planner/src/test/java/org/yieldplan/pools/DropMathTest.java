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
        double[] f = DropFeatures.of(pts, 39, new DropFeatures.Marks(1, 0, 1));
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
        assertThat(DropFeatures.of(more, 39, new DropFeatures.Marks(1, 0, 1))).isEqualTo(f);
    }
}
