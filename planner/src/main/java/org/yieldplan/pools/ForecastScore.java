package org.yieldplan.pools;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How well scores rank and classify outcomes. Pure.
 *
 * @param count        how many outcomes
 * @param downShare    share of them that were drops
 * @param auc          area under the ROC curve: the probability that a random drop scores above a random
 *                     non-drop, ties counting one half (Mann-Whitney U / (n₊ · n₋))
 * @param balancedAccuracy (true-positive rate + true-negative rate) / 2 of "score ≥ threshold means down"
 * @param threshold    the threshold used for the balanced accuracy
 */
public record ForecastScore(int count, double downShare, double auc, double balancedAccuracy, double threshold) {

    /**
     * The score of predictions against outcomes.
     *
     * @param scores    higher means more likely down
     * @param down      the outcomes, same order
     * @param threshold a score at or above it is a "down" call
     */
    public static ForecastScore of(double[] scores, boolean[] down, double threshold) {
        if (scores.length != down.length || scores.length == 0) {
            throw new IllegalArgumentException("scores and outcomes: need the same, non-zero count");
        }
        int pos = 0;
        int tp = 0;
        int tn = 0;
        for (int i = 0; i < down.length; i++) {
            boolean call = scores[i] >= threshold;
            if (down[i]) {
                pos++;
                tp += call ? 1 : 0;
            } else {
                tn += call ? 0 : 1;
            }
        }
        int neg = down.length - pos;
        double balanced = (pos == 0 || neg == 0) ? Double.NaN : ((double) tp / pos + (double) tn / neg) / 2;
        return new ForecastScore(down.length, (double) pos / down.length, auc(scores, down), balanced, threshold);
    }

    /** AUC by ranks: (Σ ranks of the drops − n₊(n₊ + 1)/2) / (n₊ · n₋), tied scores sharing their mean rank. */
    public static double auc(double[] scores, boolean[] down) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double[] rank = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                rank[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        double pos = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (down[i]) {
                pos++;
                sum += rank[i];
            }
        }
        double neg = n - pos;
        return pos == 0 || neg == 0 ? Double.NaN : (sum - pos * (pos + 1) / 2) / (pos * neg);
    }
}
