// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Leave-one-library-out cross-validation of the AST model: for each library, the model is fitted
 * ({@link CostModelFit#astCoefficients}) to every unit of every other library, fitting and held-out units alike,
 * and predicts that library's units. Every prediction is then one of a library the fit never saw, which is how a
 * user's code meets the model. O(libraries · NNLS).
 *
 * <p>Unlike the bundled model's held-out figures, which judge one fit on units of libraries it was also fitted to,
 * these say how the features generalise to code nobody calibrated on.
 */
public final class LeaveOneLibraryOut {

    /**
     * One unit predicted by a model fitted without its library.
     *
     * @param unit           the unit's name
     * @param library        its library
     * @param heldOut        whether the bundled model's fit left it out too
     * @param clangAstBytes  clang's ASTContext bytes used
     * @param predictedBytes the estimate of the model fitted without the library
     */
    public record Prediction(String unit, String library, boolean heldOut, long clangAstBytes, long predictedBytes) {
        public Prediction {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(library, "library");
        }

        /** (prediction − clang) / clang in percent. */
        public double errorPct() {
            return 100.0 * (predictedBytes - clangAstBytes) / clangAstBytes;
        }
    }

    private final List<Prediction> predictions;

    /**
     * Runs the cross-validation.
     *
     * @param samples     every measured unit
     * @param astIntercept the empty unit's AST bytes
     * @throws IllegalArgumentException with fewer than two libraries
     */
    public LeaveOneLibraryOut(List<CostModelFit.Sample> samples, long astIntercept) {
        Set<String> libraries = new LinkedHashSet<>();
        samples.forEach(s -> libraries.add(s.library()));
        if (libraries.size() < 2) {
            throw new IllegalArgumentException("need at least two libraries, got " + libraries);
        }
        List<Prediction> out = new ArrayList<>();
        for (String library : libraries) {
            List<CostModelFit.Sample> fit = samples.stream().filter(s -> !s.library().equals(library)).toList();
            double[] c = CostModelFit.astCoefficients(fit, astIntercept);
            for (CostModelFit.Sample s : samples) {
                if (s.library().equals(library)) {
                    double[] f = s.features();
                    double sum = astIntercept;
                    for (int j = 0; j < c.length; j++) {
                        sum += c[j] * f[j];
                    }
                    out.add(new Prediction(s.unit(), library, s.heldOut(), s.clangAstBytes(), Math.round(sum)));
                }
            }
        }
        this.predictions = List.copyOf(out);
    }

    /** Every unit's prediction, grouped by library in the order libraries first appear. */
    public List<Prediction> predictions() {
        return predictions;
    }

    /** Spearman and median |error| of the predictions of the given libraries' units. */
    public FitQuality quality(Set<String> ofLibraries) {
        return FitQuality.of(of(ofLibraries), Prediction::clangAstBytes, Prediction::predictedBytes);
    }

    /** The largest |error| in percent among the given libraries' units. */
    public double worstAbsErrorPct(Set<String> ofLibraries) {
        return of(ofLibraries).stream().mapToDouble(p -> Math.abs(p.errorPct())).max().orElse(0);
    }

    private List<Prediction> of(Set<String> libraries) {
        return predictions.stream().filter(p -> libraries.contains(p.library())).toList();
    }
}
