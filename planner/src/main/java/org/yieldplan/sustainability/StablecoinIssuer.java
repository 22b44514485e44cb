package org.yieldplan.sustainability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yieldplan.market.Catalog;

/**
 * One stablecoin issuer across all buckets: more than {@code limit} (default 50 %) of the portfolio's value rests on
 * coins of one issuer (USDC lent, USDC in pools, EURC...): a freeze, a depeg or a banking failure at that issuer hits
 * all of it at once, whichever protocol holds the coins. Exposure = Σ value × (legs issued by it / legs) (a USDC
 * loan counts whole, ETH/USDC half) / Σ value. Issuers of the common coins are listed in {@link #ISSUERS} (from the
 * issuers' own disclosures); another stablecoin counts as its own issuer. Fires when exposure &gt; limit.
 *
 * @param limit the largest share of the value on one issuer, a fraction
 */
public record StablecoinIssuer(double limit) implements PortfolioRule {

    /** The rule's identifier. */
    public static final String ID = "stablecoin-issuer";

    /** Issuer of each common stablecoin (upper-case symbol). */
    static final Map<String, String> ISSUERS = Map.ofEntries(
            Map.entry("USDC", "Circle"), Map.entry("EURC", "Circle"),
            Map.entry("USDT", "Tether"), Map.entry("EURT", "Tether"),
            Map.entry("DAI", "Sky (MakerDAO)"), Map.entry("USDS", "Sky (MakerDAO)"),
            Map.entry("PYUSD", "Paxos"), Map.entry("USDP", "Paxos"),
            Map.entry("FRAX", "Frax"), Map.entry("CRVUSD", "Curve"), Map.entry("GHO", "Aave"),
            Map.entry("LUSD", "Liquity"), Map.entry("USDE", "Ethena"), Map.entry("FDUSD", "First Digital"),
            Map.entry("TUSD", "TrueUSD"), Map.entry("GUSD", "Gemini"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Flag> check(PortfolioFacts portfolio) {
        double total = portfolio.totalValue();
        if (!(total > 0)) {
            return List.of();
        }
        Map<String, Double> byIssuer = new LinkedHashMap<>();
        Map<String, String> coins = new LinkedHashMap<>();
        for (PositionFacts p : portfolio.positions()) {
            if (p.stableShare() <= 0) {
                continue;
            }
            List<String> legs = Catalog.legs(p.asset());
            for (String leg : legs) {
                String issuer = ISSUERS.get(leg.toUpperCase(Locale.ROOT));
                if (issuer != null) {
                    byIssuer.merge(issuer, p.valueUsd() / legs.size(), Double::sum);     // value × 1/legs
                    coins.merge(issuer, leg, (a, b) -> a.contains(b) ? a : a + ", " + b);
                }
            }
        }
        return byIssuer.entrySet().stream().filter(e -> e.getValue() / total > limit).map(e -> {
            double share = e.getValue() / total;                                         // exposure / portfolio value
            return new Flag(ID, Severity.WARNING, "stablecoin issuer " + e.getKey(),
                    Evidence.format(share, Evidence.Unit.SHARE) + " of the portfolio (" + Evidence.format(e.getValue(),
                            Evidence.Unit.USD) + ") rests on " + coins.get(e.getKey()) + " issued by " + e.getKey()
                            + ", across every protocol that holds it, above the " + Evidence.format(limit, Evidence.Unit.SHARE)
                            + " limit: a freeze or depeg at the issuer hits all of it at once.",
                    List.of(Evidence.share("share", share), Evidence.usd("value", e.getValue()),
                            Evidence.share("limit", limit)));
        }).toList();
    }
}
