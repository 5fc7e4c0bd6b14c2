// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.Origin;
import dev.headroom.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which headers are the project's: an engine's include folder beside the modules' folder is the project's once
 * {@code headroom.json} claims it with {@code projectFolders}; a library vendored in the tree and included as
 * {@code -isystem} stays third-party; the toolchain's headers are the system's.
 */
class ProjectFoldersTest {
    @TempDir
    Path dir;

    private Map<String, Origin> origins(String projectFolders) throws Exception {
        Files.createDirectories(dir.resolve("engine/include"));
        Files.createDirectories(dir.resolve("game/src"));
        Files.createDirectories(dir.resolve("game/third_party/json"));
        Files.writeString(dir.resolve("engine/include/engine.h"), "#pragma once\n#include <cstddef>\n"
                + "struct Engine { std::size_t frames; };\n");
        Files.writeString(dir.resolve("game/third_party/json/json.h"), "#pragma once\nstruct Json { int v; };\n");
        Files.writeString(dir.resolve("game/src/game.h"), "#pragma once\n#include <engine.h>\n#include <json.h>\n");
        Files.writeString(dir.resolve("game/src/main.cpp"), "#include \"game.h\"\nint main() { return 0; }\n");
        Files.writeString(dir.resolve("game/headroom.json"), """
                {"inputs": ["src/main.cpp"], "includeDirs": ["../engine/include"],
                 "systemIncludeDirs": ["third_party/json"], "std": "c++17"%s}
                """.formatted(projectFolders));
        AnalysisRequest request = AnalysisRequest.of(List.of(dir.resolve("game"))).withCacheDir(dir.resolve("cache"));
        AnalysedWorkspace analysed = AnalysisSession.bundled().prepare(request).run(Progress.SILENT, () -> false);
        assertEquals(List.of(), analysed.workspace().problems());
        return analysed.workspace().files().stream()
                .collect(Collectors.toMap(f -> dir.relativize(Path.of(f.path())).toString().startsWith("..")
                        ? f.path() : dir.relativize(Path.of(f.path())).toString(), SourceFile::origin));
    }

    @Test
    void anEngineFolderBesideTheTreeIsThirdPartyUntilTheProjectFileClaimsIt() throws Exception {
        Map<String, Origin> unclaimed = origins("");
        assertEquals(Origin.THIRD_PARTY, unclaimed.get("engine/include/engine.h"));
        assertEquals(Origin.PROJECT, unclaimed.get("game/src/game.h"));

        Map<String, Origin> claimed = origins(", \"projectFolders\": [\"../engine/include\"]");
        assertEquals(Origin.PROJECT, claimed.get("engine/include/engine.h"));
        assertEquals(Origin.PROJECT, claimed.get("game/src/game.h"));
        assertEquals(Origin.THIRD_PARTY, claimed.get("game/third_party/json/json.h"), "-isystem in the tree: vendored");
        assertTrue(claimed.entrySet().stream().anyMatch(e -> e.getKey().endsWith("/cstddef")
                && e.getValue() == Origin.SYSTEM), claimed.toString());
    }
}
