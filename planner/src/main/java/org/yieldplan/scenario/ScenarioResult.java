package org.yieldplan.scenario;

import java.util.List;
import org.yieldplan.income.IncomeSchedule;
import org.yieldplan.income.IncomeSummary;
import org.yieldplan.market.Position;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.withdrawal.PlanSchedule;
import org.yieldplan.rebalance.RebalancePlan;
import org.yieldplan.sustainability.Flag;
import org.yieldplan.sustainability.SustainableYield;

/**
 * Everything computed for a scenario, once; the page, the JSON and the workbook render it.
 *
 * @param scenario  the inputs, as given
 * @param positions the holdings with the assumptions used for each
 * @param income    blended yield and income, low / base / high, and the required yield
 * @param schedule  the monthly income schedule with annual totals
 * @param plan       the deterministic withdrawal plan, or null when the scenario has no withdrawal plan
 * @param simulation the Monte Carlo simulation of the withdrawal plan, or null likewise
 * @param rebalance drift from the template's bucket targets and the trades back inside the bands
 *                  (10 bps fee, no contribution); null unless the scenario gives holdings and a template
 * @param flags     the sustainability flags, most severe first
 * @param sustainable the blended yield beside the sustainable blended yield (JSON: at the top level)
 */
public record ScenarioResult(
        Scenario scenario,
        List<Position> positions,
        IncomeSummary income,
        IncomeSchedule schedule,
        PlanSchedule plan,
        SimulationResult simulation,
        RebalancePlan rebalance,
        List<Flag> flags,
        SustainableYield sustainable) {

    public ScenarioResult {
        positions = List.copyOf(positions);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
