package org.yieldplan.cli;

import static org.yieldplan.cli.Format.left;
import static org.yieldplan.cli.Format.money;
import static org.yieldplan.cli.Format.percent;
import static org.yieldplan.cli.Format.right;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.rebalance.BacktestReport;
import org.yieldplan.rebalance.BacktestResult;
import org.yieldplan.rebalance.Backtester;
import org.yieldplan.rebalance.CostModel;
import org.yieldplan.rebalance.PriceHistory;
import org.yieldplan.rebalance.RebalanceRule;
import org.yieldplan.rebalance.Targets;

/** {@code backtest}: rebalancing rules against buy-and-hold on daily price history. */
public final class BacktestCommand implements Command {

    private static final Set<String> VALUES = Set.of("prices", "weights", "rule", "fee-bps", "amount", "risk-free", "catalog");

    @Override
    public String name() {
        return "backtest";
    }

    @Override
    public String summary() {
        return "rebalancing rules against buy-and-hold on daily prices (2021 CoinGecko bundled)";
    }

    @Override
    public String usage() {
        return """
                usage: yieldplan backtest --weights BTC=0.25,ETH=0.25,SOL=0.25,ADA=0.25 [--rule all] [--prices DIR]
                                          [--fee-bps 10] [--amount 10000] [--risk-free 0] [--json]

                  --weights A=W,...   target weights, summing to 1; every asset needs a price file
                  --rule RULES        none, weekly, monthly, quarterly, yearly, band:0.05, quarterly+band:0.05
                                      (calendar check, trade only outside the band), a comma list, or all (default)
                  --prices DIR        daily price files (index.csv: symbol,file; or SYMBOL.csv); default: the bundled
                                      2021 CoinGecko closes for BTC, ETH, SOL, ADA, DOT, ATOM
                  --fee-bps BPS       fee per trade (default 10); slippage from the catalog's liquidity (--catalog FILE)
                  --amount USD        starting value (default 10000; matters only for slippage)
                  --risk-free RATE    annual risk-free rate for the Sharpe ratio (default 0)
                  --json              print the report as JSON""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Args a = Args.parse(words, VALUES, Set.of("json"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected '" + a.positional().get(0) + "' (see --help)");
        }
        if (!a.has("weights")) {
            throw new UsageException("give --weights, e.g. BTC=0.25,ETH=0.25,SOL=0.25,ADA=0.25");
        }
        List<RebalanceRule> rules = RebalanceRule.parse(a.has("rule") ? a.get("rule") : "all");
        PriceHistory prices = a.has("prices") ? PriceFiles.read(a.path("prices")) : PriceFiles.bundled();
        double fee = a.has("fee-bps") ? a.number("fee-bps") : 10;
        CostModel costs = CostModel.of(fee, a.has("catalog") ? SampleFiles.catalog(a.path("catalog")) : SampleFiles.catalog());
        BacktestReport report = new Backtester(costs).compare(prices, Targets.parseWeights(a.get("weights")), rules,
                a.has("amount") ? a.number("amount") : 10_000, a.has("risk-free") ? a.number("risk-free") : 0);
        out.println(a.has("json") ? Json.pretty(report) : text(report));
        return 0;
    }

    static String text(BacktestReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Backtest ").append(r.from()).append(" to ").append(r.to()).append(", ").append(money(r.initialUsd()))
                .append(" at ").append(r.weights()).append(", fee ").append(String.format(Locale.US, "%.1f", r.feeBps()))
                .append(" bps + slippage\n\n");
        b.append(left("rule", 22)).append(right("final", 12)).append(right("annual", 11)).append(right("vol", 10))
                .append(right("max DD", 10)).append(right("Sharpe", 8)).append(right("turnover", 10))
                .append(right("costs", 10)).append(right("trades", 7)).append(right("vs B&H", 11)).append('\n');
        for (BacktestResult x : r.results()) {
            b.append(left(x.rule(), 22)).append(right(money(x.finalValue()), 12)).append(right(percent(x.annualReturn()), 11))
                    .append(right(percent(x.volatility()), 10)).append(right(percent(x.maxDrawdown()), 10))
                    .append(right(x.sharpe() == null ? "-" : String.format(Locale.US, "%.2f", x.sharpe()), 8))
                    .append(right(percent(x.turnover()), 10)).append(right(String.format(Locale.US, "$%,.2f", x.costs()), 10))
                    .append(right(Integer.toString(x.rebalances()), 7)).append(right(percent(x.gainVsBuyAndHold()), 11))
                    .append('\n');
        }
        b.append("\nannual: (final/start)^(365/days) − 1; vol: sd of daily returns × √365; Sharpe: (mean daily × 365 − ")
                .append(percent(r.riskFreeRate())).append(") / vol; turnover: Σ ½Σ|trade|/value; vs B&H: annual − buy-and-hold's\n");
        return b.toString();
    }
}
