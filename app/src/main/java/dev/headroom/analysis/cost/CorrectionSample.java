// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.Objects;

/**
 * One unit of a workspace that clang measured: the bundled model's estimate beside clang's figure for the unit's
 * current content.
 *
 * @param unit               the unit's name
 * @param estimatedAstBytes  the bundled model's estimate
 * @param clangAstBytes      clang's ASTContext bytes used
 * @param expressionsPerDeclaration the unit's {@link FeatureMix#expressionsPerDeclaration()}, what the correction leans on
 */
public record CorrectionSample(String unit, long estimatedAstBytes, long clangAstBytes,
        double expressionsPerDeclaration) {

    public CorrectionSample {
        Objects.requireNonNull(unit, "unit");
        if (estimatedAstBytes <= 0 || clangAstBytes <= 0) {
            throw new IllegalArgumentException(unit + ": estimate and clang's figure must be positive, were "
                    + estimatedAstBytes + " and " + clangAstBytes);
        }
    }

    /** log(clang / estimate): what a multiplicative correction has to undo. */
    double logRatio() {
        return Math.log((double) clangAstBytes / estimatedAstBytes);
    }
}
