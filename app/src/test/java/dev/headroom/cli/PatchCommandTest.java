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

/** {@code suggest} and {@code patch} on a small tree written for the test, through {@code execute}. */
class PatchCommandTest {
    @TempDir
    Path dir;

    Path tree;

    @BeforeEach
    void writeTree() throws Exception {
        tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("shapes.h"), """
                #pragma once
                namespace geo {
                struct Shape {
                    Shape() : id_(1) { }
                    int id() const { return id_; }
                    int id_;
                };
                inline int twice(int v) { return v * 2; }
                constexpr int thrice(int v) { return v * 3; }
                template <typename T> T largest(T a, T b) { return a < b ? b : a; }
                }
                """);
        Files.writeString(tree.resolve("main.cpp"), """
                #include "shapes.h"
                int main() { geo::Shape s; return s.id() + geo::twice(1) + geo::thrice(1) + geo::largest(1, 2); }
                """);
    }

    private String[] args(String command, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(command, tree.resolve("main.cpp").toString(), "-q",
                "--cache-dir", dir.resolve("cache").toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void suggestNamesTheHeaderAndWhatStays() {
        CliRun run = CliRun.of(args("suggest"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("move-bodies:shapes.h"), run.out());
        assertTrue(run.out().contains("stays: geo::thrice (line 9): constexpr"), run.out());
        assertTrue(run.out().contains("stays: geo::largest"), run.out());
        CliRun json = CliRun.of(args("suggest", "--format", "json"));
        assertTrue(json.out().contains("\"blockers\" : [ \"TEMPLATE\" ]"), json.out());
    }

    @Test
    void patchWritesOnePatchPerRefactorAndOneCombinedAndVerifiesThem() throws Exception {
        SystemHeaders.require("/usr/bin/clang++", "/usr/bin/git", "/usr/bin/time");
        Path out = dir.resolve("patches");
        CliRun run = CliRun.of(args("patch", "--suggestion", "move-bodies:shapes.h", "--out", out.toString(),
                "--verify"));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(Files.exists(out.resolve("move-bodies-shapes.h.patch")));
        String combined = Files.readString(out.resolve("combined.patch"));
        assertTrue(combined.startsWith("Move 3 inline bodies from shapes.h to shapes.cpp\n"), combined);
        assertTrue(combined.contains("Predicted saving: "), combined);
        assertTrue(run.out().contains("git apply --check: ok"), run.out());
        assertTrue(run.out().contains("clang++ -fsyntax-only shapes.cpp: ok"), run.out());
        assertFalse(Files.exists(tree.resolve("shapes.cpp")), "the analysed tree is never written");
    }

    @Test
    void aPlanNamingAFunctionThatNoLongerExistsWritesNothing() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"),
                "{\"moves\": [{\"header\": \"shapes.h\", \"functions\": [\"geo::gone\"]}]}");
        Path out = dir.resolve("patches");
        CliRun run = CliRun.of(args("patch", "--plan", plan.toString(), "--out", out.toString()));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no inline function geo::gone"), run.err());
        if (Files.exists(out)) {
            try (var written = Files.list(out)) {
                assertTrue(written.findAny().isEmpty(), "nothing written");
            }
        }
    }

    @Test
    void anOutputFolderInsideTheTreeOrThatCannotBeCreatedIsRefused() throws Exception {
        CliRun inside = CliRun.of(args("patch", "--suggestion", "move-bodies:shapes.h", "--out",
                tree.resolve("patches").toString()));
        assertEquals(2, inside.exitCode());
        assertTrue(inside.err().contains("inside the analysed tree"), inside.err());
        assertFalse(Files.exists(tree.resolve("patches")));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun blocked = CliRun.of(args("patch", "--suggestion", "move-bodies:shapes.h", "--out",
                file.resolve("patches").toString()));
        assertEquals(2, blocked.exitCode());
        assertTrue(blocked.err().contains("cannot be created"), blocked.err());
    }

    @Test
    void anUnknownSuggestionIsBadInput() {
        CliRun run = CliRun.of(args("patch", "--suggestion", "move-bodies:nowhere.h", "--out",
                dir.resolve("p").toString()));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nowhere.h, which the analysis did not see"), run.err());
    }
}
