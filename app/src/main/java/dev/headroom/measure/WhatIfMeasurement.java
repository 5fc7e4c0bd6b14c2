// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.util.List;
import java.util.Objects;

/**
 * Clang's figures for a unit as it is and with each what-if applied.
 *
 * @param clangVersion the clang that measured
 * @param baseline     the unit as it is
 * @param whatIfs      one row per what-if, in the order asked
 */
public record WhatIfMeasurement(String clangVersion, ClangFigures baseline, List<Row> whatIfs) {

    public WhatIfMeasurement {
        Objects.requireNonNull(clangVersion, "clangVersion");
        Objects.requireNonNull(baseline, "baseline");
        whatIfs = List.copyOf(whatIfs);
    }

    /**
     * One what-if, measured.
     *
     * @param whatIf the change
     * @param after  clang's figures with the change
     * @param cached whether {@code after} came from the cache
     */
    public record Row(WhatIf whatIf, ClangFigures after, boolean cached, ClangFigures baseline) {

        public Row {
            Objects.requireNonNull(whatIf, "whatIf");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(baseline, "baseline");
        }

        /** AST bytes the change saves (negative when it adds). */
        public long savedAstBytes() {
            return baseline.astBytes() - after.astBytes();
        }

        /** Peak RSS the change saves (negative when it adds); RSS moves in allocator slabs, so small changes are noise. */
        public long savedPeakRssBytes() {
            return baseline.peakRssBytes() - after.peakRssBytes();
        }
    }
}
