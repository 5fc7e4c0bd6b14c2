// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import dev.headroom.model.SourceFile;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cost model linear in the per-file {@link CostFeature}s, with non-negative coefficients fitted to clang
 * ({@link CostModelFit}). A file's self cost is Σ coefficient × feature; a unit's estimate is the sum over its
 * files plus an intercept that belongs to no file (what an empty unit costs: builtins, predefines).
 *
 * @param astCoefficients   bytes of ASTContext per unit of each feature (missing features weigh 0)
 * @param astIntercept      ASTContext bytes of an empty unit
 * @param peakCoefficients  bytes of peak RSS above an empty unit per unit of each feature
 * @param peakIntercept     peak RSS above an empty unit that any non-empty unit in the corpus showed and no file
 *                          explains (allocator slabs, file mapping)
 * @param calibration       provenance and held-out quality of the AST model
 * @param report            the full calibration table
 */
public record LinearCostModel(Map<CostFeature, Double> astCoefficients, long astIntercept,
        Map<CostFeature, Double> peakCoefficients, long peakIntercept, Calibration calibration,
        CalibrationReport report) implements CostModel {

    public LinearCostModel {
        astCoefficients = checked(astCoefficients, "AST");
        peakCoefficients = checked(peakCoefficients, "peak");
        if (astIntercept < 0 || peakIntercept < 0) {
            throw new IllegalArgumentException("intercepts must not be negative");
        }
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(report, "report");
    }

    private static Map<CostFeature, Double> checked(Map<CostFeature, Double> coefficients, String which) {
        EnumMap<CostFeature, Double> copy = new EnumMap<>(CostFeature.class);
        coefficients.forEach((k, v) -> {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(which + " coefficient of " + k + " must be finite and >= 0, was " + v);
            }
            copy.put(Objects.requireNonNull(k), v);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public long selfBytes(SourceFile file) {
        return weigh(astCoefficients, file);
    }

    /** Estimated peak RSS the file's content adds to a unit, above an empty unit. */
    public long selfPeakBytes(SourceFile file) {
        return weigh(peakCoefficients, file);
    }

    /** Estimated ASTContext bytes of a unit made of {@code files}: the intercept plus every file's self bytes. */
    @Override
    public long unitAstBytes(List<SourceFile> files) {
        long sum = astIntercept;
        for (SourceFile f : files) {
            sum += selfBytes(f);
        }
        return sum;
    }

    /** Estimated peak RSS above an empty unit for a unit made of {@code files}, intercept included. */
    @Override
    public long unitPeakBytes(List<SourceFile> files) {
        long sum = peakIntercept;
        for (SourceFile f : files) {
            sum += selfPeakBytes(f);
        }
        return sum;
    }

    /** The AST estimate for a unit's summed feature vector (indexed by {@link CostFeature#ordinal()}). */
    public long unitAstBytes(double[] features) {
        return astIntercept + Math.round(dot(astCoefficients, features));
    }

    /** The peak estimate for a unit's summed feature vector. */
    public long unitPeakBytes(double[] features) {
        return peakIntercept + Math.round(dot(peakCoefficients, features));
    }

    @Override
    public Calibration calibration() {
        return calibration;
    }

    private static long weigh(Map<CostFeature, Double> coefficients, SourceFile file) {
        return Math.round(dot(coefficients, CostFeature.vector(file)));
    }

    private static double dot(Map<CostFeature, Double> coefficients, double[] features) {
        double s = 0;
        for (var e : coefficients.entrySet()) {
            s += e.getValue() * features[e.getKey().ordinal()];
        }
        return s;
    }
}
