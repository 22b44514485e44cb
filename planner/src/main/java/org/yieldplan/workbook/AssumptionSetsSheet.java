package org.yieldplan.workbook;

import java.util.List;
import org.yieldplan.scenario.Verdicts;
import org.yieldplan.simulation.AssumptionComparison;
import org.yieldplan.simulation.AssumptionOutcome;
import org.yieldplan.simulation.HistoricalReplay;
import org.yieldplan.simulation.Sensitivity;
import org.yieldplan.simulation.SimulationResult;

/**
 * The Sensitivity sheet: how much the plan hangs on its assumptions. Success and safe withdrawal under the bear,
 * base and bull sets; the grid of success over growth shifts × volatility multipliers; the replay of the real
 * 2021-2023 cycle from each start month. Values, not formulas: they come from the simulation.
 */
final class AssumptionSetsSheet {

    static final String NAME = "Sensitivity";

    private AssumptionSetsSheet() {
    }

    static void write(SheetWriter w, SimulationResult sim) {
        WorkbookStyles st = w.styles;
        w.text(0, 0, "How much the answer hangs on the assumptions", st.title);
        w.text(1, 0, "This plan runs on the '" + sim.assumptions() + "' assumption set. Simulated values (not formulas).",
                st.note);
        int r = 3;
        if (sim.byAssumptions() != null) {
            r = sets(w, sim.byAssumptions(), sim.assumptions(), r);
        }
        if (sim.sensitivity() != null) {
            r = grid(w, sim.sensitivity(), sim.paths(), r + 1);
        }
        if (sim.historicalReplay() != null) {
            replay(w, sim, r + 1);
        }
        w.widths(40, 14, 16, 14, 14, 14);                                  // A: "Share of starts paying every withdrawal"
        w.print(1, 0);
    }

    private static int sets(SheetWriter w, AssumptionComparison c, String current, int r) {
        WorkbookStyles st = w.styles;
        w.text(r, 0, "Under the catalog's sets", st.subtitle);
        w.text(++r, 0, c.howRun(current) + ".", st.note);
        w.headers(r + 1, 0, "Set", "Success", "Safe withdrawal (a year)", "Goal met (a plan that cannot run out)");
        w.row(r + 1).setHeightInPoints(60);                                // the headers wrap to four lines
        List<String> names = List.of("bear", "base", "bull");
        List<AssumptionOutcome> outcomes = List.of(c.bear(), c.base(), c.bull());
        for (int i = 0; i < 3; i++) {
            w.text(r + 2 + i, 0, names.get(i), st.label);
            w.number(r + 2 + i, 1, outcomes.get(i).successProbability(), st.percent);
            w.number(r + 2 + i, 2, outcomes.get(i).safeWithdrawal(), st.usd);
            w.number(r + 2 + i, 3, outcomes.get(i).goalMetProbability(), st.percent);
        }
        return r + 5;
    }

    private static int grid(SheetWriter w, Sensitivity g, int planPaths, int r) {
        WorkbookStyles st = w.styles;
        w.text(r, 0, "Success if every volatile asset's median growth shifts (rows) and its volatility scales (columns)",
                st.subtitle);
        w.text(++r, 0, g.howRun(planPaths) + ".", st.note);
        w.text(r + 1, 0, "Growth shift \\ volatility ×", st.header);
        for (int j = 0; j < g.volatilityMultipliers().size(); j++) {
            w.number(r + 1, 1 + j, g.volatilityMultipliers().get(j), st.number);
        }
        for (int i = 0; i < g.growthShifts().size(); i++) {
            w.number(r + 2 + i, 0, g.growthShifts().get(i), st.percentSigned);
            for (int j = 0; j < g.volatilityMultipliers().size(); j++) {
                w.number(r + 2 + i, 1 + j, g.successProbability().get(i).get(j), st.percent);
            }
        }
        return r + 2 + g.growthShifts().size();
    }

    private static void replay(SheetWriter w, SimulationResult sim, int r) {
        WorkbookStyles st = w.styles;
        HistoricalReplay h = sim.historicalReplay();
        w.text(r, 0, "One real cycle, not a forecast: BTC/ETH " + h.window() + " from the first month of withdrawals",
                st.subtitle);
        w.text(r + 1, 0, Verdicts.replay(sim) + ".", st.note);
        w.text(r + 2, 0, "Worst start", st.label);
        w.text(r + 2, 1, h.worstStart(), null);
        w.headers(r + 4, 0, "Start", "Pays every withdrawal", "Runs out in year", "Final balance");
        w.row(r + 4).setHeightInPoints(30);
        for (int i = 0; i < h.starts().size(); i++) {
            HistoricalReplay.ReplayStart s = h.starts().get(i);
            w.text(r + 5 + i, 0, s.start(), null);
            w.text(r + 5 + i, 1, s.succeeds() ? "yes" : "no", null);
            if (s.depletionYear() != null) {
                w.number(r + 5 + i, 2, s.depletionYear().doubleValue(), st.count);
            }
            w.number(r + 5 + i, 3, s.finalBalance(), st.usd);
        }
    }
}
