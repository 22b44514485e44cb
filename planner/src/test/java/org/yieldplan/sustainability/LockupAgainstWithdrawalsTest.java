package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;

class LockupAgainstWithdrawalsTest {

    private final LockupAgainstWithdrawals rule = new LockupAgainstWithdrawals(0.01);

    @Test
    void sellingHoldingsQuarterlyWhileDotUnbondsFor28Days_isInfo_monthlyAWarning() {
        // 28 days is shorter than a quarter (91.25 days): the sale can be planned ahead
        assertThat(rule.check(portfolio(new PlanFacts(4, 0, 50_000, 0, null, 0.9, null)))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        PortfolioFacts atom = new PortfolioFacts(List.of(
                Facts.position().asset("ATOM").bucket(Bucket.STAKING).lockup(31).value(30_000).build(),
                Facts.position().asset("USDC").value(70_000).build()), null, null, new PlanFacts(12, 0, 50_000, 0, null, 0.9, null));
        assertThat(rule.check(atom)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void theFlagGivesTheLockedShareTheLongestLockUpAndTheInterval() {
        List<Flag> flags = rule.check(portfolio(new PlanFacts(12, 0, 50_000, 0, null, 0.9, null)));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("plan");
            // locked: 30,000 of 100,000
            assertThat(f.evidence().get(0).value()).isCloseTo(0.3, within(1e-12));
            assertThat(f.evidence()).filteredOn(e -> e.name().equals("longest lock-up")).singleElement()
                    .satisfies(e -> assertThat(e.value()).isEqualTo(28));
            assertThat(f.evidence()).filteredOn(e -> e.name().equals("between withdrawals")).singleElement()
                    .satisfies(e -> assertThat(e.value()).isCloseTo(365.0 / 12, within(1e-12)));
        });
    }

    @Test
    void aShortfallInTheBaseCasePlan_isCritical() {
        assertThat(rule.check(portfolio(new PlanFacts(4, 5, 50_000, 1, null, 0.9, null)))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void aPlanPaidFromIncome_orSellingUnderOnePercent_orNoPlan_orNothingLocked_isNotFlagged() {
        assertThat(rule.check(portfolio(new PlanFacts(12, 0, 0, 0, null, 0.9, null)))).isEmpty();
        assertThat(rule.check(portfolio(new PlanFacts(12, 0, 1_000, 0, null, 0.9, null)))).isEmpty();   // 1 % of 100,000
        assertThat(rule.check(portfolio(new PlanFacts(12, 0, 1_001, 0, null, 0.9, null)))).isNotEmpty();
        assertThat(rule.check(portfolio(null))).isEmpty();
        PortfolioFacts liquid = new PortfolioFacts(List.of(Facts.position().value(100).build()), null, null,
                new PlanFacts(12, 0, 50_000, 0, null, 0.9, null));
        assertThat(rule.check(liquid)).isEmpty();
    }

    private static PortfolioFacts portfolio(PlanFacts plan) {
        return new PortfolioFacts(List.of(
                Facts.position().asset("DOT").bucket(Bucket.STAKING).lockup(28).value(20_000).build(),
                Facts.position().asset("ETH").bucket(Bucket.STAKING).lockup(7).value(10_000).build(),
                Facts.position().asset("USDC").value(70_000).build()), null, null, plan);
    }
}
