package org.yieldplan.portfolio;

import org.yieldplan.input.InvalidField;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One position: an asset held in one bucket, at one protocol on one chain.
 *
 * @param asset           the asset symbol, e.g. {@code ETH}, or a pair for a liquidity position, e.g. {@code ETH/USDC}
 * @param quantity        units held, or {@code null} when only the value is known
 * @param priceUsd        price of one unit in USD, or {@code null} when only the value is known
 * @param valueUsd        market value in USD (quantity × price when both are known); never negative
 * @param bucket          where the income comes from
 * @param bucketInferred  true when the bucket was guessed from protocol and asset, not stated
 * @param protocol        e.g. {@code Lido}, {@code Aave}; may be {@code null}
 * @param chain           e.g. {@code Ethereum}; may be {@code null}
 * @param apyBase         the part of the APY paid from fees, interest or protocol rewards, a fraction a year;
 *                        {@code null} when the holding states none (the catalog then supplies it)
 * @param apyReward       the part paid in incentive (emission) tokens, a fraction a year; {@code null} as above
 * @param lockupDays      lock-up or unbonding period in days, or {@code null} when unknown
 * @param costBasisUsd    what was paid for the whole position in USD, or {@code null}
 * @param acquired        when it was acquired, or {@code null}
 * @param pool            the DeFiLlama pool it is in (the sheet's pool id, or the pool it was matched to), or {@code null}
 */
public record Holding(
        String asset,
        Double quantity,
        Double priceUsd,
        double valueUsd,
        Bucket bucket,
        boolean bucketInferred,
        String protocol,
        String chain,
        Double apyBase,
        Double apyReward,
        Integer lockupDays,
        Double costBasisUsd,
        LocalDate acquired,
        PoolLink pool) {

    public Holding {
        if (asset == null || asset.isBlank()) {
            throw new InvalidField("asset", "a holding needs an asset symbol");
        }
        asset = asset.strip();
        Objects.requireNonNull(bucket, "bucket");
        if (!(valueUsd >= 0) || Double.isInfinite(valueUsd)) {
            throw new InvalidField("valueUsd", "" + asset + " has value " + valueUsd
                    + "; a value must be a finite number of zero or more");
        }
        requireNonNegative("quantity", asset, quantity);
        requireNonNegative("priceUsd", asset, priceUsd);
        requireNonNegative("apyBase", asset, apyBase);
        requireNonNegative("apyReward", asset, apyReward);
        if (lockupDays != null && lockupDays < 0) {
            throw new InvalidField("lockupDays", "" + asset + " has " + lockupDays + " days; use 0 or more");
        }
    }

    /** A holding in no named pool. */
    public Holding(String asset, Double quantity, Double priceUsd, double valueUsd, Bucket bucket, boolean bucketInferred,
            String protocol, String chain, Double apyBase, Double apyReward, Integer lockupDays, Double costBasisUsd,
            LocalDate acquired) {
        this(asset, quantity, priceUsd, valueUsd, bucket, bucketInferred, protocol, chain, apyBase, apyReward, lockupDays,
                costBasisUsd, acquired, null);
    }

    /** A holding known only by its value, with no stated APY: the catalog supplies the yield. */
    public static Holding ofValue(String asset, Bucket bucket, double valueUsd) {
        return new Holding(asset, null, null, valueUsd, bucket, false, null, null, null, null, null, null, null);
    }

    /** True when the holding states its own APY (base, reward or both). */
    public boolean hasOwnApy() {
        return apyBase != null || apyReward != null;
    }

    /** The stated total APY, base + reward, a fraction a year; 0 for a part not stated. */
    public double statedApy() {
        return (apyBase == null ? 0 : apyBase) + (apyReward == null ? 0 : apyReward);
    }

    /** A copy with another value (quantity scaled with it when known). */
    public Holding withValue(double newValue) {
        Double q = quantity == null || valueUsd == 0 ? quantity : quantity * newValue / valueUsd;
        return new Holding(asset, q, priceUsd, newValue, bucket, bucketInferred, protocol, chain,
                apyBase, apyReward, lockupDays, costBasisUsd, acquired, pool);
    }

    /** A copy with another yield (base and reward, fractions a year) taken from a pool. */
    public Holding withPoolYield(double base, double reward, PoolLink link) {
        return new Holding(asset, quantity, priceUsd, valueUsd, bucket, bucketInferred, protocol, chain, base, reward,
                lockupDays, costBasisUsd, acquired, link);
    }

    /** A copy in another pool (its yield as stated). */
    public Holding withPool(PoolLink link) {
        return new Holding(asset, quantity, priceUsd, valueUsd, bucket, bucketInferred, protocol, chain, apyBase,
                apyReward, lockupDays, costBasisUsd, acquired, link);
    }

    private static void requireNonNegative(String field, String asset, Double v) {
        if (v != null && (!(v >= 0) || Double.isInfinite(v))) {
            throw new InvalidField(field, "" + asset + " has " + v + "; use a finite number of zero or more");
        }
    }
}
