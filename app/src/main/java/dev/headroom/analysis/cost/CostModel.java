// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import dev.headroom.model.SourceFile;
import java.util.List;

/**
 * Estimates what clang spends on a file: the bytes its content adds to clang's ASTContext (and the memory that
 * goes with it) in one translation unit. Implementations are fitted to clang's own statistics; the fit's quality
 * travels with them so every figure shown can say how far to trust it.
 */
public interface CostModel {

    /** Estimated bytes the file's own content costs clang in one unit that includes it. */
    long selfBytes(SourceFile file);

    /**
     * Estimated ASTContext bytes of a unit made of these files: their self bytes plus what every unit costs
     * (builtins), which belongs to no file. The number clang's {@code -print-stats} prints as bytes used.
     */
    long unitAstBytes(List<SourceFile> filesOfUnit);

    /** Estimated peak memory of {@code clang++ -fsyntax-only} on such a unit, above an empty unit. */
    long unitPeakBytes(List<SourceFile> filesOfUnit);

    /** Where the coefficients come from and how well they fit. */
    Calibration calibration();
}
