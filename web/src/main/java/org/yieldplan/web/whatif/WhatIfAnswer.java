package org.yieldplan.web.whatif;

import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.web.chart.ChartSpec;
import org.yieldplan.web.chart.ScenarioCharts;

/**
 * A what-if's answer, as the JSON API sends it and the page shows it.
 *
 * @param successProbability share of the paths on which every withdrawal is paid, 0-1; null for a plan that cannot run
 *                           out (every payment a share of what is there: its success is 1 by construction)
 * @param paths              paths simulated
 * @param annualUsd          the first year's withdrawal asked about, USD, or null when the plan's was kept
 * @param startAfterYears    the saving years asked about
 * @param assumptions        the assumption set the answer ran on
 * @param fan                the fan chart of the balance, as the page draws it
 */
public record WhatIfAnswer(Double successProbability, int paths, Double annualUsd, int startAfterYears, String assumptions,
        ChartSpec fan) {

    static WhatIfAnswer of(WhatIf q, int startAfterYears, String assumptions, SimulationResult r) {
        return new WhatIfAnswer(r.reportedSuccess(), r.paths(), q.annualUsd(), startAfterYears, assumptions,
                ScenarioCharts.fan("chart-whatif", r));
    }
}
