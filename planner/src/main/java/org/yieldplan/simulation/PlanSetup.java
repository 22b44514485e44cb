package org.yieldplan.simulation;

import java.util.List;
import org.yieldplan.income.Contributions;
import org.yieldplan.market.Correlations;
import org.yieldplan.market.Position;
import org.yieldplan.withdrawal.BucketPath;
import org.yieldplan.withdrawal.PlanLedger;
import org.yieldplan.withdrawal.WithdrawalPlan;

/**
 * Everything a withdrawal plan is run on.
 *
 * @param positions       the holdings with their assumptions
 * @param correlations    the catalog's correlations of price returns
 * @param plan            the strategy, saving years and frequency
 * @param settings        the simulation settings (shocks, rebalancing, paths, seed, target)
 * @param horizonYears    years projected, saving phase included, 1-100
 * @param contributions   money added during the saving phase
 * @param inflation       consumer price inflation, a fraction a year
 * @param taxRate         tax on yield income, a fraction
 * @param reinvestedShare share of after-tax income reinvested during the saving phase
 * @param goalAnnualIncome the income goal, USD a year in today's dollars, or null: what a plan that cannot run out is
 *                        measured against
 */
public record PlanSetup(List<Position> positions, Correlations correlations, WithdrawalPlan plan,
                        SimulationSettings settings, int horizonYears, Contributions contributions, double inflation,
                        double taxRate, double reinvestedShare, Double goalAnnualIncome) {

    /** A setup without an income goal. */
    public PlanSetup(List<Position> positions, Correlations correlations, WithdrawalPlan plan, SimulationSettings settings,
                     int horizonYears, Contributions contributions, double inflation, double taxRate,
                     double reinvestedShare) {
        this(positions, correlations, plan, settings, horizonYears, contributions, inflation, taxRate, reinvestedShare,
                null);
    }

    public PlanSetup {
        positions = List.copyOf(positions);
        settings = settings == null ? SimulationSettings.defaults() : settings;
        contributions = contributions == null ? Contributions.none() : contributions;
        if (horizonYears < 1 || horizonYears > 100) {
            throw new IllegalArgumentException("horizonYears: must be 1 to 100 years, got " + horizonYears);
        }
        if (plan == null) {
            throw new IllegalArgumentException("withdrawal: give a withdrawal plan (strategy, startAfterYears, frequency)");
        }
    }

    /** The market model for these positions. */
    public MarketModel model() {
        return MarketModel.of(positions, correlations, settings.shocks(), settings.degreesOfFreedom());
    }

    /** The ledger for a model. */
    public PlanLedger ledger(MarketModel model) {
        return new PlanLedger(model.values(), model.liquidShares(), horizonYears, plan, contributions, taxRate,
                reinvestedShare, inflation, settings.rebalanceAnnually());
    }

    /** An empty path buffer for a model. */
    BucketPath newPath(MarketModel model) {
        return new BucketPath(model.buckets(), horizonYears * 12);
    }
}
