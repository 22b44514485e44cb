package org.yieldplan.simulation;

import java.util.List;
import org.yieldplan.market.Correlations;
import org.yieldplan.market.Position;
import org.yieldplan.market.YieldRange;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;

/** Positions with chosen figures, for tests. */
final class TestPositions {
    private TestPositions() {
    }

    static Position of(String asset, Bucket bucket, double value, double apy, double volatility, double medianGrowth,
                       double yieldVol, double failure, double lgd) {
        return new Position(Holding.ofValue(asset, bucket, value), YieldRange.flat(apy), 0, "test", 0, asset, false,
                volatility, medianGrowth, yieldVol, 0, failure, lgd, 1e12, null);
    }

    static Correlations correlations(List<String> assets, double[][] m) {
        List<List<Double>> rows = new java.util.ArrayList<>();
        for (double[] r : m) {
            rows.add(java.util.Arrays.stream(r).boxed().toList());
        }
        return new Correlations(assets, rows, "test", java.time.LocalDate.of(2026, 1, 1));
    }
}
