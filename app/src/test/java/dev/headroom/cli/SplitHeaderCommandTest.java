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
 * {@code suggest} lists splitting {@code colours.h} by includer, with its pieces and whom it repoints; {@code patch}
 * exports it from a suggestion id or a plan file's {@code "split"}, {@code --verify} applies and compiles it, and a
 * header that does not split is refused in one line naming why.
 */
class SplitHeaderCommandTest {
    @TempDir
    Path dir;

    Path tree;

    @BeforeEach
    void writeTree() throws Exception {
        tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("include"));
        Files.createDirectories(tree.resolve("src"));
        Files.writeString(tree.resolve("include/colours.h"), """
                // colours.h: colour types and conversions.
                #pragma once

                namespace gfx {

                struct rgb {
                    float r, g, b;
                };

                inline rgb mix(rgb a, rgb b, float t) {
                    return rgb{a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
                }

                struct hsv {
                    float h, s, v;
                };

                inline hsv to_hsv(rgb c) {
                    return hsv{c.r, c.g, c.b};
                }

                }  // namespace gfx
                """);
        Files.writeString(tree.resolve("include/guarded.h"), """
                #pragma once
                #if defined(GFX_WIDE)
                using real = double;
                #else
                using real = float;
                #endif
                inline real twice(real x) { return x + x; }
                """);
        Files.writeString(tree.resolve("src/paint.cpp"), """
                #include "colours.h"
                #include "guarded.h"

                gfx::rgb blend(gfx::rgb a, gfx::rgb b) { return gfx::mix(a, b, 0.5f); }
                """);
        Files.writeString(tree.resolve("src/pick.cpp"), """
                #include "colours.h"
                #include "guarded.h"

                float hue(gfx::rgb c) { return gfx::to_hsv(c).h + twice(0); }
                """);
    }

    private String[] args(String command, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(command, tree.toString(), "-I",
                tree.resolve("include").toString(), "-q", "--cache-dir", dir.resolve("cache").toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void suggestListsTheSplitWithItsPiecesAndTheHeadersThatDoNotSplit() {
        CliRun run = CliRun.of(args("suggest"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("split:include/colours.h: Split include/colours.h into pieces by includer"),
                run.out());
        assertTrue(run.out().contains("Repointed src/paint.cpp:1 -> include/colours_"), run.out());
        assertTrue(run.out().contains("include/guarded.h: #if defined(GFX_WIDE) (line 2): a conditional block"),
                run.out());
        assertTrue(run.out().contains("split: only the units whose includers now include fewer pieces save"),
                run.out());
        CliRun json = CliRun.of(args("suggest", "--format", "json"));
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"kind\" : \"split\""), json.out());
        assertTrue(json.out().contains("\"parts\""), json.out());
        assertTrue(json.out().contains("\"blocker\" : \"CONDITIONAL\""), json.out());
    }

    @Test
    void aPlanFilesSplitIsWrittenAndVerifiedAndTheTreeIsNotTouched() throws Exception {
        SystemHeaders.require("/usr/bin/clang++", "/usr/bin/git", "/usr/bin/time");
        Path plan = Files.writeString(dir.resolve("plan.json"), """
                {"split": [{"header": "colours.h", "parts": [
                    {"file": "colours_rgb.h", "declarations": ["gfx::rgb", "gfx::mix"]},
                    {"file": "colours_hsv.h", "declarations": ["gfx::hsv", "gfx::to_hsv"]}]}]}
                """);
        Path out = dir.resolve("patches");
        CliRun run = CliRun.of(args("patch", "--plan", plan.toString(), "--out", out.toString(), "--verify"));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        String patch = Files.readString(out.resolve("split-include-colours.h.patch"));
        assertTrue(patch.contains("+++ b/include/colours_rgb.h") && patch.contains("+++ b/include/colours_hsv.h"),
                patch);
        assertTrue(patch.contains("-#include \"colours.h\"\n+#include \"colours_rgb.h\""), "paint.cpp repointed: "
                + patch);
        assertTrue(run.out().contains("git apply --check: ok"), run.out());
        assertTrue(run.out().contains("clang++ -fsyntax-only include/colours_hsv.h: ok"), run.out());
        assertFalse(run.out().contains("FAILED"), run.out());
        assertFalse(Files.exists(tree.resolve("include/colours_rgb.h")), "the analysed tree is never written");
    }

    @Test
    void aHeaderThatDoesNotSplitIsRefusedInOneLineAndNothingIsWritten() {
        Path out = dir.resolve("none");
        CliRun run = CliRun.of(args("patch", "--suggestion", "split:include/guarded.h", "--out", out.toString()));
        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("include/guarded.h is not split: #if defined(GFX_WIDE) (line 2)"), run.err());
        assertFalse(Files.exists(out.resolve("combined.patch")));
    }
}
