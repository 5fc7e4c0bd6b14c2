// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Spearman's rank correlation coefficient ρ of two paired samples: Pearson's correlation of their ranks, with tied
 * values given the mean of the ranks they span (the standard tie correction; Spearman 1904, and e.g. Kendall and
 * Gibbons, "Rank Correlation Methods", 1990, §3.8). Without ties this equals {@code 1 − 6Σd²/(n(n²−1))}.
 * O(n log n) for the sorts.
 */
public final class Spearman {
    private Spearman() {
    }

    /**
     * ρ of {@code x} and {@code y}, in [−1, 1].
     *
     * @throws IllegalArgumentException when lengths differ, fewer than two pairs are given, a value is not finite,
     *                                  or one sample is constant (ρ is undefined then)
     */
    public static double correlation(double[] x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("need two samples of equal length ≥ 2, got " + x.length + " and "
                    + y.length);
        }
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mean = (x.length + 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = rx[i] - mean;
            double dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            throw new IllegalArgumentException("a constant sample has no rank correlation");
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** 1-based ranks, ties sharing the mean of their ranks. */
    static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("value " + i + " is not finite");
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] rank = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double shared = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                rank[order[k]] = shared;
            }
            i = j + 1;
        }
        return rank;
    }
}
