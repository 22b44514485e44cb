package org.yieldplan.simulation;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RectangularCholeskyDecomposition;
import org.yieldplan.market.Correlations;

/** The buckets' covariance and its Cholesky root, with Hipparchus (formulas on {@link MarketModel}). */
final class BucketCovariance {
    private BucketCovariance() {
    }

    /** The assets' correlation matrix, checked positive definite (Cholesky); "correlations.matrix: ..." otherwise. */
    static double[][] correlationMatrix(List<String> assets, Correlations correlations) {
        int k = assets.size();
        double[][] c = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                c[i][j] = correlations.between(assets.get(i), assets.get(j));
            }
        }
        try {
            new CholeskyDecomposition(MatrixUtils.createRealMatrix(c), 1e-10, 1e-10);
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("correlations.matrix: the correlations of " + String.join(", ", assets)
                    + " are not positive definite, so no Cholesky factor exists; make the entries consistent"
                    + " (e.g. A and B both highly correlated with C but not with each other is impossible)");
        }
        return c;
    }

    static double quadratic(double[] x, double[][] c, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                s += x[i] * c[i][j] * y[j];
            }
        }
        return s;
    }

    /** R with R Rᵀ = cov over the buckets that move (rank-revealing; zero rows for the others). */
    static double[][] root(double[][] cov) {
        int n = cov.length;
        List<Integer> moving = new ArrayList<>();
        double largest = 0;
        for (int b = 0; b < n; b++) {
            largest = Math.max(largest, cov[b][b]);
        }
        for (int b = 0; b < n; b++) {
            if (cov[b][b] > 1e-12 * largest && cov[b][b] > 0) {
                moving.add(b);
            }
        }
        if (moving.isEmpty()) {
            return new double[n][0];
        }
        double[][] sub = new double[moving.size()][moving.size()];
        for (int i = 0; i < moving.size(); i++) {
            for (int j = 0; j < moving.size(); j++) {
                sub[i][j] = cov[moving.get(i)][moving.get(j)];
            }
        }
        RectangularCholeskyDecomposition d = new RectangularCholeskyDecomposition(MatrixUtils.createRealMatrix(sub), 1e-12 * largest);
        RealMatrix r = d.getRootMatrix();
        double[][] out = new double[n][r.getColumnDimension()];
        for (int i = 0; i < moving.size(); i++) {
            out[moving.get(i)] = r.getRow(i);
        }
        return out;
    }
}
