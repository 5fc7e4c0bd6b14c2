// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisOptionsTest {

    @Test
    void theCacheFollowsXdgCacheHomeThenHomeNotJavasUserHome() {
        assertEquals(Path.of("/x/cache/headroom"),
                AnalysisOptions.defaultCacheDir(Map.of("XDG_CACHE_HOME", "/x/cache", "HOME", "/h")));
        assertEquals(Path.of("/h/.cache/headroom"), AnalysisOptions.defaultCacheDir(Map.of("HOME", "/h")));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "headroom"), AnalysisOptions.defaultCacheDir(Map.of()));
    }
}
