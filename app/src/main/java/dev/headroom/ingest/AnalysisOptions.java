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
 * @param isolation   whether units are parsed on threads of this process or in worker processes, and their heap
 */
public record AnalysisOptions(int threads, boolean collectUses, Path cacheDir, boolean unitCache,
        java.time.Duration unitTimeLimit, UnitIsolation isolation) {

    public AnalysisOptions {
        if (unitTimeLimit == null || unitTimeLimit.isNegative() || unitTimeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit per unit must be positive, was " + unitTimeLimit);
        }
        if (isolation == null) {
            throw new IllegalArgumentException("say how units are isolated");
        }
    }

    /** Options with the isolation {@code -Dheadroom.unitIsolation} says ({@link UnitIsolation#DEFAULT_MODE}). */
    public AnalysisOptions(int threads, boolean collectUses, Path cacheDir, boolean unitCache,
            java.time.Duration unitTimeLimit) {
        this(threads, collectUses, cacheDir, unitCache, unitTimeLimit,
                UnitIsolation.fromProperties(threads, UnitIsolation.DEFAULT_MODE));
    }

    /** These options with units isolated as {@code isolation} says. */
    public AnalysisOptions withIsolation(UnitIsolation isolation) {
        return new AnalysisOptions(threads, collectUses, cacheDir, unitCache, unitTimeLimit, isolation);
    }

    /** Options with the default time limit per unit ({@code -Dheadroom.unitSeconds}, 300 s). */
    public AnalysisOptions(int threads, boolean collectUses, Path cacheDir, boolean unitCache) {
        this(threads, collectUses, cacheDir, unitCache, UnitGuard.DEFAULT_LIMIT);
    }

    /** {@code $XDG_CACHE_HOME/headroom} or {@code ~/.cache/headroom}. */
    public static Path defaultCacheDir() {
        return defaultCacheDir(System.getenv());
    }

    /**
     * {@code $XDG_CACHE_HOME/headroom}, else {@code $HOME/.cache/headroom}, else under Java's {@code user.home}: the
     * environment first, so {@code HOME=/tmp/x headroom ...} keeps its cache there as every Unix tool would.
     */
    static Path defaultCacheDir(java.util.Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "headroom");
        }
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".cache", "headroom");
    }

    /**
     * What is wrong with the {@code headroom.*} settings this process was started with, if anything: said before an
     * analysis starts, rather than as an exception from its first unit.
     */
    public static java.util.Optional<String> settingsProblem() {
        try {
            UnitIsolation.fromProperties(1, UnitIsolation.DEFAULT_MODE);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Runtime.getRuntime().availableProcessors(), true,
                defaultCacheDir(), true);
    }
}
