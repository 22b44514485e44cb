package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFailsTooOftenTest {

    private final PlanFailsTooOften rule = new PlanFailsTooOften(0.5);

    @Test
    void successJustBelowTheTarget_isAWarning_namingTheSafeWithdrawal() {
        List<Flag> flags = rule.check(plan(0.8999, 0.9, 52_000.0));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("89.99 %", "90.00 %", "$52,000");
            assertThat(f.evidence()).extracting(Evidence::name)
                    .containsExactly("success probability", "target", "safe withdrawal a year");
        });
    }

    @Test
    void successAtTheTarget_orAbove_isNotFlagged() {
        assertThat(rule.check(plan(0.9, 0.9, null))).isEmpty();
        assertThat(rule.check(plan(0.95, 0.9, null))).isEmpty();
    }

    @Test
    void successBelowHalf_isCritical_atHalfAWarning() {
        assertThat(rule.check(plan(0.4999, 0.9, null))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
        assertThat(rule.check(plan(0.5, 0.9, null))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void noSimulation_noFlag() {
        assertThat(rule.check(plan(null, 0.9, null))).isEmpty();
        assertThat(rule.check(new PortfolioFacts(List.of(Facts.position().build()), null, null, null))).isEmpty();
    }

    private static PortfolioFacts plan(Double success, double target, Double safe) {
        return new PortfolioFacts(List.of(Facts.position().build()), null, null,
                new PlanFacts(12, 0, 0, 0, success, target, safe));
    }
}
