package org.yieldplan.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;

/**
 * One bucket's inputs to the income model, averaged over its positions by value exactly as
 * {@link org.yieldplan.income.IncomeProjector#schedule} does: {@code x_b = Σ vᵢ·xᵢ / Σ vᵢ}
 * (0 for an empty bucket). The bucket's loss given failure is implied, {@code LGD_b = L_b / p_b},
 * so that failure probability × loss given failure gives back the value-weighted expected loss
 * rate {@code L_b = Σ vᵢ·pᵢ·LGDᵢ / Σ vᵢ} (the plain weighted LGD when p_b is 0).
 *
 * @param bucket             the bucket
 * @param valueUsd           Σ value, USD
 * @param apyLow             value-weighted low APY, a fraction a year
 * @param apyBase            value-weighted base APY, a fraction a year (drives the schedule)
 * @param apyHigh            value-weighted high APY, a fraction a year
 * @param rewardShare        share of the base APY paid in emission tokens, 0-1
 * @param failureProbability value-weighted annual failure probability, 0-1
 * @param lossGivenFailure   implied loss given failure, 0-1
 * @param lossRate           value-weighted expected loss rate p × LGD, a fraction a year
 */
record BucketFigures(Bucket bucket, double valueUsd, double apyLow, double apyBase, double apyHigh,
                     double rewardShare, double failureProbability, double lossGivenFailure, double lossRate) {

    /** The figures of every bucket held, in bucket order (the schedule's order). */
    static List<BucketFigures> of(List<Position> positions) {
        Map<Bucket, List<Position>> groups = new EnumMap<>(Bucket.class);
        for (Position p : positions) {
            groups.computeIfAbsent(p.bucket(), b -> new ArrayList<>()).add(p);
        }
        List<BucketFigures> out = new ArrayList<>();
        groups.forEach((bucket, ps) -> out.add(of(bucket, ps)));
        return out;
    }

    private static BucketFigures of(Bucket bucket, List<Position> ps) {
        double v = ps.stream().mapToDouble(Position::value).sum();
        if (!(v > 0)) {
            return new BucketFigures(bucket, v, 0, 0, 0, 0, 0, 0, 0);
        }
        double low = ps.stream().mapToDouble(p -> p.value() * p.apy().low()).sum() / v;
        double base = ps.stream().mapToDouble(p -> p.value() * p.apy().base()).sum() / v;
        double high = ps.stream().mapToDouble(p -> p.value() * p.apy().high()).sum() / v;
        double reward = ps.stream().mapToDouble(p -> p.value() * p.rewardApy()).sum() / v;
        double failure = ps.stream().mapToDouble(p -> p.value() * p.failureProbability()).sum() / v;
        double loss = ps.stream().mapToDouble(p -> p.value() * p.expectedLossRate()).sum() / v;
        double lgd = failure > 0 ? loss / failure
                : ps.stream().mapToDouble(p -> p.value() * p.lossGivenFailure()).sum() / v;
        return new BucketFigures(bucket, v, low, base, high, base > 0 ? reward / base : 0, failure, lgd, loss);
    }

    /** The suffix of this bucket's names, e.g. {@code Staking} in {@code APY_Base_Staking}. */
    String nameSuffix() {
        String id = bucket.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
