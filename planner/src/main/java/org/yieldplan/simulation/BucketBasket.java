package org.yieldplan.simulation;

import java.util.List;
import java.util.Locale;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.withdrawal.PlanLedger;

/** One bucket's positions as a fixed-weight basket: weights ω, drift, loadings, yield, failures ({@link MarketModel}). */
final class BucketBasket {
    final Bucket bucket;
    final double value;
    double liquid;
    double mu;
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
            double sigma = p.pair() ? p.volatility() / 2 : p.volatility();
            double drift = p.pair() ? p.drift() / 2 : p.drift();                 // an LP moves with √(price ratio)
            mu += w * drift;
            loading[assets.indexOf(p.priceAsset().toUpperCase(Locale.ROOT))] += w * sigma;
            apy += w * p.apy().base();
            yieldVol += w * p.yieldVolatility();
            liquid += p.lockupDays() <= PlanLedger.MONTH_DAYS ? w : 0;
            q[i] = p.failureProbability() / 12;                          // monthly probability p/12
            loss[i] = w * p.lossGivenFailure();                          // share of the bucket lost, ω·LGD
        }
    }
}
