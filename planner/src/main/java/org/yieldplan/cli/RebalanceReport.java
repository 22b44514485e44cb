package org.yieldplan.cli;

import static org.yieldplan.cli.Format.left;
import static org.yieldplan.cli.Format.money;
import static org.yieldplan.cli.Format.percent;
import static org.yieldplan.cli.Format.right;

import java.util.Locale;
import org.yieldplan.rebalance.DriftRow;
import org.yieldplan.rebalance.RebalancePlan;
import org.yieldplan.rebalance.Trade;

/** The plain-text rebalancing report: drift table, trade list, and whether a sale is needed. */
final class RebalanceReport {

    private RebalanceReport() {
    }

    static String text(String title, RebalancePlan plan) {
        StringBuilder b = new StringBuilder();
        b.append(title).append("\n\n").append(left("Portfolio value", 22)).append(money(plan.totalValue())).append('\n');
        if (plan.contributionUsd() != 0) {
            b.append(left(plan.contributionUsd() > 0 ? "Contribution" : "Withdrawal", 22))
                    .append(money(Math.abs(plan.contributionUsd()))).append('\n');
        }
        b.append("\nDrift (").append(plan.level().name().toLowerCase(Locale.ROOT)).append(" level)\n");
        b.append(left("key", 14)).append(right("value", 14)).append(right("weight", 10)).append(right("target", 10))
                .append(right("band", 18)).append(right("drift", 10)).append(right("relative", 10)).append(right("status", 8))
                .append('\n');
        for (DriftRow r : plan.drift()) {
            b.append(left(r.key(), 14)).append(right(money(r.value()), 14)).append(right(percent(r.weight()), 10))
                    .append(right(percent(r.target()), 10))
                    .append(right(percent(r.min()).replace(" %", "") + "-" + percent(r.max()), 18))
                    .append(right(percent(clean(r.absoluteDrift())), 10))
                    .append(right(r.relativeDrift() == null ? "-" : percent(clean(r.relativeDrift())), 10))
                    .append(right(r.status().name().toLowerCase(Locale.ROOT), 8)).append('\n');
        }
        b.append('\n');
        if (plan.trades().isEmpty()) {
            b.append("No trades: every weight is inside its band.\n");
        } else {
            b.append("Trades\n").append(left("key", 14)).append(right("side", 6)).append(right("amount", 14))
                    .append(right("cost", 10)).append(right("realised gain", 15)).append(right("lots", 6)).append('\n');
            for (Trade t : plan.trades()) {
                b.append(left(t.key(), 14)).append(right(t.side().name().toLowerCase(Locale.ROOT), 6))
                        .append(right(money(t.amount()), 14)).append(right(String.format(Locale.US, "$%,.2f", t.cost()), 10))
                        .append(right(t.realisedGain() == null ? "" : money(t.realisedGain()), 15))
                        .append(right(t.lotsSold() == null ? "" : Integer.toString(t.lotsSold()), 6))
                        .append(Boolean.TRUE.equals(t.nearLongTerm()) ? "  turns long-term within 30 days: consider waiting" : "")
                        .append('\n');
            }
            b.append('\n').append(left("Turnover", 22)).append(money(plan.turnoverUsd())).append(" (")
                    .append(percent(plan.turnover())).append(" of the portfolio)\n");
            b.append(left("Estimated cost", 22)).append(String.format(Locale.US, "$%,.2f", plan.totalCost())).append('\n');
        }
        b.append(left("Sale needed", 22)).append(plan.saleNeeded() ? "yes" : "no"
                + (plan.contributionUsd() > 0 ? ": the contribution does it" : "")).append('\n');
        return b.toString();
    }

    /** Rounding noise (|x| below half a display unit) shown as 0, not "-0.00 %". */
    private static double clean(double x) {
        return Math.abs(x) < 5e-7 ? 0 : x;
    }
}
