// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

/**
 * Provenance and quality of a cost model's fit.
 *
 * @param clangVersion        the clang whose {@code -print-stats} the model was fitted to
 * @param corpus              what was measured
 * @param units               how many units the fit used
 * @param spearman            Spearman rank correlation of estimate vs clang on held-out units
 * @param medianAbsErrorPct   median |estimate - clang| / clang, in percent, on held-out units
 * @param date                when the fit was made (ISO date)
 */
public record Calibration(String clangVersion, String corpus, int units, double spearman, double medianAbsErrorPct,
        String date) {
}
