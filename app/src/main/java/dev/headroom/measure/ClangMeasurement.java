// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.util.List;
import java.util.Objects;

/**
 * One measured clang run on one unit.
 *
 * @param unit          the file clang compiled
 * @param flags         the flags it was compiled with (before {@code -fsyntax-only -Xclang -print-stats})
 * @param stats         what clang printed for {@code -print-stats}
 * @param wallMillis    wall-clock time of the run
 * @param peakRssBytes  peak resident set size of the clang process (GNU time {@code %M}, KiB × 1024)
 */
public record ClangMeasurement(String unit, List<String> flags, PrintStats stats, long wallMillis, long peakRssBytes) {

    public ClangMeasurement {
        Objects.requireNonNull(unit, "unit");
        flags = List.copyOf(flags);
        Objects.requireNonNull(stats, "stats");
        if (wallMillis < 0 || peakRssBytes < 0) {
            throw new IllegalArgumentException("negative time or memory");
        }
    }

    /** Peak RSS above that of {@code empty}, an empty unit compiled with the same flags; never negative. */
    public long peakAboveEmptyBytes(ClangMeasurement empty) {
        return Math.max(0, peakRssBytes - empty.peakRssBytes());
    }
}
