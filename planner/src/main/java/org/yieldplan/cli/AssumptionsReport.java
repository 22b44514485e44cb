package org.yieldplan.cli;

import static org.yieldplan.cli.Format.left;
import static org.yieldplan.cli.Format.money;
import static org.yieldplan.cli.Format.right;

import java.util.Locale;
import org.yieldplan.scenario.Figures;
import org.yieldplan.scenario.Verdicts;
import org.yieldplan.simulation.AssumptionComparison;
import org.yieldplan.simulation.AssumptionOutcome;
import org.yieldplan.simulation.HistoricalReplay;
import org.yieldplan.simulation.Sensitivity;
import org.yieldplan.simulation.SimulationResult;

/**
 * The plain-text parts of the plan report on its assumptions: bear / base / bull, the sensitivity grid, the replay.
 * Probabilities with one decimal, as the report's headline ({@link Figures#share}).
 */
final class AssumptionsReport {

    private AssumptionsReport() {
    }

    /** Appends what the simulation has of the three parts. */
    static void append(StringBuilder b, SimulationResult s) {
        if (s.byAssumptions() != null) {
            sets(b, s.byAssumptions(), s.assumptions());
        }
        if (s.sensitivity() != null) {
            grid(b, s.sensitivity(), s.assumptions(), s.paths());
        }
        if (s.historicalReplay() != null) {
            replay(b, s);
        }
    }

    private static void sets(StringBuilder b, AssumptionComparison c, String current) {
        b.append(String.format(Locale.US, "%nUnder the catalog's assumption sets (this plan: %s)%n", current))
                .append(Format.wrap(c.howRun(current) + ".", 110, 0));
        b.append(left("set", 8)).append(right("success", 10)).append(right("safe withdrawal", 18))
                .append(right("goal met", 10)).append('\n');
        row(b, "bear", c.bear());
        row(b, "base", c.base());
        row(b, "bull", c.bull());
    }

    private static void row(StringBuilder b, String name, AssumptionOutcome o) {
        b.append(left(name, 8))
                .append(right(o.successProbability() == null ? "-" : Figures.share(o.successProbability()), 10))
                .append(right(o.safeWithdrawal() == null ? "-" : money(o.safeWithdrawal()), 18))
                .append(right(o.goalMetProbability() == null ? "-" : Figures.share(o.goalMetProbability()), 10)).append('\n');
    }

    private static void grid(StringBuilder b, Sensitivity g, String current, int planPaths) {
        b.append(String.format(Locale.US, "%nSuccess if median growth shifts (rows, points a year) and volatility scales (columns),"
                + " on the %s set%n", current)).append(Format.wrap(g.howRun(planPaths) + ".", 110, 0));
        b.append(left("", 8));
        g.volatilityMultipliers().forEach(m -> b.append(right(String.format(Locale.US, "x%.2f", m), 8)));
        b.append('\n');
        for (int i = 0; i < g.growthShifts().size(); i++) {
            b.append(left(String.format(Locale.US, "%+.0f", g.growthShifts().get(i) * 100), 8));
            g.successProbability().get(i).forEach(p -> b.append(right(Figures.share(p), 8)));
            b.append('\n');
        }
    }

    private static void replay(StringBuilder b, SimulationResult s) {
        HistoricalReplay h = s.historicalReplay();
        b.append(String.format(Locale.US, "%nOne real cycle, not a forecast: BTC/ETH %s from the first month of withdrawals,%n"
                + "starting at each of its %d months:%n", h.window(), h.starts().size()))
                .append(Format.wrap(Verdicts.replay(s) + ".", 110, 0));
    }
}
