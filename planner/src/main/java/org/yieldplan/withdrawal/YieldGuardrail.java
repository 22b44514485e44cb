package org.yieldplan.withdrawal;

import org.yieldplan.input.InvalidField;
import org.yieldplan.input.Percent;
import java.util.Locale;

/**
 * A yield-aware guardrail: Guyton-Klinger's value guardrails plus a yield guardrail, because a crypto
 * income portfolio can keep its value while its yields collapse (emissions end, borrowing demand dries up).
 * Rule, each plan year after the first ({@code W₀ = rate × balance}):
 * <ol>
 * <li>if the blended APY is below {@code minYield}: cut, {@code W = W₋₁ × (1 − adjustment)} (no inflation raise);</li>
 * <li>otherwise {@link Guardrails}' rule: {@code W = W₋₁ × (1 + inflation)} (none after a losing year), then cut
 *     by {@code adjustment} above {@code rate × (1 + guardrail)} or raise below {@code rate × (1 − guardrail)}.</li>
 * </ol>
 *
 * @param rate       initial withdrawal rate, a fraction a year
 * @param minYield   the blended APY (before tax) under which the amount is cut, a fraction a year
 * @param guardrail  width of the value guardrails, a fraction of the rate (default 0.20)
 * @param adjustment size of a cut or raise (default 0.10)
 */
public record YieldGuardrail(double rate, double minYield, Double guardrail, Double adjustment) implements WithdrawalStrategy {

    public YieldGuardrail {
        Rules.rate("strategy.rate", rate);
        if (!(minYield > 0 && minYield < 1)) {
            throw new InvalidField("strategy.minYield", "give the blended APY under which to cut, above 0 % and"
                    + " below 100 % a year (4 % is 0.04), got " + Percent.of(minYield));
        }
        guardrail = Rules.fraction("strategy.guardrail", guardrail, 0.20);
        adjustment = Rules.fraction("strategy.adjustment", adjustment, 0.10);
    }

    @Override
    public double annual(YearContext y) {
        if (y.planYear() == 0) {
            return rate * y.balance();
        }
        if (y.blendedYield() < minYield) {
            return y.previousAnnual() * (1 - adjustment);                    // yield below the floor: cut
        }
        Guardrails value = new Guardrails(rate, guardrail, adjustment, 0);
        double w = y.previousYearReturn() < 0 ? y.previousAnnual() : y.previousAnnual() * (1 + y.inflation());
        return value.guard(w, y);
    }

    @Override
    public WithdrawalStrategy startingAt(double initialAnnualUsd, double startBalance) {
        return new YieldGuardrail(Math.min(1, initialAnnualUsd / startBalance), minYield, guardrail, adjustment);
    }

    @Override
    public String type() {
        return "yield-guardrail";
    }

    @Override
    public String describe() {
        return String.format(Locale.US, "yield-aware guardrail from %.2f %%, cut when the blended APY is below %.2f %%",
                rate * 100, minYield * 100);
    }
}
