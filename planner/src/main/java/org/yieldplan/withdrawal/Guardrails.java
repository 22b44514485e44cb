package org.yieldplan.withdrawal;

import org.yieldplan.input.InvalidField;
import java.util.Locale;

/**
 * Guyton-Klinger guardrails (Guyton and Klinger, "Decision Rules and Maximum Initial Withdrawal Rates",
 * Journal of Financial Planning, 2006), as the issue states them. Rule, each plan year:
 * <ol>
 * <li>first year: {@code W = rate × balance};</li>
 * <li>later years start from last year's amount, raised by inflation, {@code W = W₋₁ × (1 + inflation)},
 *     except after a losing year (last year's portfolio return below zero), when {@code W = W₋₁};</li>
 * <li>current rate {@code c = W / balance}: if {@code c > rate × (1 + guardrail)} cut,
 *     {@code W × (1 − adjustment)}, unless fewer than {@code noCutFinalYears + 1} years are left;
 *     if {@code c < rate × (1 − guardrail)} raise, {@code W × (1 + adjustment)}.</li>
 * </ol>
 *
 * @param rate            initial withdrawal rate, a fraction a year (0.05)
 * @param guardrail       width of the guardrails around the rate, a fraction of it (default 0.20)
 * @param adjustment      size of a cut or raise, a fraction of the amount (default 0.10)
 * @param noCutFinalYears no cuts in this many final years (default 15)
 */
public record Guardrails(double rate, Double guardrail, Double adjustment, Integer noCutFinalYears)
        implements WithdrawalStrategy {

    public Guardrails {
        Rules.rate("strategy.rate", rate);
        guardrail = Rules.fraction("strategy.guardrail", guardrail, 0.20);
        adjustment = Rules.fraction("strategy.adjustment", adjustment, 0.10);
        noCutFinalYears = noCutFinalYears == null ? 15 : noCutFinalYears;
        if (noCutFinalYears < 0) {
            throw new InvalidField("strategy.noCutFinalYears", "must be zero or more years, got " + noCutFinalYears);
        }
    }

    /** Guardrails with the classic settings: ±20 %, 10 % adjustments, no cut in the last 15 years. */
    public static Guardrails of(double rate) {
        return new Guardrails(rate, null, null, null);
    }

    @Override
    public double annual(YearContext y) {
        if (y.planYear() == 0) {
            return rate * y.balance();                                       // W₀ = rate × balance
        }
        double w = y.previousYearReturn() < 0 ? y.previousAnnual()             // no raise after a losing year
                : y.previousAnnual() * (1 + y.inflation());                  // W = W₋₁ × (1 + inflation)
        return guard(w, y);
    }

    /** The capital-preservation cut and the prosperity raise around the rate. */
    double guard(double w, YearContext y) {
        double current = y.balance() > 0 ? w / y.balance() : Double.POSITIVE_INFINITY;
        if (current > rate * (1 + guardrail) && y.yearsLeft() > noCutFinalYears) {
            return w * (1 - adjustment);
        }
        if (current < rate * (1 - guardrail)) {
            return w * (1 + adjustment);
        }
        return w;
    }

    @Override
    public WithdrawalStrategy startingAt(double initialAnnualUsd, double startBalance) {
        return new Guardrails(Math.min(1, initialAnnualUsd / startBalance), guardrail, adjustment, noCutFinalYears);
    }

    @Override
    public String type() {
        return "guardrails";
    }

    @Override
    public String describe() {
        return String.format(Locale.US, "Guyton-Klinger guardrails from %.2f %% (±%.0f %%, %.0f %% adjustments)",
                rate * 100, guardrail * 100, adjustment * 100);
    }
}
