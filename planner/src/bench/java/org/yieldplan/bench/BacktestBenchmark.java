package org.yieldplan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.rebalance.BacktestReport;
import org.yieldplan.rebalance.Backtester;
import org.yieldplan.rebalance.CostModel;
import org.yieldplan.rebalance.PriceCsv;
import org.yieldplan.rebalance.PriceHistory;
import org.yieldplan.rebalance.PriceSeries;
import org.yieldplan.rebalance.RebalanceRule;

/** All nine backtest rules on the bundled 2021 closes of BTC, ETH, SOL, ADA (365 days), with slippage. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class BacktestBenchmark {

    private PriceHistory prices;
    private final Backtester backtester = new Backtester(CostModel.of(10, SampleFiles.catalog()));
    private final Map<String, Double> weights = Map.of("BTC", 0.25, "ETH", 0.25, "SOL", 0.25, "ADA", 0.25);

    @Setup
    public void read() throws IOException {
        Map<String, PriceSeries> s = new LinkedHashMap<>();
        for (String[] f : new String[][] {{"BTC", "bitcoin"}, {"ETH", "ethereum"}, {"SOL", "solana"}, {"ADA", "cardano"}}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("samples/prices/" + f[1] + ".csv")) {
                s.put(f[0], PriceCsv.parse(f[1], new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()));
            }
        }
        prices = new PriceHistory(s);
    }

    @Benchmark
    public BacktestReport allRulesFourCoins2021() {
        return backtester.compare(prices, weights, RebalanceRule.all(), 10_000, 0);
    }
}
