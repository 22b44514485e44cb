package org.yieldplan.sustainability;

import java.util.List;

/**
 * Plan needs an unsustainable yield: the goal's required yield is above the sustainable blended yield. With a
 * withdrawal plan the required yield is measured where the plan needs it, on the balance when withdrawals start
 * (the goal in that year's dollars / the median path's balance then); without one, goal a year / portfolio value. Critical when the required yield is also above a
 * ceiling (default 10 %: DOMAIN.md, $50,000 from $500,000 needs 10 %, which the source calls
 * unsustainable), a warning otherwise. Fires when required &gt; sustainable.
 *
 * @param ceiling required yield above which the flag is critical, a fraction a year
 */
public record PlanNeedsUnsustainableYield(double ceiling) implements PortfolioRule {

    /** The rule's identifier. */
    public static final String ID = "plan-needs-unsustainable-yield";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Flag> check(PortfolioFacts portfolio) {
        Double required = portfolio.requiredYield();
        SustainableYield s = portfolio.sustainable();
        if (required == null || s == null || !(required > s.sustainableApy())) {
            return List.of();
        }
        Severity severity = required > ceiling ? Severity.CRITICAL : Severity.WARNING;
        String blended = required > s.blendedApyBase()
                ? " It is above even the headline blended yield of " + Evidence.format(s.blendedApyBase(), Evidence.Unit.RATE) + "."
                : " The headline blended yield of " + Evidence.format(s.blendedApyBase(), Evidence.Unit.RATE)
                        + " covers it only by counting yields that will not last.";
        PlanFacts plan = portfolio.plan();
        String when = plan != null && plan.startAfterYears() > 0
                ? "When withdrawals start in year " + (plan.startAfterYears() + 1) + ", the income goal needs a yield of "
                        + Evidence.format(required, Evidence.Unit.RATE) + " of the balance then (median path)"
                : "The income goal needs a yield of " + Evidence.format(required, Evidence.Unit.RATE);
        return List.of(new Flag(ID, severity, "plan",
                when
                        + ", above the sustainable blended yield of " + Evidence.format(s.sustainableApy(), Evidence.Unit.RATE)
                        + "." + blended + (severity == Severity.CRITICAL
                        ? " A yield above " + Evidence.format(ceiling, Evidence.Unit.RATE) + " is not sustainable for a portfolio." : ""),
                List.of(Evidence.rate("required yield", required), Evidence.rate("sustainable yield", s.sustainableApy()),
                        Evidence.rate("blended yield", s.blendedApyBase()), Evidence.rate("critical above", ceiling))));
    }
}
