package org.yieldplan.simulation;

import java.util.List;
import java.util.Locale;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.withdrawal.PlanLedger;

/** One bucket's positions as a fixed-weight basket: weights ω, log drift, loadings, yield, failures ({@link MarketModel}). */
final class BucketBasket {
    final Bucket bucket;
    final double value;
    double liquid;
    /** Mean annual return of the fixed-weight basket, Σ ωᵢaᵢ. */
    double mean;
    double apy;
    double yieldVol;
    final double[] loading;
    final double[] q;
    final double[] loss;

    BucketBasket(Bucket bucket, List<Position> ps, List<String> assets) {
        this.bucket = bucket;
        this.value = ps.stream().mapToDouble(Position::value).sum();
        this.loading = new double[assets.size()];
        this.q = new double[ps.size()];
        this.loss = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            Position p = ps.get(i);
            double w = p.value() / value;                                // ω = value / bucket value
            double s = p.volatility();
            double sigma = p.pair() ? s / 2 : s;
            // mean return: μ; an LP (value ∝ √ratio, log-return half the leg's) has e^((μ − σ²/2)/2 + σ²/8) − 1 ≈ μ/2 − σ²/8
            mean += w * (p.pair() ? p.drift() / 2 - s * s / 8 : p.drift());
            loading[assets.indexOf(p.priceAsset().toUpperCase(Locale.ROOT))] += w * sigma;
            apy += w * p.apy().base();
            yieldVol += w * p.yieldVolatility();
            liquid += p.lockupDays() <= PlanLedger.MONTH_DAYS ? w : 0;
            q[i] = p.failureProbability() / 12;                          // monthly probability p/12
            loss[i] = w * p.lossGivenFailure();                          // share of the bucket lost, ω·LGD
        }
    }
}
