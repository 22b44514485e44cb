package org.yieldplan.sustainability;

import java.util.ArrayList;
import java.util.List;

/**
 * Plan fails too often: the Monte Carlo success probability (every planned withdrawal paid to the
 * horizon) is below the plan's target (default 90 %). A warning; critical when the plan fails on
 * more paths than it succeeds on (success below {@code criticalBelow}, default 0.5). Fires when
 * success &lt; target.
 *
 * @param criticalBelow success probability below which the flag is critical, 0-1
 */
public record PlanFailsTooOften(double criticalBelow) implements PortfolioRule {

    /** The rule's identifier. */
    public static final String ID = "plan-fails-too-often";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Flag> check(PortfolioFacts portfolio) {
        PlanFacts plan = portfolio.plan();
        if (plan == null || plan.successProbability() == null || !(plan.successProbability() < plan.targetSuccess())) {
            return List.of();
        }
        double success = plan.successProbability();
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.share("success probability", success),
                Evidence.share("target", plan.targetSuccess())));
        String safe = "";
        if (plan.safeWithdrawalAnnual() != null) {
            evidence.add(Evidence.usd("safe withdrawal a year", plan.safeWithdrawalAnnual()));
            safe = " Withdrawing " + Evidence.format(plan.safeWithdrawalAnnual(), Evidence.Unit.USD)
                    + " a year to start would meet the target.";
        }
        return List.of(new Flag(ID, success < criticalBelow ? Severity.CRITICAL : Severity.WARNING, "plan",
                "The withdrawal plan pays every withdrawal on " + Evidence.format(success, Evidence.Unit.SHARE)
                        + " of simulated paths, below the " + Evidence.format(plan.targetSuccess(), Evidence.Unit.SHARE)
                        + " target." + safe,
                evidence));
    }
}
