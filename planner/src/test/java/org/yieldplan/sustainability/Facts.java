package org.yieldplan.sustainability;

import org.yieldplan.market.YieldRange;
import org.yieldplan.portfolio.Bucket;

/** Test positions: a plain lending position with every figure settable, one at a time. */
final class Facts {

    private String subject = "position";
    private String asset = "USDC";
    private Bucket bucket = Bucket.LENDING;
    private String protocol;
    private String chain;
    private String priceAsset = "USDC";
    private double value = 1_000;
    private double apy = 0.05;
    private double reward;
    private Double mean30d;
    private double inflation;
    private YieldRange normal = new YieldRange(0.02, 0.05, 0.08);
    private boolean pair;
    private boolean stable;
    private double pairVolatility;
    private Double rangeFactor;
    private String receipt;
    private int lockup;
    private Double stableShare;

    static Facts position() {
        return new Facts();
    }

    Facts subject(String s) { subject = s; return this; }
    Facts asset(String a) { asset = a; priceAsset = a; return this; }
    Facts bucket(Bucket b) { bucket = b; return this; }
    Facts protocol(String p) { protocol = p; return this; }
    Facts chain(String c) { chain = c; return this; }
    Facts value(double v) { value = v; return this; }
    Facts apy(double a) { apy = a; return this; }
    Facts reward(double r) { reward = r; return this; }
    Facts mean30d(Double m) { mean30d = m; return this; }
    Facts inflation(double i) { inflation = i; return this; }
    Facts normal(double low, double base, double high) { normal = new YieldRange(low, base, high); return this; }
    Facts pair(double volatility) { pair = true; pairVolatility = volatility; return this; }
    Facts stable(boolean s) { stable = s; return this; }
    Facts rangeFactor(Double n) { rangeFactor = n; return this; }
    Facts receipt(String r) { receipt = r; return this; }
    Facts lockup(int days) { lockup = days; return this; }
    Facts stableShare(double share) { stableShare = share; return this; }

    PositionFacts build() {
        return new PositionFacts(subject, asset, bucket, protocol, chain, priceAsset, value, apy, reward, mean30d,
                inflation, normal, "test range", pair, stable, pairVolatility, rangeFactor, receipt, lockup,
                stableShare != null ? stableShare : stable ? 1 : 0);
    }
}
