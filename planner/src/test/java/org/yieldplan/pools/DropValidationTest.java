package org.yieldplan.pools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Model selection by rolling-origin validation on dates before 2025-08-01 only (the history is read up to
 * 2025-07-31): at each origin, train on pool-days up to origin − 28 days, score the pools with a point on the
 * origin whose outcome the history shows. Prints the chosen learner's row of the README's table; not score-gated.
 */
class DropValidationTest {

    private static final LocalDate LAST = LocalDate.of(2025, 7, 31);
    private static final List<LocalDate> ORIGINS = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1));

    @Test
    void rollingOrigin_printsEachLearnersMeanScores() {
        List<PoolHistory> histories = Fixtures.history(LAST);
        Map<String, DropFeatures.Marks> marks = new HashMap<>();
        Fixtures.snapshot().forEach(p -> marks.put(p.id(), DropFeatures.Marks.of(p)));
        DropMarket market = DropMarket.of(histories);
        List<DropLearner> learners = List.of(DropForecast.CHOSEN);
        StringBuilder b = new StringBuilder("\nRolling-origin validation, origins " + ORIGINS + "\n");
        for (DropLearner l : learners) {
            double auc = 0;
            double naive = 0;
            double balanced = 0;
            for (LocalDate o : ORIGINS) {
                DropModel m = DropModel.train(DropExample.training(histories, marks, market, o), l);
                List<DropExample> test = DropExample.on(histories, marks, market, o).stream().filter(e -> e.down() != null).toList();
                assertThat(test).allMatch(e -> !e.date().plusDays(DropRule.WINDOW_END).isAfter(LAST));
                double[] s = new double[test.size()];
                double[] n = new double[test.size()];
                boolean[] y = new boolean[test.size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = m.probDown(test.get(i).features());
                    n[i] = test.get(i).features()[DropFeatures.NAMES.indexOf("vsMean30")];   // ln(APY / 30-day mean)
                    y[i] = test.get(i).down();
                }
                ForecastScore sc = ForecastScore.of(s, y, m.downRate());
                double na = ForecastScore.auc(n, y);
                b.append(String.format(Locale.US, "  %s %s: %d pools, AUC %.3f, balanced %.3f, naive AUC %.3f%n",
                        l.describe(), o, test.size(), sc.auc(), sc.balancedAccuracy(), na));
                auc += sc.auc() / ORIGINS.size();
                balanced += sc.balancedAccuracy() / ORIGINS.size();
                naive += na / ORIGINS.size();
            }
            b.append(String.format(Locale.US, "%-50s mean AUC %.3f, balanced accuracy %.3f, naive AUC %.3f%n",
                    l.describe(), auc, balanced, naive));
        }
        System.out.print(b);
        assertThat(histories).allMatch(h -> h.points().stream().noneMatch(p -> p.date().isAfter(LAST)));
    }
}
