package org.yieldplan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Portfolio;
import org.yieldplan.rebalance.BandRule;
import org.yieldplan.rebalance.CostModel;
import org.yieldplan.rebalance.RebalancePlan;
import org.yieldplan.rebalance.Rebalancer;
import org.yieldplan.rebalance.RiskWeights;
import org.yieldplan.rebalance.TaxLots;
import org.yieldplan.rebalance.TradeSettings;
import org.yieldplan.rebalance.Targets;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.template.AllocationTemplate;

/** {@code rebalance}: drift from the targets, band status, and the trades that fix it. */
public final class RebalanceCommand implements Command {

    private static final Set<String> OWN = Set.of("weights", "band", "relative-band", "contribution", "fee-bps",
            "min-trade", "as-of", "holding-period");
    private static final Set<String> FLAGS = Set.of("json", "to-target", "tax-aware", "risk-weights");

    @Override
    public String name() {
        return "rebalance";
    }

    @Override
    public String summary() {
        return "drift from target weights, band breaches, and the trades (contribution first)";
    }

    @Override
    public String usage() {
        return """
                usage: yieldplan rebalance (--scenario FILE | --template ID --amount USD) [--template ID | --weights BTC=0.25,...]
                                           [--band 0.05 | --relative-band 0.25] [--contribution USD] [--to-target]
                                           [--fee-bps 10] [--min-trade 50] [--tax-aware [--as-of DATE] [--holding-period 365]]
                                           [--risk-weights] [--json]

                  --scenario FILE        the portfolio: the scenario's holdings; its template gives the targets
                  --template ID          bucket targets and bands from a template (with --amount: also the portfolio)
                  --weights A=W,...      asset targets instead, e.g. BTC=0.25,ETH=0.25,SOL=0.25,ADA=0.25 (sum to 1)
                  --risk-weights         with a template: asset targets, inverse-volatility weights within each bucket
                  --band W               absolute band: target ± W (default 0.05, or the template's bands)
                  --relative-band R      relative band: target ± R × target
                  --contribution USD     money to add (negative: to withdraw), steered before any sale
                  --to-target            trade back to the targets, not just inside the bands
                  --fee-bps BPS          trading fee in basis points (default 10); slippage from the catalog's liquidity
                  --min-trade USD        drop trades smaller than this (default 0)
                  --tax-aware            sell lots with losses first, then long-term, then short-term gains
                  --as-of DATE           sale date for --tax-aware (default today), e.g. 2025-06-30
                  --holding-period DAYS  days to long-term treatment (default 365)
                  --catalog FILE, --templates FILE, --json  as for income""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Set<String> values = new HashSet<>(ScenarioOptions.VALUES);
        values.addAll(OWN);
        Args a = Args.parse(words, values, FLAGS);
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected '" + a.positional().get(0) + "' (see --help)");
        }
        ScenarioRunner runner = ScenarioOptions.runner(a);
        Scenario scenario = scenario(a, err);
        Portfolio portfolio = runner.portfolio(scenario);
        Targets targets = targets(a, runner, scenario);
        TaxLots tax = a.has("tax-aware") ? taxLots(a) : null;
        double fee = a.has("fee-bps") ? a.number("fee-bps") : 10;
        Rebalancer rebalancer = new Rebalancer(CostModel.of(fee, runner.catalog()), tax);
        TradeSettings settings = new TradeSettings(a.has("contribution") ? a.number("contribution") : 0,
                a.has("to-target"), a.has("min-trade") ? a.number("min-trade") : 0);
        RebalancePlan plan = rebalancer.plan(portfolio, targets, settings);
        out.println(a.has("json") ? Json.pretty(plan) : RebalanceReport.text(scenario.name(), plan));
        return 0;
    }

    private static Scenario scenario(Args a, PrintStream err) {
        if (a.has("scenario")) {
            if (a.has("amount")) {
                throw new UsageException("give --scenario FILE or --template ID --amount USD, not both");
            }
            return SampleFiles.scenario(a.path("scenario"));
        }
        return ScenarioOptions.scenario(a, err);
    }

    private static Targets targets(Args a, ScenarioRunner runner, Scenario scenario) {
        if (a.has("band") && a.has("relative-band")) {
            throw new UsageException("give --band or --relative-band, not both");
        }
        BandRule band = a.has("band") ? BandRule.absolute(a.number("band"))
                : a.has("relative-band") ? BandRule.relative(a.number("relative-band")) : null;
        if (a.has("weights")) {
            if (a.has("risk-weights")) {
                throw new UsageException("--risk-weights derives weights from a template; give it without --weights");
            }
            return Targets.ofWeights(Targets.parseWeights(a.get("weights")), band);
        }
        String id = a.has("template") ? a.get("template") : scenario.template();
        if (id == null || id.isBlank()) {
            throw new UsageException("say what to rebalance to: --template ID or --weights BTC=0.25,... "
                    + "(the scenario names no template)");
        }
        AllocationTemplate template = runner.templates().get(id);
        return a.has("risk-weights") ? RiskWeights.inverseVolatility(template, runner.catalog(), band)
                : Targets.ofTemplate(template, band);
    }

    private static TaxLots taxLots(Args a) {
        LocalDate asOf;
        try {
            asOf = a.has("as-of") ? LocalDate.parse(a.get("as-of").strip()) : LocalDate.now();
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date like 2025-06-30, got '" + a.get("as-of") + "'");
        }
        Integer days = a.integer("holding-period");
        return new TaxLots(asOf, days == null ? 365 : days, 30);
    }
}
