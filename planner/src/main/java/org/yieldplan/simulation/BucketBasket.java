package org.yieldplan.simulation;

import java.util.List;
import java.util.Locale;
import org.yieldplan.market.Position;
import org.yieldplan.market.PriceLeg;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.withdrawal.PlanLedger;

/**
 * One bucket's positions as a fixed-weight basket ({@link MarketModel}): weights ω, mean return, loadings and
 * exposures per asset, yields, failures and the share lost when an asset jumps.
 */
final class BucketBasket {
    final Bucket bucket;
    final double value;
    double liquid;
    /** Mean annual return of the fixed-weight basket, Σ ωᵢaᵢ, aᵢ = Σ eₗgₗ + vᵢ/2 (vᵢ the position's log variance). */
    double mean;
    /** Headline APY Σ ωᵢ·APYᵢ, where the yield starts. */
    double apy;
    /** Sustainable APY Σ ωᵢ·APYᵢ·(1 − reward shareᵢ), where it reverts to. */
    double sustainableApy;
    double yieldVol;
    /** Per asset: Σ ωᵢ·eᵢₐ·σₐ (the bucket's loading on the asset's unit shock). */
    final double[] loading;
    /** Per asset: Σ ωᵢ·eᵢₐ (the share of the asset's log-return the bucket takes). */
    final double[] exposure;
    /** Per asset: the share of the bucket lost when the asset jumps, Σ ωᵢ·(1 − (1 − L)^eᵢₐ). */
    final double[] jumpShare;
    final double[] q;
    final double[] loss;

    BucketBasket(Bucket bucket, List<Position> ps, List<String> assets, double[][] correlations) {
        this.bucket = bucket;
        this.value = ps.stream().mapToDouble(Position::value).sum();
        this.loading = new double[assets.size()];
        this.exposure = new double[assets.size()];
        this.jumpShare = new double[assets.size()];
        this.q = new double[ps.size()];
        this.loss = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            Position p = ps.get(i);
            double w = p.value() / value;                                // ω = value / bucket value
            double[] own = new double[assets.size()];
            double growth = 0;
            for (PriceLeg l : p.legs()) {
                int a = assets.indexOf(l.asset().toUpperCase(Locale.ROOT));
                own[a] += l.exposure() * l.volatility();                   // a pool's log-return ½(r₁ + r₂): ½σ on each leg
                growth += l.exposure() * l.medianGrowth();                 // its median growth ½(g₁ + g₂)
                exposure[a] += w * l.exposure();
                jumpShare[a] += w * (1 - Math.pow(1 - l.jumpLoss(), l.exposure()));   // value ∝ p^e: loses 1 − (1 − L)^e
            }
            double variance = BucketCovariance.quadratic(own, correlations, own);   // vᵢ = ℓᵢᵀ C ℓᵢ
            mean += w * (growth + variance / 2);                           // aᵢ = gᵢ + vᵢ/2 (μ = g + σ²/2)
            for (int a = 0; a < own.length; a++) {
                loading[a] += w * own[a];
            }
            apy += w * p.apy().base();
            sustainableApy += w * p.apy().base() * (1 - p.rewardShare());  // the part not paid in emission tokens
            yieldVol += w * p.yieldVolatility();
            liquid += p.lockupDays() <= PlanLedger.MONTH_DAYS ? w : 0;
            q[i] = p.failureProbability() / 12;                          // monthly probability p/12
            loss[i] = w * p.lossGivenFailure();                          // share of the bucket lost, ω·LGD
        }
    }
}
