// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.List;
import java.util.Objects;

/**
 * Everything a calibration run found out, kept beside the coefficients so any figure can be checked.
 *
 * @param clangVersion  the clang measured
 * @param corpus        the corpus's name
 * @param flags         the flags every corpus unit was compiled with (by clang and by Headroom)
 * @param date          ISO date of the run
 * @param machine       where it ran (OS, architecture, cores)
 * @param astHeldOut    AST model on held-out units
 * @param astInSample   AST model on the fitting units
 * @param peakHeldOut   peak model on held-out units
 * @param peakInSample  peak model on the fitting units
 * @param emptyUnitAstBytes      clang's ASTContext bytes used for an empty unit
 * @param emptyUnitPeakRssBytes  clang's peak RSS for an empty unit
 * @param rows          every unit, fitting and held-out, in corpus order
 */
public record CalibrationReport(String clangVersion, String corpus, List<String> flags, String date, String machine,
        FitQuality astHeldOut, FitQuality astInSample, FitQuality peakHeldOut, FitQuality peakInSample,
        long emptyUnitAstBytes, long emptyUnitPeakRssBytes, List<CalibrationRow> rows) {

    public CalibrationReport {
        Objects.requireNonNull(clangVersion, "clangVersion");
        Objects.requireNonNull(corpus, "corpus");
        flags = List.copyOf(flags);
        rows = List.copyOf(rows);
    }

    /** Names of the units the model was fitted on. */
    public List<String> fitUnits() {
        return rows.stream().filter(r -> !r.heldOut()).map(CalibrationRow::unit).toList();
    }

    /** Names of the units kept out of the fit. */
    public List<String> heldOutUnits() {
        return rows.stream().filter(CalibrationRow::heldOut).map(CalibrationRow::unit).toList();
    }
}
