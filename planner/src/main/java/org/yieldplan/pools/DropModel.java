package org.yieldplan.pools;

import java.util.List;

/**
 * A trained APY-drop model: the probability that a pool's APY drops ({@link DropRule}) from its features
 * ({@link DropFeatures}), by logistic regression on standardised features. Made by {@link #train}; immutable; safe
 * to share between threads. Pure.
 *
 * <p>{@code p = 1 / (1 + exp(−(w · z + b)))} with {@code z = (x − mean) / sd} per feature over the training
 * examples; {@code w, b} maximise {@code Σ [y ln p + (1 − y) ln(1 − p)] − (λ n / 2) |w|²} (the intercept is not
 * penalised), found by Newton's method: each step solves {@code H δ = g} for the log-likelihood's gradient
 * {@code g} and Hessian {@code H}, until no weight moves by more than 1e-9 (at most 50 steps).
 */
public final class DropModel {

    private static final int MAX_STEPS = 50;
    private static final double CONVERGED = 1e-9;

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;                  // one per feature, then the intercept
    private final double downRate;

    private DropModel(double[] mean, double[] scale, double[] weights, double downRate) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.downRate = downRate;
    }

    /**
     * Trains a model on labelled examples.
     *
     * @param examples pool-days with a known outcome (both outcomes must occur)
     * @param learner  how to learn
     */
    public static DropModel train(List<DropExample> examples, DropLearner learner) {
        long down = examples.stream().filter(DropExample::down).count();
        if (down == 0 || down == examples.size()) {
            throw new IllegalArgumentException("training needs pools that dropped and pools that did not; got "
                    + down + " drops in " + examples.size() + " pool-days");
        }
        int k = examples.get(0).features().length;
        int n = examples.size();
        double[] mean = new double[k];
        double[] scale = new double[k];
        for (DropExample e : examples) {                        // standardise: (x − mean) / sd
            for (int j = 0; j < k; j++) {
                mean[j] += e.features()[j] / n;
            }
        }
        for (DropExample e : examples) {
            for (int j = 0; j < k; j++) {
                scale[j] += Math.pow(e.features()[j] - mean[j], 2) / n;
            }
        }
        for (int j = 0; j < k; j++) {
            scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
        }
        double[][] z = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            z[i] = standardised(examples.get(i).features(), mean, scale);
            y[i] = examples.get(i).down();
        }
        DropLearner.Logistic logistic = (DropLearner.Logistic) learner;   // the only learner
        return new DropModel(mean, scale, newton(z, y, logistic.l2()), (double) down / n);
    }

    /**
     * The weights (then the intercept) of the penalised logistic regression of {@code y} on {@code x} (see the
     * class comment), by Newton's method.
     */
    static double[] newton(double[][] x, boolean[] y, double lambda) {
        int k = x[0].length + 1;
        double[] w = new double[k];
        for (int step = 0; step < MAX_STEPS; step++) {
            double[][] h = new double[k][k];
            double[] g = new double[k];
            double[] xi = new double[k];
            xi[k - 1] = 1;
            for (int i = 0; i < x.length; i++) {
                System.arraycopy(x[i], 0, xi, 0, k - 1);
                double p = sigmoid(dot(w, xi));
                double r = (y[i] ? 1 : 0) - p;
                double v = p * (1 - p);
                for (int a = 0; a < k; a++) {
                    g[a] += r * xi[a];
                    double vx = v * xi[a];
                    for (int b = 0; b <= a; b++) {
                        h[a][b] += vx * xi[b];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < a; b++) {
                    h[b][a] = h[a][b];
                }
            }
            for (int a = 0; a < k - 1; a++) {
                g[a] -= lambda * x.length * w[a];
                h[a][a] += lambda * x.length;
            }
            double[] delta = solve(h, g);
            double largest = 0;
            for (int a = 0; a < k; a++) {
                w[a] += delta[a];
                largest = Math.max(largest, Math.abs(delta[a]));
            }
            if (largest < CONVERGED) {
                break;
            }
        }
        return w;
    }

    /** The probability that the APY drops, 0-1. */
    public double probDown(double[] features) {
        double[] z = standardised(features, mean, scale);
        double[] xi = java.util.Arrays.copyOf(z, z.length + 1);
        xi[z.length] = 1;
        return sigmoid(dot(weights, xi));
    }

    /** The share of the training pool-days that dropped. */
    public double downRate() {
        return downRate;
    }

    private static double[] standardised(double[] features, double[] mean, double[] scale) {
        if (features.length != mean.length) {
            throw new IllegalArgumentException("features: expected " + mean.length + " figures, got " + features.length);
        }
        double[] v = new double[features.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = (features[j] - mean[j]) / scale[j];
        }
        return v;
    }

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} symmetric positive definite here). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int q = c; q <= n; q++) {
                    m[r][q] -= f * m[c][q];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int q = i + 1; q < n; q++) {
                s -= m[i][q] * x[q];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }
}
