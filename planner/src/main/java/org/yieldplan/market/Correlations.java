package org.yieldplan.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Correlations of daily log price returns between assets.
 *
 * @param assets the symbols, in matrix order
 * @param matrix a symmetric matrix with ones on the diagonal and entries in [−1, 1]
 * @param source where the figures came from (period and data)
 * @param asOf   the date the figures were last set against their sources
 */
public record Correlations(List<String> assets, List<List<Double>> matrix, String source, LocalDate asOf) {

    public Correlations {
        assets = List.copyOf(assets);
        List<List<Double>> copy = new ArrayList<>();
        for (List<Double> row : matrix) {
            copy.add(List.copyOf(row));
        }
        matrix = List.copyOf(copy);
        int n = assets.size();
        if (matrix.size() != n) {
            throw new IllegalArgumentException("correlations.matrix: has " + matrix.size() + " rows for " + n + " assets");
        }
        for (int i = 0; i < n; i++) {
            if (matrix.get(i).size() != n) {
                throw new IllegalArgumentException("correlations.matrix: row " + (i + 1) + " (" + assets.get(i)
                        + ") has " + matrix.get(i).size() + " values for " + n + " assets");
            }
            if (Math.abs(matrix.get(i).get(i) - 1) > 1e-12) {
                throw new IllegalArgumentException("correlations.matrix: the diagonal for " + assets.get(i) + " must be 1");
            }
            for (int j = 0; j < n; j++) {
                double v = matrix.get(i).get(j);
                if (!(v >= -1 && v <= 1)) {
                    throw new IllegalArgumentException("correlations.matrix: " + assets.get(i) + "/" + assets.get(j)
                            + " is " + v + "; a correlation lies in [-1, 1]");
                }
                if (Math.abs(v - matrix.get(j).get(i)) > 1e-12) {
                    throw new IllegalArgumentException("correlations.matrix: " + assets.get(i) + "/" + assets.get(j)
                            + " differs from " + assets.get(j) + "/" + assets.get(i) + "; the matrix must be symmetric");
                }
            }
        }
        Checks.source("correlations.source", source);
        Checks.date("correlations.asOf", asOf);
    }

    /** Correlation between two assets; 1 for an asset with itself, 0 when either is not listed. */
    public double between(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return 1;
        }
        int i = indexOf(a);
        int j = indexOf(b);
        return i < 0 || j < 0 ? 0 : matrix.get(i).get(j);
    }

    private int indexOf(String symbol) {
        String s = symbol.toUpperCase(Locale.ROOT);
        for (int i = 0; i < assets.size(); i++) {
            if (assets.get(i).toUpperCase(Locale.ROOT).equals(s)) {
                return i;
            }
        }
        return -1;
    }
}
