// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.nio.file.Path;

/**
 * How to run an analysis.
 *
 * @param threads     parser threads; units are parsed in parallel
 * @param collectUses whether to resolve names for cross-file symbol dependencies
 * @param cacheDir    where toolchain answers (and parsed units) are kept between runs
 * @param unitCache   whether parsed units are read from and written to the cache
 * @param unitTimeLimit wall-clock time one unit may take before it is abandoned and reported as not measured
 */
public record AnalysisOptions(int threads, boolean collectUses, Path cacheDir, boolean unitCache,
        java.time.Duration unitTimeLimit) {

    public AnalysisOptions {
        if (unitTimeLimit == null || unitTimeLimit.isNegative() || unitTimeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit per unit must be positive, was " + unitTimeLimit);
        }
    }

    /** Options with the default time limit per unit ({@code -Dheadroom.unitSeconds}, 300 s). */
    public AnalysisOptions(int threads, boolean collectUses, Path cacheDir, boolean unitCache) {
        this(threads, collectUses, cacheDir, unitCache, UnitGuard.DEFAULT_LIMIT);
    }

    /** {@code $XDG_CACHE_HOME/headroom} or {@code ~/.cache/headroom}. */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("headroom");
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Runtime.getRuntime().availableProcessors(), true,
                defaultCacheDir(), true);
    }
}
