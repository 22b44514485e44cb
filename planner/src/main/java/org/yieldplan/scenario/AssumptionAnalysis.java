package org.yieldplan.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import org.yieldplan.market.AssumptionSet;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;
import org.yieldplan.simulation.AssumptionComparison;
import org.yieldplan.simulation.AssumptionOutcome;
import org.yieldplan.simulation.PlanSetup;
import org.yieldplan.simulation.Sensitivity;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.simulation.WithdrawalSimulator;

/**
 * How much a plan's answer hangs on its assumptions: the plan under the bear, base and bull sets, and a sensitivity
 * grid of growth shifts × volatility multipliers. The set the scenario runs on is its main simulation; the other sets
 * and the grid's cells run on fewer paths ({@value #SET_PATHS} per set, {@value #GRID_PATHS} per grid cell, or the
 * scenario's own count if smaller) with the scenario's seed, so every set and cell sees the same shocks (the first of
 * the main simulation's paths: common random numbers).
 */
final class AssumptionAnalysis {

    /** Paths per assumption set. */
    static final int SET_PATHS = 2_000;
    /** Paths per cell of the sensitivity grid. */
    static final int GRID_PATHS = 1_000;
    /** Added to every volatile asset's median growth, fractions a year. */
    static final List<Double> GROWTH_SHIFTS = List.of(-0.10, -0.05, 0.0, 0.05, 0.10);
    /** Multipliers on every volatile asset's volatility. */
    static final List<Double> VOLATILITY_MULTIPLIERS = List.of(0.5, 0.75, 1.0, 1.25, 1.5);

    private final WithdrawalSimulator simulator;

    AssumptionAnalysis(WithdrawalSimulator simulator) {
        this.simulator = simulator;
    }

    /**
     * The plan under each of the catalog's three sets: the scenario's own set from its simulation, the others run here.
     *
     * @param current   the set the scenario runs on
     * @param own       the scenario's outcome by its own simulation, the row of {@code current}
     * @param positions the positions after the scenario's overrides, before any set
     * @param setup     the plan on given positions with given settings
     */
    AssumptionComparison byAssumptions(Catalog catalog, String current, AssumptionOutcome own, List<Position> positions,
                                       SimulationSettings settings,
                                       BiFunction<List<Position>, SimulationSettings, PlanSetup> setup) {
        SimulationSettings few = settings.with(Math.min(settings.paths(), SET_PATHS), null, null);
        List<AssumptionOutcome> out = new ArrayList<>();
        for (String name : AssumptionSet.NAMES) {
            out.add(name.equals(current) ? own
                    : simulator.outcome(setup.apply(catalog.assumptionSet(name).apply(positions), few)));
        }
        return new AssumptionComparison(out.get(0), out.get(1), out.get(2));
    }

    /**
     * Success over the grid, on top of the scenario's set (the caller asks only for plans that can run out). The
     * cells of a column (one volatility, every growth shift) share their paths: each is drawn once, with no shift,
     * and shifted for the others ({@link WithdrawalSimulator#successProbabilities}).
     */
    Sensitivity sensitivity(AssumptionSet set, List<Position> positions, SimulationSettings settings,
                            BiFunction<List<Position>, SimulationSettings, PlanSetup> setup) {
        SimulationSettings few = settings.with(Math.min(settings.paths(), GRID_PATHS), null, null);
        int unshifted = GROWTH_SHIFTS.indexOf(0.0);
        double[][] grid = new double[GROWTH_SHIFTS.size()][VOLATILITY_MULTIPLIERS.size()];
        for (int v = 0; v < VOLATILITY_MULTIPLIERS.size(); v++) {
            double multiplier = VOLATILITY_MULTIPLIERS.get(v);
            List<Double> shifts = new ArrayList<>(GROWTH_SHIFTS);
            Collections.swap(shifts, 0, unshifted);                  // the unshifted cell first: its paths are drawn
            List<PlanSetup> column = shifts.stream()
                    .map(shift -> setup.apply(set.shifted(shift, multiplier).apply(positions), few)).toList();
            double[] success = simulator.successProbabilities(column);
            for (int k = 0; k < shifts.size(); k++) {
                grid[GROWTH_SHIFTS.indexOf(shifts.get(k))][v] = success[k];
            }
        }
        List<List<Double>> rows = new ArrayList<>();
        for (double[] row : grid) {
            rows.add(java.util.stream.DoubleStream.of(row).boxed().toList());
        }
        return new Sensitivity(simulator.pathsRun(few), GROWTH_SHIFTS, VOLATILITY_MULTIPLIERS, rows);
    }
}
