package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanNeedsUnsustainableYieldTest {

    private final PlanNeedsUnsustainableYield rule = new PlanNeedsUnsustainableYield(0.10);

    @Test
    void oneHundredThousandFromSevenHundredFiftyThousand_needsThirteenPointThree_andIsCritical() {
        List<Flag> flags = rule.check(plan(100_000 / 750_000.0, 0.0161, 0.0311));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.subject()).isEqualTo("plan");
            assertThat(f.message()).contains("13.33 %").contains("1.61 %");
        });
    }

    @Test
    void aRequiredYieldJustAboveTheSustainableOne_belowTheCeiling_isAWarning() {
        assertThat(rule.check(plan(0.0501, 0.05, 0.06))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aRequiredYieldAtOrBelowTheSustainableOne_isNotFlagged() {
        assertThat(rule.check(plan(0.05, 0.05, 0.06))).isEmpty();
        assertThat(rule.check(plan(0.0499, 0.05, 0.06))).isEmpty();
    }

    @Test
    void noGoal_noFlag() {
        assertThat(rule.check(plan(null, 0.01, 0.01))).isEmpty();
    }

    @Test
    void tenPercentFromFiveHundredThousand_isAWarningAtTheCeiling_criticalAbove() {
        // DOMAIN.md: $50,000 from $500,000 needs 10 %
        assertThat(rule.check(plan(50_000 / 500_000.0, 0.05, 0.08))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(rule.check(plan(0.1001, 0.05, 0.08))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void withWithdrawalsLater_theMessageSaysWhen() {
        PortfolioFacts later = new PortfolioFacts(List.of(Facts.position().build()), 0.12,
                new SustainableYield(0.03, 0.04, 0.01, 0, 0, List.of()), new PlanFacts(12, 15, 0, 0, 0.5, 0.9, 1000.0));
        assertThat(rule.check(later)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("When withdrawals start in year 16, the income goal needs a yield of 12.00 % of the balance then"));
    }

    private static PortfolioFacts plan(Double required, double sustainable, double blended) {
        return new PortfolioFacts(List.of(Facts.position().build()), required,
                new SustainableYield(sustainable, blended, blended - sustainable, 0, 0, List.of()), null);
    }
}
