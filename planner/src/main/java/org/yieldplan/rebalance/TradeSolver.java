package org.yieldplan.rebalance;

/**
 * The least-turnover trades for one set of keys (package-private: {@link Rebalancer} builds the inputs).
 *
 * <p>With values v_i, the value after the contribution T' = Σ v + C, and bands [lo_i, hi_i]:
 * <ol>
 *   <li>to target: x_i = t_i T';</li>
 *   <li>to bands: x_i = clamp(v_i, lo_i T', hi_i T'), the smallest move that re-enters each band;
 *       the rest R = T' − Σ x (the contribution less forced net buying) then goes to keys below
 *       target in proportion to their gap to target (R &gt; 0), or is taken from keys above target in
 *       proportion to their excess (R &lt; 0), then, if that is not enough, in proportion to the room
 *       left in each band. Buys B and sells S satisfy B − S = C, so turnover B + S = 2B − C is
 *       least when no more is bought than the bands force and the contribution needs;</li>
 *   <li>a trade below the minimum is dropped, unless it is needed to re-enter a band (then it is
 *       raised to the minimum); what that frees or uses is settled with the largest other trade.</li>
 * </ol>
 */
final class TradeSolver {

    private static final double EPS = 1e-9;

    private TradeSolver() {
    }

    /**
     * @return d_i = x_i − v_i, USD (+ buy, − sell)
     */
    static double[] trades(double[] v, double[] t, double[] lo, double[] hi, double contribution,
                           boolean toTarget, double minTrade) {
        int n = v.length;
        double total = 0;
        for (double x : v) {
            total += x;
        }
        double after = total + contribution;   // T' = Σ v + C
        if (!(after > 0)) {
            throw new IllegalArgumentException("contribution: a withdrawal of " + (-contribution)
                    + " USD is more than the portfolio's value " + total);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = toTarget ? t[i] * after : Math.min(Math.max(v[i], lo[i] * after), hi[i] * after);
        }
        if (!toTarget) {
            spread(x, t, lo, hi, after);
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.abs(x[i] - v[i]) < EPS * Math.max(1, after) ? 0 : x[i] - v[i];
        }
        if (minTrade > 0) {
            applyMinimum(d, v, lo, hi, after, contribution, minTrade);
        }
        return d;
    }

    /** Distributes R = T' − Σ x: to gaps to target first, then to the room left in the bands. */
    private static void spread(double[] x, double[] t, double[] lo, double[] hi, double after) {
        double rest = after;
        for (double xi : x) {
            rest -= xi;
        }
        int sign = rest >= 0 ? 1 : -1;
        double[] gap = new double[x.length];
        double[] room = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            gap[i] = Math.max(0, sign * (t[i] * after - x[i]));           // distance to target in R's direction
            room[i] = Math.max(0, sign > 0 ? hi[i] * after - x[i] : x[i] - lo[i] * after);
        }
        rest = give(x, gap, rest * sign, sign);
        if (rest > EPS) {
            for (int i = 0; i < x.length; i++) {
                room[i] = Math.max(0, sign > 0 ? hi[i] * after - x[i] : x[i] - lo[i] * after);
            }
            give(x, room, rest, sign);
        }
    }

    /** Moves up to {@code amount} into x in proportion to {@code capacity}; returns what is left. */
    private static double give(double[] x, double[] capacity, double amount, int sign) {
        double cap = 0;
        for (double c : capacity) {
            cap += c;
        }
        if (cap <= 0) {
            return amount;
        }
        double share = Math.min(1, amount / cap);
        for (int i = 0; i < x.length; i++) {
            x[i] += sign * capacity[i] * share;
        }
        return Math.max(0, amount - cap);
    }

    private static void applyMinimum(double[] d, double[] v, double[] lo, double[] hi, double after,
                                     double contribution, double minTrade) {
        boolean[] needed = new boolean[d.length];
        double[] gap = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            needed[i] = v[i] < lo[i] * after - EPS || v[i] > hi[i] * after + EPS;
            gap[i] = d[i];
            if (d[i] != 0 && Math.abs(d[i]) < minTrade) {
                boolean canRaise = needed[i] && (d[i] > 0 || v[i] >= minTrade);   // cannot sell more than is held
                d[i] = canRaise ? Math.signum(d[i]) * minTrade : 0;
            }
        }
        double imbalance = contribution;   // E = C − Σ d must end at 0
        for (double di : d) {
            imbalance -= di;
        }
        if (Math.abs(imbalance) < EPS * Math.max(1, after)) {
            return;
        }
        int sign = imbalance > 0 ? 1 : -1;
        // fewer trades first: shrink the largest optional trade on the other side (keeping it at or above
        // the minimum), else grow the largest on this side, else shrink a needed one (it then stops short of
        // its band edge by less than the minimum), else trade the key furthest from target that way
        int i = largest(d, -sign, needed, true, Math.abs(imbalance) + minTrade);
        if (i < 0) {
            i = largest(d, sign, needed, false, 0);
        }
        if (i < 0) {
            i = largest(d, -sign, needed, false, Math.abs(imbalance) + minTrade);
        }
        if (i < 0) {
            i = largest(gap, sign, new boolean[d.length], false, 0);
        }
        if (i >= 0) {
            d[i] += imbalance;
        }
    }

    private static int largest(double[] d, int sign, boolean[] needed, boolean optionalOnly, double atLeast) {
        int best = -1;
        for (int i = 0; i < d.length; i++) {
            if (Math.signum(d[i]) == sign && (!optionalOnly || !needed[i]) && Math.abs(d[i]) >= atLeast
                    && (best < 0 || Math.abs(d[i]) > Math.abs(d[best]))) {
                best = i;
            }
        }
        return best;
    }
}
