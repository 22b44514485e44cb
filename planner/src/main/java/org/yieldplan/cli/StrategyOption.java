package org.yieldplan.cli;

import java.util.Locale;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.ConstantPercentage;
import org.yieldplan.withdrawal.FloorCeiling;
import org.yieldplan.withdrawal.Guardrails;
import org.yieldplan.withdrawal.IncomeOnly;
import org.yieldplan.withdrawal.NinetyFivePercentRule;
import org.yieldplan.withdrawal.VariablePercentage;
import org.yieldplan.withdrawal.WithdrawalStrategy;
import org.yieldplan.withdrawal.YieldGuardrail;

/** The compact {@code --strategy} syntax of the {@code plan} command. */
final class StrategyOption {

    /** Usage lines. */
    static final String USAGE = """
              --strategy SPEC        the withdrawal strategy (instead of the scenario's):
                                       constant:USD            USD a year in today's dollars, raised with inflation
                                       nominal:USD             a fixed USD a year
                                       percent:RATE            RATE of the balance a year (0.04 or 4%)
                                       income-only             the after-tax yield, never principal
                                       guardrails:RATE         Guyton-Klinger from RATE (±20 %, 10 % steps)
                                       95:RATE                 the 95 % rule at RATE
                                       vpw:RETURN              variable percentage at an assumed RETURN
                                       yield-guardrail:RATE:MIN guardrails, and cut when the blended APY < MIN
              --floor USD            at least USD a year (today's dollars) whatever the strategy says
              --ceiling USD          at most USD a year (today's dollars)""";

    private StrategyOption() {
    }

    /** A strategy from its spec, e.g. {@code guardrails:0.05}; a usage message naming --strategy otherwise. */
    static WithdrawalStrategy parse(String spec) {
        String[] p = spec.strip().toLowerCase(Locale.ROOT).split(":");
        String kind = p[0];
        try {
            return switch (kind) {
                case "constant" -> new ConstantAmount(number(p, 1, spec, false), true);
                case "nominal" -> new ConstantAmount(number(p, 1, spec, false), false);
                case "percent", "percentage" -> new ConstantPercentage(number(p, 1, spec, true));
                case "income-only", "income" -> new IncomeOnly();
                case "guardrails" -> Guardrails.of(number(p, 1, spec, true));
                case "95", "rule95", "95-percent-rule" -> new NinetyFivePercentRule(number(p, 1, spec, true));
                case "vpw" -> new VariablePercentage(number(p, 1, spec, true));
                case "yield-guardrail" -> new YieldGuardrail(number(p, 1, spec, true), number(p, 2, spec, true), null, null);
                default -> throw new UsageException("--strategy: unknown '" + p[0] + "'; use constant:USD, nominal:USD,"
                        + " percent:RATE, income-only, guardrails:RATE, 95:RATE, vpw:RETURN or yield-guardrail:RATE:MIN");
            };
        } catch (UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--strategy " + spec + ": " + e.getMessage());
        }
    }

    /** The strategy wrapped in a floor and ceiling when either is given. */
    static WithdrawalStrategy limited(WithdrawalStrategy s, Double floor, Double ceiling) {
        return floor == null && ceiling == null ? s : new FloorCeiling(s, floor == null ? 0 : floor, ceiling);
    }

    private static double number(String[] parts, int i, String spec, boolean rate) {
        if (parts.length <= i || parts[i].isBlank()) {
            throw new UsageException("--strategy " + spec + ": missing its " + (rate ? "rate" : "amount")
                    + " (e.g. " + parts[0] + (rate ? ":0.04" : ":40000") + ")");
        }
        String v = parts[i].replace(",", "").replace("_", "").replace("$", "").strip();
        try {
            return v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--strategy " + spec + ": '" + parts[i] + "' is not a number");
        }
    }
}
