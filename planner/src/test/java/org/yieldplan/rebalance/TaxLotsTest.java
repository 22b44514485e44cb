package org.yieldplan.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;

class TaxLotsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    static Holding lot(double value, double basis, LocalDate acquired) {
        return new Holding("ETH", null, null, value, Bucket.GROWTH, false, null, null, null, null, null, basis, acquired);
    }

    private final Holding shortGain = lot(1_000, 400, AS_OF.minusDays(100));      // +60 %, short-term
    private final Holding longGain = lot(1_000, 800, AS_OF.minusDays(800));       // +20 %, long-term
    private final Holding bigLongGain = lot(1_000, 100, AS_OF.minusDays(900));    // +90 %, long-term
    private final Holding loss = lot(1_000, 1_500, AS_OF.minusDays(10));          // −50 %, short-term loss

    @Test
    void saleOrder_isLossesThenLongTermThenShortTerm_smallestGainFirst() {
        assertThat(TaxLots.of(AS_OF).saleOrder(List.of(shortGain, bigLongGain, longGain, loss)))
                .containsExactly(loss, longGain, bigLongGain, shortGain);
    }

    @Test
    void realisedGain_isTheSumOverTheLotsSold() {
        // 1,500 sold: all of the loss lot (1,000 − 1,500 = −500), then 500 of the +20 % lot (500 × (1 − 800/1,000) = 100)
        Trade t = TaxLots.of(AS_OF).annotate(new Trade("ETH", Side.SELL, 1_500, 1.5),
                List.of(shortGain, longGain, loss));
        assertThat(t.realisedGain()).isCloseTo(-500 + 100, within(1e-9));
        assertThat(t.nearLongTerm()).isFalse();
        assertThat(t.lotsSold()).isEqualTo(2);
    }

    @Test
    void aShortTermLotWithinThirtyDaysOfLongTerm_isFlagged_andTheHoldingPeriodIsConfigurable() {
        Holding almost = lot(1_000, 500, AS_OF.minusDays(350));   // long-term in 15 days
        Trade sale = new Trade("ETH", Side.SELL, 200, 0.2);
        assertThat(TaxLots.of(AS_OF).annotate(sale, List.of(almost)).nearLongTerm()).isTrue();
        assertThat(TaxLots.of(AS_OF).annotate(sale, List.of(almost)).realisedGain()).isCloseTo(200 * 0.5, within(1e-9));
        // with a 400-day holding period it is 50 days away: not flagged
        assertThat(new TaxLots(AS_OF, 400, 30).annotate(sale, List.of(almost)).nearLongTerm()).isFalse();
        // with a 340-day period it is already long-term
        assertThat(new TaxLots(AS_OF, 340, 30).annotate(sale, List.of(almost)).nearLongTerm()).isFalse();
    }

    @Test
    void lotsWithoutBasis_reportNoGain() {
        Trade t = TaxLots.of(AS_OF).annotate(new Trade("ETH", Side.SELL, 100, 0.1),
                List.of(Holding.ofValue("ETH", Bucket.GROWTH, 1_000)));
        assertThat(t.realisedGain()).isNull();
    }
}
