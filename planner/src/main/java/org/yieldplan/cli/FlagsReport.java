package org.yieldplan.cli;

import static org.yieldplan.cli.Format.left;
import static org.yieldplan.cli.Format.money;
import static org.yieldplan.cli.Format.percent;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.sustainability.Evidence;
import org.yieldplan.sustainability.Flag;
import org.yieldplan.sustainability.Severity;
import org.yieldplan.sustainability.SustainableYield;
import org.yieldplan.sustainability.YieldCut;

/** The plain-text sustainability report: yields side by side, flags by severity with their evidence. */
final class FlagsReport {

    private final ScenarioResult result;

    FlagsReport(ScenarioResult result) {
        this.result = result;
    }

    /** The full report, for {@code flags}. */
    String text() {
        StringBuilder b = new StringBuilder();
        b.append(result.scenario().name()).append(": sustainability screen\n\n");
        b.append(yields());
        if (result.flags().isEmpty()) {
            b.append("\nNo flags: every yield passed the screen.\n");
        }
        for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
            List<Flag> fs = result.flags().stream().filter(f -> f.severity() == s).toList();
            if (fs.isEmpty()) {
                continue;
            }
            b.append('\n').append(s.name()).append(" (").append(fs.size()).append(")\n");
            for (Flag f : fs) {
                b.append("  ").append(f.subject()).append("  [").append(f.rule()).append("]\n");
                b.append("    ").append(f.message()).append('\n');
                b.append("    ").append(f.evidence().stream().map(Evidence::toString).collect(Collectors.joining(" | ")))
                        .append('\n');
            }
        }
        List<YieldCut> cuts = result.sustainable().sustainableCuts();
        if (!cuts.isEmpty()) {
            b.append("\nCut in the sustainable yield\n");
            for (YieldCut c : cuts) {
                b.append("  ").append(left(c.subject(), 48)).append(percent(c.apy())).append(" -> ")
                        .append(percent(c.sustainableApy())).append("  (").append(String.join(", ", c.rules())).append(")\n");
            }
        }
        return b.toString();
    }

    /** The short form, for the end of the income report: the yields and one line per flag. */
    String brief() {
        StringBuilder b = new StringBuilder("\nSustainability\n").append(yields());
        if (result.flags().isEmpty()) {
            b.append("No flags.\n");
        }
        for (Flag f : result.flags()) {
            b.append("  ").append(left(f.severity().name().toLowerCase(Locale.ROOT), 9)).append(left(f.rule(), 32))
                    .append(f.subject()).append('\n');
        }
        if (!result.flags().isEmpty()) {
            b.append("('yieldplan flags' gives the reasons and the evidence.)\n");
        }
        return b.toString();
    }

    private String yields() {
        SustainableYield s = result.sustainable();
        return left("Blended APY (base)", 26) + percent(s.blendedApyBase()) + '\n'
                + left("Sustainable APY", 26) + percent(s.sustainableApy()) + '\n'
                + left("Yield that will not last", 26) + percent(s.unsustainableApy()) + '\n'
                + left("Sustainable income", 26) + money(s.sustainableAnnualIncome()) + " a year, "
                + money(s.sustainableMonthlyIncome()) + " a month\n";
    }
}
