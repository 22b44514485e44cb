package org.yieldplan.simulation;

import java.util.ArrayList;
import java.util.List;
import org.yieldplan.withdrawal.PlanRow;

/** Year rows from month rows: flows summed over the year's months; start from the first, end from the last. */
final class PlanYears {
    private PlanYears() {
    }

    static List<PlanRow> of(List<PlanRow> months) {
        List<PlanRow> years = new ArrayList<>();
        for (int first = 0; first < months.size(); first += 12) {
            int last = Math.min(months.size(), first + 12);
            double[] sum = new double[13];
            for (int m = first; m < last; m++) {
                PlanRow r = months.get(m);
                double[] f = {r.contribution(), r.priceChange(), r.loss(), r.grossIncome(), r.tax(), r.planned(),
                    r.withdrawal(), r.fromIncome(), r.principalSold(), r.reinvested(), r.shortfall(), r.withdrawalReal()};
                for (int k = 0; k < f.length; k++) {
                    sum[k] += f[k];
                }
            }
            PlanRow a = months.get(first);
            PlanRow z = months.get(last - 1);
            years.add(new PlanRow(first / 12 + 1, a.startBalance(), sum[0], sum[1], sum[2], sum[3], sum[4], sum[5],
                    sum[6], sum[7], sum[8], sum[9], sum[10], z.endBalance(), sum[11], z.endBalanceReal()));
        }
        return years;
    }
}
