package org.yieldplan.sustainability;

import java.util.List;

/**
 * Lock-up against withdrawals: the plan pays withdrawals by selling holdings (income does not
 * cover them in the base-case plan: principal sold over the horizon above {@code materialShare} of
 * today's value) while part of the portfolio is locked or unbonding (lock-up days above 0), so
 * those sales must be started that many days ahead and the locked value cannot be sold in a hurry.
 * Info when the longest lock-up is shorter than the time between withdrawals (a sale can be
 * planned ahead), a warning when it is as long or longer, critical when the base-case plan
 * already misses payments (shortfall above 0).
 *
 * @param materialShare principal sold over the horizon / today's value below which the rule stays quiet
 */
public record LockupAgainstWithdrawals(double materialShare) implements PortfolioRule {

    /** The rule's identifier. */
    public static final String ID = "lockup-against-withdrawals";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Flag> check(PortfolioFacts portfolio) {
        PlanFacts plan = portfolio.plan();
        double total = portfolio.totalValue();
        if (plan == null || !(total > 0) || !(plan.principalSold() > materialShare * total || plan.shortfall() > 0)) {
            return List.of();
        }
        double locked = portfolio.positions().stream().filter(p -> p.lockupDays() > 0)
                .mapToDouble(PositionFacts::valueUsd).sum();
        int longest = portfolio.positions().stream().filter(p -> p.valueUsd() > 0)
                .mapToInt(PositionFacts::lockupDays).max().orElse(0);
        if (!(locked > 0)) {
            return List.of();
        }
        double share = locked / total;                          // locked value / portfolio value (today)
        boolean missed = plan.shortfall() > 0;
        Severity severity = missed ? Severity.CRITICAL
                : longest >= plan.daysBetweenInstalments() ? Severity.WARNING : Severity.INFO;
        return List.of(new Flag(ID, severity, "plan",
                "The plan sells holdings to pay " + plan.instalmentsPerYear() + " withdrawals a year, but "
                        + Evidence.format(share, Evidence.Unit.SHARE) + " of the portfolio is locked or unbonding for up to "
                        + longest + " days: those sales must start that far ahead, and locked value cannot be sold in a hurry."
                        + (missed ? " The base-case plan already misses " + Evidence.format(plan.shortfall(), Evidence.Unit.USD)
                        + " of withdrawals." : ""),
                List.of(Evidence.share("locked share", share), Evidence.days("longest lock-up", longest),
                        Evidence.days("between withdrawals", plan.daysBetweenInstalments()),
                        Evidence.usd("principal sold", plan.principalSold()), Evidence.usd("shortfall", plan.shortfall()))));
    }
}
