// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.Objects;

/**
 * One unit of the calibration corpus: what clang measured and what the fitted model estimates.
 *
 * @param unit                     the unit's name (the header it includes, as spelt in the directive)
 * @param heldOut                  whether the unit was kept out of the fit
 * @param clangAstBytes            clang's ASTContext bytes used
 * @param estimatedAstBytes        the model's unit estimate, intercept included
 * @param clangPeakAboveEmptyBytes clang's peak RSS minus an empty unit's
 * @param estimatedPeakBytes       the peak model's estimate of that
 */
public record CalibrationRow(String unit, boolean heldOut, long clangAstBytes, long estimatedAstBytes,
        long clangPeakAboveEmptyBytes, long estimatedPeakBytes) {

    public CalibrationRow {
        Objects.requireNonNull(unit, "unit");
        if (clangAstBytes <= 0) {
            throw new IllegalArgumentException(unit + ": clang's AST bytes must be positive, was " + clangAstBytes);
        }
        if (clangPeakAboveEmptyBytes < 0 || estimatedAstBytes < 0 || estimatedPeakBytes < 0) {
            throw new IllegalArgumentException(unit + ": negative bytes");
        }
    }

    /** (estimate − clang) / clang in percent. */
    public double astErrorPct() {
        return 100.0 * (estimatedAstBytes - clangAstBytes) / clangAstBytes;
    }

    /** (estimate − clang) / clang in percent for peak RSS above an empty unit; NaN when clang's is 0. */
    public double peakErrorPct() {
        return clangPeakAboveEmptyBytes == 0 ? Double.NaN
                : 100.0 * (estimatedPeakBytes - clangPeakAboveEmptyBytes) / clangPeakAboveEmptyBytes;
    }
}
