// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.include.FileIndex;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.WorkspaceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent unit cache serves unchanged units and misses as soon as any entered file changes. */
class UnitCacheTest {
    @TempDir
    Path dir;

    private Workspace analyze() throws Exception {
        AnalysisOptions options = new AnalysisOptions(2, true, dir.resolve("cache"), true);
        return new WorkspaceAnalyzer(options).analyze(
                WorkspaceLoader.load(List.of(dir.resolve("src")), CompileOptions.empty()), AnalysisListener.SILENT,
                () -> false);
    }

    @Test
    void unchangedUnitsComeFromTheCacheAndChangedOnesAreParsedAgain() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("dep.h"), "inline int one() { return 1; }\n");
        Files.writeString(src.resolve("a.cpp"), "#include \"dep.h\"\n");
        Files.writeString(src.resolve("b.cpp"), "int b;\n");

        Workspace first = analyze();
        assertEquals(0, first.stats().unitsCached());

        Workspace second = analyze();
        assertEquals(3, second.stats().unitsCached(), "a.cpp, b.cpp and dep.h served from the cache");
        assertTrue(second.units().stream().allMatch(u -> u.cached()));

        Files.writeString(src.resolve("dep.h"), "inline int one() { return 1; }\ninline int two() { return 2; }\n");
        Workspace third = analyze();
        assertEquals(1, third.stats().unitsCached(), "only b.cpp does not enter dep.h");
        assertEquals(2, FileIndex.of(third).file(src.resolve("dep.h").toString()).orElseThrow()
                .declarations(DeclarationKind.FUNCTION_DEFINITION_INLINE));
    }

    @Test
    void aMissingIncludeThatAppearsInvalidatesTheEntry() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("a.cpp"), "#include \"later.h\"\n");
        Workspace first = analyze();
        assertFalse(first.allProblems().isEmpty());

        Files.writeString(src.resolve("later.h"), "int later;\n");
        Workspace second = analyze();
        assertTrue(second.units().stream().noneMatch(u -> u.cached() && u.name().equals("a.cpp")));
        assertTrue(second.allProblems().isEmpty(), second.allProblems()::toString);
    }
}
