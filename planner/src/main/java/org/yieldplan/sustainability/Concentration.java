package org.yieldplan.sustainability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Concentration: one protocol, chain or asset holds more than its limit of the portfolio's value
 * (defaults 25 %, 50 %, 40 %): a single exploit or outage (protocol, chain) or price fall (asset) hits it all
 * (correlated DeFi risk). Share = Σ value with that protocol (chain, asset) / Σ value. Positions that do not name a
 * protocol or chain are left out of those groups (but count in the total), and so are spot holdings (growth and
 * cash without a protocol): no protocol failure can touch them. The asset is the one whose price moves the
 * position: a receipt counts as its underlying (stETH as ETH), a pair as its volatile leg. Fires when share &gt;
 * limit.
 *
 * @param protocolLimit the largest share for one protocol, a fraction
 * @param chainLimit    the largest share for one chain
 * @param assetLimit    the largest share for one asset
 */
public record Concentration(double protocolLimit, double chainLimit, double assetLimit) implements PortfolioRule {

    /** The rule's identifier. */
    public static final String ID = "concentration";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Flag> check(PortfolioFacts portfolio) {
        List<Flag> out = new ArrayList<>();
        out.addAll(check(portfolio, "protocol", p -> p.protocolRisk() ? p.protocol() : null, protocolLimit,
                "one failure there hits all of it"));
        out.addAll(check(portfolio, "chain", p -> p.protocolRisk() ? p.chain() : null, chainLimit,
                "one failure there (an exploit, a halt, a bridge) hits all of it"));
        out.addAll(check(portfolio, "asset", PositionFacts::priceAsset, assetLimit, "one fall in its price hits all of it"));
        return out;
    }

    private static List<Flag> check(PortfolioFacts portfolio, String kind, Function<PositionFacts, String> key, double limit,
                                    String consequence) {
        double total = portfolio.totalValue();
        if (!(total > 0)) {
            return List.of();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (PositionFacts p : portfolio.positions()) {
            String k = key.apply(p);
            if (k != null && !k.isBlank()) {
                values.merge(k.strip(), p.valueUsd(), Double::sum);
            }
        }
        List<Flag> out = new ArrayList<>();
        values.forEach((name, value) -> {
            double share = value / total;                       // value with it / portfolio value
            if (share > limit) {
                out.add(new Flag(ID, Severity.WARNING, kind + " " + name,
                        Evidence.format(share, Evidence.Unit.SHARE) + " of the portfolio (" + Evidence.format(value, Evidence.Unit.USD)
                                + ") is on " + kind + " " + name + ", above the " + Evidence.format(limit, Evidence.Unit.SHARE)
                                + " limit: " + consequence + ".",
                        List.of(Evidence.share("share", share), Evidence.usd("value", value),
                                Evidence.share("limit", limit))));
            }
        });
        return out;
    }
}
