package org.yieldplan.withdrawal;

import org.yieldplan.input.InvalidField;
/**
 * A plan's two phases: save (and hold) for {@code startAfterYears}, then withdraw by the strategy to
 * the scenario's horizon.
 *
 * @param strategy        how much to take out
 * @param startAfterYears years of the saving phase before the first withdrawal year, 0 or more
 * @param frequency       how often an instalment is paid (default monthly)
 */
public record WithdrawalPlan(WithdrawalStrategy strategy, int startAfterYears, Frequency frequency) {

    /** How often an instalment is paid; each falls at the end of its period. */
    public enum Frequency {
        /** Every month. */
        MONTHLY(12),
        /** At the end of every third month of the plan year. */
        QUARTERLY(4),
        /** At the end of the plan year's twelfth month. */
        ANNUAL(1);

        private final int perYear;

        Frequency(int perYear) {
            this.perYear = perYear;
        }

        /** Instalments a year: 12, 4 or 1. */
        public int perYear() {
            return perYear;
        }

        /** Months between instalments: 1, 3 or 12. */
        public int months() {
            return 12 / perYear;
        }
    }

    public WithdrawalPlan {
        if (strategy == null) {
            throw new InvalidField("withdrawal.strategy", "a withdrawal plan needs a strategy, e.g."
                    + " {\"type\": \"constant-amount\", \"annualUsd\": 40000, \"inflationAdjusted\": true}");
        }
        if (startAfterYears < 0) {
            throw new InvalidField("withdrawal.startAfterYears", "must be zero or more years, got " + startAfterYears);
        }
        frequency = frequency == null ? Frequency.MONTHLY : frequency;
    }

    /** The same phases with another strategy. */
    public WithdrawalPlan with(WithdrawalStrategy other) {
        return new WithdrawalPlan(other, startAfterYears, frequency);
    }
}
