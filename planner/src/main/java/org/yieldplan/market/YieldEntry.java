package org.yieldplan.market;

import java.time.LocalDate;
import org.yieldplan.portfolio.Bucket;

/**
 * Yield and risk of one asset in one bucket (e.g. ETH staking), or a bucket's default when
 * {@code asset} is {@code null}.
 *
 * @param asset              the asset symbol or pair ({@code ETH/USDC}); {@code null} for a bucket default
 * @param bucket             the bucket
 * @param apy                APY low / base / high, fractions a year (DOMAIN.md's ranges)
 * @param rewardShare        share of the APY paid in incentive (emission) tokens, 0-1
 * @param apyMean30d         30-day mean APY when known, a fraction a year, else {@code null}
 * @param yieldVolatility    annual standard deviation of the APY around its base, in APY points (0.01 = 1 point)
 * @param lockupDays         lock-up or unbonding period in days
 * @param failureProbability annual probability that the protocol fails (exploit, insolvency, slashing, depeg), 0-1
 * @param lossGivenFailure   share of the position lost when it fails, 0-1
 * @param apySource          where the APY range and reward share came from
 * @param riskSource         where the lock-up, yield volatility and failure figures came from
 * @param asOf               the date the figures were last set against their sources
 * @param pool               the DeFiLlama pool standing for the entry on a date ({@code catalog refresh}), or {@code null}
 */
public record YieldEntry(
        String asset,
        Bucket bucket,
        YieldRange apy,
        double rewardShare,
        Double apyMean30d,
        double yieldVolatility,
        int lockupDays,
        double failureProbability,
        double lossGivenFailure,
        String apySource,
        String riskSource,
        LocalDate asOf,
        PoolQuote pool) {

    public YieldEntry {
        String at = "entries." + (asset == null ? "" : asset + ".") + (bucket == null ? "?" : bucket.id());
        if (bucket == null) {
            throw new IllegalArgumentException(at + ": an entry needs a bucket");
        }
        if (apy == null) {
            throw new IllegalArgumentException(at + ".apy: needs low, base and high");
        }
        Checks.nonNegative(at + ".apy.low", apy.low());
        Checks.fraction(at + ".rewardShare", rewardShare);
        Checks.nonNegative(at + ".yieldVolatility", yieldVolatility);
        if (lockupDays < 0) {
            throw new IllegalArgumentException(at + ".lockupDays: must be zero or more, got " + lockupDays);
        }
        Checks.fraction(at + ".failureProbability", failureProbability);
        Checks.fraction(at + ".lossGivenFailure", lossGivenFailure);
        Checks.source(at + ".apySource", apySource);
        Checks.source(at + ".riskSource", riskSource);
        Checks.date(at + ".asOf", asOf);
    }

    /** This entry with a pool's figures: the quote, and its 30-day mean as the entry's. */
    public YieldEntry withPool(PoolQuote quote) {
        return new YieldEntry(asset, bucket, apy, rewardShare, quote.apyMean30d() != null ? quote.apyMean30d() : apyMean30d,
                yieldVolatility, lockupDays, failureProbability, lossGivenFailure, apySource, riskSource, asOf, quote);
    }

    /** Expected annual loss rate from protocol failure: p × LGD, a fraction of value a year. */
    public double expectedLossRate() {
        return failureProbability * lossGivenFailure;
    }
}
