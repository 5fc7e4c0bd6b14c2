// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suggest} lists replacing {@code scene.h}'s include of {@code mesh.h} with forward declarations, with its
 * saving; {@code patch} exports it from a suggestion id or from a plan file that also moves a body, and
 * {@code --verify} applies and compiles the combination.
 */
class ForwardDeclareCommandTest {
    @TempDir
    Path dir;

    Path tree;

    @BeforeEach
    void copyFixture() throws Exception {
        Path fixture = Path.of("src", "test", "resources", "dev", "headroom", "refactor", "fwd").toAbsolutePath();
        tree = dir.resolve("tree");
        try (var paths = Files.walk(fixture)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = tree.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private String[] args(String command, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(command, tree.toString(), "-q",
                "--cache-dir", dir.resolve("cache").toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void suggestListsTheIncludeThatCanGoWithItsSaving() {
        CliRun run = CliRun.of(args("suggest"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("forward-declare:include/scene/scene.h:include/scene/mesh.h"), run.out());
        assertTrue(run.out().contains("Declared in include/scene/scene.h instead: gfx::Mesh"), run.out());
        assertTrue(run.out().contains("Predicted total: "), run.out());
        CliRun json = CliRun.of(args("suggest", "--format", "json"));
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"kind\" : \"forward-declare\""), json.out());
        assertTrue(json.out().contains("\"savedBytesAllUnits\""), json.out());
    }

    @Test
    void aPlanWithAMoveAndAForwardDeclarationIsWrittenAndVerified() throws Exception {
        SystemHeaders.require("/usr/bin/clang++", "/usr/bin/git", "/usr/bin/time");
        Path plan = Files.writeString(dir.resolve("plan.json"), """
                {"moves": [{"header": "scene/mesh.h", "functions": ["gfx::Mesh::count"]}],
                 "forwardDeclare": [{"header": "scene/scene.h", "include": "scene/mesh.h"}]}
                """);
        Path out = dir.resolve("patches");
        CliRun run = CliRun.of(args("patch", "--plan", plan.toString(), "--out", out.toString(), "--verify"));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(Files.exists(out.resolve("forward-declare-include-scene-scene.h-include-scene-mesh.h.patch")));
        assertTrue(Files.exists(out.resolve("move-bodies-include-scene-mesh.h.patch")));
        String combined = Files.readString(out.resolve("combined.patch"));
        assertTrue(combined.contains("+class Mesh;"), combined);
        assertTrue(combined.contains("+++ b/include/scene/mesh.cpp"), combined);
        assertTrue(run.out().contains("git apply --check: ok"), run.out());
        assertTrue(run.out().contains("clang++ -fsyntax-only src/camera.cpp: ok"), run.out());
        assertFalse(run.out().contains("FAILED"), run.out());
        assertFalse(Files.exists(tree.resolve("include/scene/mesh.cpp")), "the analysed tree is never written");
    }

    @Test
    void aRefusedForwardDeclarationWritesNothingAndSaysWhy() throws Exception {
        Path out = dir.resolve("patches");
        CliRun run = CliRun.of(args("patch", "--suggestion",
                "forward-declare:include/scene/camera.h:include/scene/scene.h", "--out", out.toString()));
        assertEquals(0, run.exitCode(), "camera.h only points to nodes: " + run.err());
        CliRun system = CliRun.of(args("patch", "--suggestion", "forward-declare:include/scene/mesh.h:vector",
                "--out", dir.resolve("none").toString()));
        assertEquals(2, system.exitCode());
        assertTrue(system.err().contains("a system header"), system.err());
    }

    @Test
    void diffWithAPlanComparesTheTreeWithThePlanAppliedAndWritesNothingIntoIt() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), """
                {"forwardDeclare": [{"header": "scene/scene.h", "include": "scene/mesh.h"}]}
                """);
        String before = Files.readString(tree.resolve("include/scene/scene.h"));
        CliRun run = CliRun.of("diff", tree.toString(), "--plan", plan.toString(), "-q", "--cache-dir",
                dir.resolve("cache").toString(), "--fail-over", "1MB");
        assertEquals(0, run.exitCode(), "no unit grows by 1 MB: " + run.out() + run.err());
        assertTrue(run.out().lines().findFirst().orElseThrow().contains("plan: "), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.contains("camera") && l.matches(".*-\\d.*MB.*")),
                "camera.cpp no longer reads mesh.h: " + run.out());
        assertEquals(before, Files.readString(tree.resolve("include/scene/scene.h")), "the tree is not written");

        CliRun refused = CliRun.of("diff", tree.toString(), "--plan", Files.writeString(dir.resolve("bad.json"), """
                {"forwardDeclare": [{"header": "scene/mesh.h", "include": "vector"}]}
                """).toString(), "-q", "--cache-dir", dir.resolve("cache").toString());
        assertEquals(2, refused.exitCode());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("stays in") && refused.err().contains("a system header"), refused.err());
    }
}
