// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.nio.file.Path;

/**
 * How to run an analysis.
 *
 * @param threads     parser threads; units are parsed in parallel
 * @param collectUses whether to resolve names for cross-file symbol dependencies
 * @param cacheDir    where parsed units and toolchain answers are kept between runs, or {@code null} for no unit cache
 */
public record AnalysisOptions(int threads, boolean collectUses, Path cacheDir) {

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Runtime.getRuntime().availableProcessors(), true,
                dev.headroom.bridge.ToolchainProbe.defaultCacheDir());
    }
}
