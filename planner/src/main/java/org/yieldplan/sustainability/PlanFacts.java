package org.yieldplan.sustainability;

import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.withdrawal.PlanRow;
import org.yieldplan.withdrawal.PlanSchedule;
import org.yieldplan.withdrawal.WithdrawalPlan;

/**
 * What the plan rules need to know about a withdrawal plan and its simulation.
 *
 * @param instalmentsPerYear   withdrawals a year once they start: 12, 4 or 1
 * @param startAfterYears      years of saving before the first withdrawal
 * @param principalSold        holdings sold to pay withdrawals in the deterministic (base-case) plan, USD over the horizon
 * @param shortfall            withdrawals planned but not paid in the deterministic plan, USD over the horizon
 * @param successProbability   share of simulated paths that paid every planned withdrawal, 0-1, or null when not simulated
 * @param targetSuccess        the success probability the plan aims for, 0-1
 * @param safeWithdrawalAnnual the largest initial withdrawal meeting the target, USD a year, or null
 */
public record PlanFacts(int instalmentsPerYear, int startAfterYears, double principalSold, double shortfall,
                        Double successProbability, double targetSuccess, Double safeWithdrawalAnnual) {

    public PlanFacts {
        if (instalmentsPerYear < 1 || instalmentsPerYear > 12) {
            throw new IllegalArgumentException("plan: instalments a year must be 1 to 12, got " + instalmentsPerYear);
        }
    }

    /**
     * The facts of a scenario's withdrawal plan: principal sold and shortfall summed over the
     * base-case plan's years; success and safe withdrawal from the simulation (when run).
     *
     * @param plan          the withdrawal plan
     * @param schedule      the base-case plan
     * @param simulation    the Monte Carlo outcome, or null
     * @param targetSuccess the plan's target success probability, 0-1
     */
    public static PlanFacts of(WithdrawalPlan plan, PlanSchedule schedule, SimulationResult simulation, double targetSuccess) {
        double sold = schedule.years().stream().mapToDouble(PlanRow::principalSold).sum();
        double shortfall = schedule.years().stream().mapToDouble(PlanRow::shortfall).sum();
        Double success = simulation == null ? null : simulation.successProbability();
        Double safe = simulation == null || simulation.safeWithdrawal() == null ? null : simulation.safeWithdrawal().annual();
        return new PlanFacts(plan.frequency().perYear(), plan.startAfterYears(), sold, shortfall, success, targetSuccess, safe);
    }

    /** Days between instalments: 365 / instalments a year. */
    public double daysBetweenInstalments() {
        return 365.0 / instalmentsPerYear;
    }
}
