// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How well estimates rank and match measurements over some units.
 *
 * @param units             how many units
 * @param spearman          Spearman rank correlation of estimate vs measurement
 * @param medianAbsErrorPct median of |estimate − measurement| / measurement, in percent
 */
public record FitQuality(int units, double spearman, double medianAbsErrorPct) {

    /** Quality of {@code estimate} against {@code measured} over {@code rows}; rows measuring 0 are skipped. */
    public static <R> FitQuality of(List<R> rows, ToDoubleFunction<R> measured, ToDoubleFunction<R> estimate) {
        List<R> usable = rows.stream().filter(r -> measured.applyAsDouble(r) > 0).toList();
        double[] m = usable.stream().mapToDouble(measured).toArray();
        double[] e = usable.stream().mapToDouble(estimate).toArray();
        double[] err = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            err[i] = 100.0 * Math.abs(e[i] - m[i]) / m[i];
        }
        return new FitQuality(m.length, Spearman.correlation(e, m), median(err));
    }

    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
