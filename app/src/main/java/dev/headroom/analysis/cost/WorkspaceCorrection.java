// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A correction of the bundled model's unit estimates fitted to clang's figures for one workspace's own units
 * (decision 0019). Deliberately small: the estimate is multiplied by a factor that grows with the unit's
 * {@link FeatureMix#expressionsPerDeclaration() expressions per declaration} (log factor = a + b × density), fitted
 * robustly (Theil–Sen: the median of pairwise slopes, then the median intercept), so one odd unit cannot swing it;
 * {@link Form#RATIO} (one factor for every unit) is the form it was judged against. No unit is multiplied by more,
 * or less, than some measured unit of the workspace needed: the slope says nothing beyond them.
 *
 * <p>Its error is judged leaving one unit out: each measured unit is predicted by the correction fitted to the
 * others, and the median |error| of those predictions is the "after" figure; the "before" figure is the bundled
 * estimate's own median |error| on the same units. The correction applies only with at least
 * {@link #MINIMUM_UNITS} measured units and only when leaving one out says it helps; otherwise figures stay
 * bundled estimates and {@link #reason()} says why. Fitting n units costs O(n³) for the slope form's
 * leave-one-out (n is the handful a user measured), O(n² log n) for the ratio.
 *
 * @param form         how the factor is computed
 * @param samples      the measured units it was fitted to
 * @param a            log factor at share 0 (the ratio form's only parameter)
 * @param b            log factor per expression per declaration (0 for the ratio form)
 * @param lowestLogRatio  the least log(clang / estimate) among the samples: no unit is corrected by less
 * @param highestLogRatio the greatest among them: no unit is corrected by more, since the slope says nothing
 *                        beyond the units it was fitted to (a C unit dense in expressions would otherwise be
 *                        multiplied many times over)
 * @param beforePct    median |error| of the bundled estimates on the samples, percent; NaN without samples
 * @param afterPct     median |error| of leave-one-out corrected predictions, percent; NaN below two samples
 * @param applies      whether corrected figures are shown
 * @param reason       why it does not apply, or {@code ""}
 */
public record WorkspaceCorrection(Form form, List<CorrectionSample> samples, double a, double b, double lowestLogRatio,
        double highestLogRatio, double beforePct, double afterPct, boolean applies, String reason) {

    /**
     * Measured units needed before a correction applies. Fitted to three units of two real workspaces, the
     * correction (applied only where leaving one out says it helps) made the error on the units not measured worse
     * (28 % against 26 %); from four on it lowered it (22 % against 26 %; 21 % at five, 16 % at seven). Five, not
     * four: the "after" figure is then a median of at least five leave-one-out predictions. Decision 0019.
     */
    public static final int MINIMUM_UNITS = 5;

    /** How the factor is computed. */
    public enum Form {
        /** One factor for every unit: exp(median log(clang / estimate)). */
        RATIO,
        /** log factor = a + b × expressions per declaration, Theil–Sen. */
        EXPRESSION_DENSITY
    }

    /** The form the decision record chose on real workspaces: see docs/decisions/0019-per-project-correction.md. */
    public static final Form DEFAULT_FORM = Form.EXPRESSION_DENSITY;

    public WorkspaceCorrection {
        Objects.requireNonNull(form, "form");
        samples = List.copyOf(samples);
        Objects.requireNonNull(reason, "reason");
    }

    /** Fits the {@link #DEFAULT_FORM} to {@code samples}. */
    public static WorkspaceCorrection fit(List<CorrectionSample> samples) {
        return fit(samples, DEFAULT_FORM);
    }

    /** Fits {@code form} to {@code samples} and judges it leaving one unit out. */
    public static WorkspaceCorrection fit(List<CorrectionSample> samples, Form form) {
        List<CorrectionSample> all = List.copyOf(samples);
        double[] before = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            before[i] = relativeError(all.get(i).estimatedAstBytes(), all.get(i).clangAstBytes());
        }
        double[] after = new double[Math.max(0, all.size() > 1 ? all.size() : 0)];
        for (int i = 0; i < after.length; i++) {
            List<CorrectionSample> others = new ArrayList<>(all);
            CorrectionSample left = others.remove(i);
            double[] p = parameters(others, form);
            after[i] = relativeError(apply(p, left.estimatedAstBytes(), left.expressionsPerDeclaration()),
                    left.clangAstBytes());
        }
        double[] p = all.isEmpty() ? new double[] {0, 0, 0, 0} : parameters(all, form);
        double beforePct = 100 * median(before);
        double afterPct = 100 * median(after);
        String reason = "";
        if (all.size() < MINIMUM_UNITS) {
            reason = String.format(Locale.ROOT, "%d of the %d measured units a correction needs", all.size(),
                    MINIMUM_UNITS);
        } else if (!(afterPct < beforePct)) {
            reason = String.format(Locale.ROOT, "leaving one unit out, a correction does not help here (%.0f%% before,"
                    + " %.0f%% after)", beforePct, afterPct);
        }
        return new WorkspaceCorrection(form, all, p[0], p[1], p[2], p[3], beforePct, afterPct, reason.isEmpty(),
                reason);
    }

    /** The corrected estimate of a unit the bundled model estimates at {@code estimate}; the estimate itself when the correction does not apply. */
    public long corrected(long estimate, double expressionsPerDeclaration) {
        return applies ? apply(new double[] {a, b, lowestLogRatio, highestLogRatio}, estimate, expressionsPerDeclaration)
                : estimate;
    }

    /** The factor this correction multiplies an estimate by at {@code expressionsPerDeclaration}. */
    public double factor(double expressionsPerDeclaration) {
        return Math.exp(Math.clamp(a + b * expressionsPerDeclaration, lowestLogRatio, highestLogRatio));
    }

    /**
     * How far the figures are trusted here, in one line: "9 units measured, estimate error before correction 31%,
     * after 6% (leave-one-out)", or why nothing is corrected.
     */
    public String summary() {
        if (samples.isEmpty()) {
            return "no unit measured with clang yet: every figure is a bundled-model estimate";
        }
        String measured = samples.size() + (samples.size() == 1 ? " unit" : " units") + " measured";
        if (applies) {
            return String.format(Locale.ROOT, "%s, estimate error before correction %.0f%%, after %.0f%% (leave-one-out)",
                    measured, beforePct, afterPct);
        }
        return String.format(Locale.ROOT, "%s, estimate error %.0f%%; not corrected: %s", measured, beforePct, reason);
    }

    /** {@link #summary()} short enough for a status bar: "7 measured · corrected, error 17% → 10% (leave-one-out)". */
    public String brief() {
        if (samples.isEmpty()) {
            return "bundled estimates, nothing measured with clang";
        }
        if (applies) {
            return String.format(Locale.ROOT, "%d measured · corrected, error %.0f%% → %.0f%% (leave-one-out)",
                    samples.size(), beforePct, afterPct);
        }
        return String.format(Locale.ROOT, "%d measured · error %.0f%% · not corrected (%s)", samples.size(), beforePct,
                samples.size() < MINIMUM_UNITS ? "needs " + MINIMUM_UNITS : "would not help");
    }

    /** {@code p}: a, b, and the range of the samples' log ratios, which bounds the log factor. */
    private static long apply(double[] p, long estimate, double density) {
        return Math.round(estimate * Math.exp(Math.clamp(p[0] + p[1] * density, p[2], p[3])));
    }

    private static double[] parameters(List<CorrectionSample> samples, Form form) {
        double[] logs = samples.stream().mapToDouble(CorrectionSample::logRatio).toArray();
        double lowest = java.util.Arrays.stream(logs).min().orElse(0);
        double highest = java.util.Arrays.stream(logs).max().orElse(0);
        if (form == Form.RATIO) {
            return new double[] {median(logs), 0, lowest, highest};
        }
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            for (int j = i + 1; j < samples.size(); j++) {
                double dx = samples.get(j).expressionsPerDeclaration() - samples.get(i).expressionsPerDeclaration();
                if (Math.abs(dx) > 1e-9) {
                    slopes.add((logs[j] - logs[i]) / dx);
                }
            }
        }
        double slope = slopes.isEmpty() ? 0 : median(slopes.stream().mapToDouble(Double::doubleValue).toArray());
        double[] intercepts = new double[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            intercepts[i] = logs[i] - slope * samples.get(i).expressionsPerDeclaration();
        }
        return new double[] {median(intercepts), slope, lowest, highest};
    }

    private static double relativeError(long estimate, long clang) {
        return Math.abs(estimate - clang) / (double) clang;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
