// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fits a {@link LinearCostModel} to clang's measurements of a corpus of units.
 *
 * <p>Algorithm: two weighted non-negative least squares problems ({@link Nnls}, Lawson–Hanson) over the fitting
 * units only. AST model: {@code clangAstBytes − emptyUnitAstBytes ≈ Σ c_k · feature_k}, with the intercept fixed
 * to the measured empty unit, so builtins are never attributed to a file. Peak model:
 * {@code peakAboveEmpty ≈ c_0 + Σ c_k · feature_k} with a fitted non-negative intercept c_0, because RSS grows
 * in allocator slabs as soon as a unit holds anything. Each row is divided by its measured value (weights 1/y),
 * so the fit minimises relative rather than absolute error: otherwise the biggest units alone would set the
 * coefficients and small units would be off by multiples. Quality (Spearman ρ and median |error| %) is then
 * computed separately on fitting and held-out units. O(iterations · m · n²) for m units and n features.
 */
public final class CostModelFit {

    /**
     * One measured unit.
     *
     * @param unit                     name
     * @param library                  the library the unit belongs to (the fold of cross-validation)
     * @param heldOut                  kept out of the fit, used only to judge it
     * @param features                 the unit's summed {@link CostFeature} vector (by ordinal)
     * @param clangAstBytes            clang's ASTContext bytes used
     * @param clangPeakAboveEmptyBytes clang's peak RSS minus an empty unit's
     */
    public record Sample(String unit, String library, boolean heldOut, double[] features, long clangAstBytes,
            long clangPeakAboveEmptyBytes) {
        public Sample {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(library, "library");
            if (features.length != CostFeature.values().length) {
                throw new IllegalArgumentException(unit + ": expected " + CostFeature.values().length + " features");
            }
            features = features.clone();
            if (clangAstBytes <= 0 || clangPeakAboveEmptyBytes < 0) {
                throw new IllegalArgumentException(unit + ": clang's bytes must be positive");
            }
        }

        @Override
        public double[] features() {
            return features.clone();
        }
    }

    /**
     * Where the measurements come from.
     *
     * @param clangVersion          clang's version
     * @param corpus                the corpus's name
     * @param flags                 flags of every unit
     * @param date                  ISO date
     * @param machine               OS, architecture, cores
     * @param emptyUnitAstBytes     clang's ASTContext bytes for an empty unit with those flags
     * @param emptyUnitPeakRssBytes clang's peak RSS for that empty unit
     */
    public record Provenance(String clangVersion, String corpus, List<String> flags, String date, String machine,
            long emptyUnitAstBytes, long emptyUnitPeakRssBytes) {
        public Provenance {
            flags = List.copyOf(flags);
        }
    }

    private final LinearCostModel model;

    /**
     * Fits both models.
     *
     * @throws IllegalArgumentException with fewer fitting units than features + 1, or fewer than 3 held-out units
     */
    public CostModelFit(List<Sample> samples, Provenance provenance) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(provenance, "provenance");
        List<Sample> fit = samples.stream().filter(s -> !s.heldOut()).toList();
        List<Sample> held = samples.stream().filter(Sample::heldOut).toList();
        int n = CostFeature.values().length;
        if (fit.size() < n + 1) {
            throw new IllegalArgumentException("need at least " + (n + 1) + " fitting units, got " + fit.size());
        }
        if (held.size() < 3) {
            throw new IllegalArgumentException("need at least 3 held-out units, got " + held.size());
        }
        long astIntercept = provenance.emptyUnitAstBytes();
        double[] ast = astCoefficients(fit, astIntercept);

        List<Sample> peakFit = fit.stream().filter(s -> s.clangPeakAboveEmptyBytes() > 0).toList();
        double[][] pa = new double[peakFit.size()][n + 1];
        double[] pb = new double[peakFit.size()];
        for (int i = 0; i < peakFit.size(); i++) {
            Sample s = peakFit.get(i);
            double w = 1.0 / s.clangPeakAboveEmptyBytes();
            double[] f = s.features();
            for (int j = 0; j < n; j++) {
                pa[i][j] = f[j] * w;
            }
            pa[i][n] = w;
            pb[i] = 1.0;
        }
        double[] peak = new Nnls(pa, pb).solution();

