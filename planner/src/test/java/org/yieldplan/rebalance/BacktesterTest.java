package org.yieldplan.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktesterTest {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);

    static PriceSeries series(String name, double... closes) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            dates.add(START.plusDays(i));
        }
        return new PriceSeries(name, dates, closes);
    }

    static PriceHistory history(Map<String, PriceSeries> s) {
        return new PriceHistory(s);
    }

    @Test
    void constantPrices_everyRuleEqualsBuyAndHold_withNoCosts() {
        double[] flat = new double[200];
        java.util.Arrays.fill(flat, 40.0);
        double[] flat2 = new double[200];
        java.util.Arrays.fill(flat2, 3.0);
        PriceHistory prices = history(Map.of("AAA", series("a", flat), "BBB", series("b", flat2)));
        BacktestReport r = new Backtester(CostModel.feeOnly(25)).compare(prices, Map.of("AAA", 0.3, "BBB", 0.7),
                RebalanceRule.all(), 10_000, 0);
        assertThat(r.results()).hasSize(9);
        for (BacktestResult x : r.results()) {
            assertThat(x.finalValue()).as(x.rule()).isCloseTo(10_000, within(1e-9));
            assertThat(x.annualReturn()).as(x.rule()).isCloseTo(0, within(1e-12));
            assertThat(x.costs()).as(x.rule()).isZero();
            assertThat(x.turnover()).as(x.rule()).isZero();
            assertThat(x.maxDrawdown()).as(x.rule()).isZero();
            assertThat(x.gainVsBuyAndHold()).as(x.rule()).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void twoAssetSeries_dailyBandRebalancing_matchesTheHandCalculation() {
        // A doubles, halves, doubles, halves; B stays at 1. 50/50, band 5 points, fee 10 bps, no slippage.
        // Up day: V → 1.5 V, A is 2/3: trade ¼V each way (½V traded), cost 0.001 × ½V → V × (1.5 − 0.0005)
        // Down day: V → 0.75 V, A is 1/3: trade ⅛V each way (¼V traded), cost 0.001 × ¼V → V × (0.75 − 0.00025)
        PriceHistory prices = history(new LinkedHashMap<>(Map.of(
                "A", series("a", 1, 2, 1, 2, 1), "B", series("b", 1, 1, 1, 1, 1))));
        Map<String, Double> w = Map.of("A", 0.5, "B", 0.5);
        BacktestReport r = new Backtester(CostModel.feeOnly(10)).compare(prices, w,
                List.of(new RebalanceRule.BuyAndHold(), new RebalanceRule.Band(0.05)), 1_000, 0);
        BacktestResult hold = r.results().get(0);
        BacktestResult band = r.results().get(1);
        double up = 1.5 - 0.0005;
        double down = 0.75 - 0.00025;
        double expected = 1_000 * up * down * up * down;
        assertThat(hold.finalValue()).isCloseTo(1_000, within(1e-9));
        assertThat(band.finalValue()).isCloseTo(expected, within(1e-9));
        assertThat(band.rebalances()).isEqualTo(4);
        assertThat(band.turnover()).isCloseTo(4 * (1.0 / 6), within(1e-12));   // ¼V/1.5V = ⅛V/0.75V = 1/6 each day
        double costs = 1_000 * (0.0005 + up * 0.00025 + up * down * 0.0005 + up * down * up * 0.00025);
        assertThat(band.costs()).isCloseTo(costs, within(1e-9));
        assertThat(band.annualReturn()).isCloseTo(Math.pow(expected / 1_000, 365.0 / 4) - 1, within(1e-9));
        assertThat(band.gainVsBuyAndHold()).isCloseTo(band.annualReturn() - hold.annualReturn(), within(1e-12));
        // buy-and-hold's value path 1000, 1500, 1000, 1500, 1000: drawdown 1/3; daily returns +50 %, −33.3 %
        assertThat(hold.maxDrawdown()).isCloseTo(1.0 / 3, within(1e-12));
        double[] ret = {0.5, -1.0 / 3, 0.5, -1.0 / 3};
        double mean = (0.5 - 1.0 / 3) / 2;
        double sd = Math.sqrt((2 * Math.pow(ret[0] - mean, 2) + 2 * Math.pow(ret[1] - mean, 2)) / 3);   // sample sd, n − 1 = 3
        assertThat(hold.volatility()).isCloseTo(sd * Math.sqrt(365), within(1e-9));
        assertThat(hold.sharpe()).isCloseTo(mean * 365 / (sd * Math.sqrt(365)), within(1e-9));
    }

    @Test
    void calendarRules_tradeOnTheFirstDayOfEachNewPeriod() {
        double[] a = new double[400];
        double[] b = new double[400];
        for (int i = 0; i < 400; i++) {
            a[i] = 1 + 0.01 * i;   // keeps drifting, so every calendar check trades
            b[i] = 1;
        }
        PriceHistory prices = history(Map.of("A", series("a", a), "B", series("b", b)));
        Backtester bt = new Backtester(CostModel.feeOnly(0));
        Map<String, Double> w = Map.of("A", 0.5, "B", 0.5);
        // 2021-01-01 + 399 days = 2022-02-04: new months Feb 2021 .. Feb 2022 = 13, quarters 4 (Apr, Jul, Oct, Jan), years 1
        assertThat(bt.run(prices, w, new RebalanceRule.Calendar(RebalanceRule.Period.MONTHLY), 1, 0).rebalances()).isEqualTo(13);
        assertThat(bt.run(prices, w, new RebalanceRule.Calendar(RebalanceRule.Period.QUARTERLY), 1, 0).rebalances()).isEqualTo(4);
        assertThat(bt.run(prices, w, new RebalanceRule.Calendar(RebalanceRule.Period.YEARLY), 1, 0).rebalances()).isEqualTo(1);
        // 2021-01-01 is a Friday: Mondays from 2021-01-04 to 2022-01-31 = 57
        assertThat(bt.run(prices, w, new RebalanceRule.Calendar(RebalanceRule.Period.WEEKLY), 1, 0).rebalances()).isEqualTo(57);
    }

    @Test
    void badInput_isNamed() {
        PriceHistory prices = history(Map.of("BTC", series("btc", 1, 2, 3), "ETH", series("eth", 1, 2, 3)));
        Backtester bt = new Backtester(CostModel.feeOnly(10));
        assertThatThrownBy(() -> bt.compare(prices, Map.of("BTC", 0.5, "ETH", 0.4), RebalanceRule.all(), 1, 0))
                .hasMessageContaining("weights: sum to 0.9");
        assertThatThrownBy(() -> bt.compare(prices, Map.of("BTC", 0.5, "XRP", 0.5), RebalanceRule.all(), 1, 0))
                .hasMessageContaining("no prices for asset XRP");
        assertThatThrownBy(() -> RebalanceRule.parse("band:-0.05")).hasMessageContaining("band -0.05 is negative");
        assertThatThrownBy(() -> RebalanceRule.parse("fortnightly")).hasMessageContaining("unknown rule 'fortnightly'");
        List<LocalDate> gap = List.of(START, START.plusDays(1), START.plusDays(3));
        assertThatThrownBy(() -> new PriceSeries("btc.csv", gap, new double[] {1, 2, 3}))
                .hasMessageContaining("btc.csv").hasMessageContaining("gap: no price for 2021-01-03");
    }
}