        Map<CostFeature, Double> astCoefficients = new EnumMap<>(CostFeature.class);
        Map<CostFeature, Double> peakCoefficients = new EnumMap<>(CostFeature.class);
        for (CostFeature k : CostFeature.values()) {
            astCoefficients.put(k, ast[k.ordinal()]);
            peakCoefficients.put(k, peak[k.ordinal()]);
        }
        long peakIntercept = Math.round(peak[n]);
        // a provisional model only to compute the estimates; the final one carries the report built from them
        Calibration none = new Calibration(provenance.clangVersion(), provenance.corpus(), 0, 0, 0, provenance.date());
        CalibrationReport emptyReport = new CalibrationReport(provenance.clangVersion(), provenance.corpus(),
                provenance.flags(), provenance.date(), provenance.machine(), null, null, null, null,
                provenance.emptyUnitAstBytes(), provenance.emptyUnitPeakRssBytes(), List.of());
        LinearCostModel provisional = new LinearCostModel(astCoefficients, astIntercept, peakCoefficients,
                peakIntercept, none, emptyReport);
        List<CalibrationRow> rows = new ArrayList<>();
        for (Sample s : samples) {
            rows.add(new CalibrationRow(s.unit(), s.heldOut(), s.clangAstBytes(),
                    provisional.unitAstBytes(s.features()), s.clangPeakAboveEmptyBytes(),
                    provisional.unitPeakBytes(s.features())));
        }
        CalibrationReport report = reportOf(provenance, rows);
        Calibration calibration = new Calibration(provenance.clangVersion(), provenance.corpus(), fit.size(),
                report.astHeldOut().spearman(), report.astHeldOut().medianAbsErrorPct(), provenance.date());
        this.model = new LinearCostModel(astCoefficients, astIntercept, peakCoefficients, peakIntercept, calibration,
                report);
    }

    /**
     * The AST coefficients (by feature ordinal) fitted to {@code fit}: weighted NNLS of
     * {@code clangAstBytes − intercept} on the features, each row divided by clang's value.
     */
    static double[] astCoefficients(List<Sample> fit, long astIntercept) {
        int n = CostFeature.values().length;
        double[][] a = new double[fit.size()][n];
        double[] b = new double[fit.size()];
        for (int i = 0; i < fit.size(); i++) {
            Sample s = fit.get(i);
            double w = 1.0 / s.clangAstBytes();
            double[] f = s.features();
            for (int j = 0; j < n; j++) {
                a[i][j] = f[j] * w;
            }
            b[i] = (s.clangAstBytes() - astIntercept) * w;
        }
        return new Nnls(a, b).solution();
    }

    /** The fitted model, its report included. */
    public LinearCostModel model() {
        return model;
    }

    /** Computes the four quality figures of {@code rows} and wraps them with the provenance. */
    public static CalibrationReport reportOf(Provenance provenance, List<CalibrationRow> rows) {
        List<CalibrationRow> fit = rows.stream().filter(r -> !r.heldOut()).toList();
        List<CalibrationRow> held = rows.stream().filter(CalibrationRow::heldOut).toList();
        return new CalibrationReport(provenance.clangVersion(), provenance.corpus(), provenance.flags(),
                provenance.date(), provenance.machine(),
                FitQuality.of(held, CalibrationRow::clangAstBytes, CalibrationRow::estimatedAstBytes),
                FitQuality.of(fit, CalibrationRow::clangAstBytes, CalibrationRow::estimatedAstBytes),
                FitQuality.of(held, CalibrationRow::clangPeakAboveEmptyBytes, CalibrationRow::estimatedPeakBytes),
                FitQuality.of(fit, CalibrationRow::clangPeakAboveEmptyBytes, CalibrationRow::estimatedPeakBytes),
                provenance.emptyUnitAstBytes(), provenance.emptyUnitPeakRssBytes(), rows);
    }
}
