// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.refactor.SplitPlanner;
import dev.headroom.refactor.SplitProposal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header splits on real code, proven the way every patch is: {@code git apply --check} and {@code git apply} on a
 * copy, every affected unit and every piece compiled by {@code clang++ -fsyntax-only} with the workspace's flags, and
 * clang's measured saving of each repointed unit within 20% of the prediction.
 */
class HeaderSplitTest {
    @TempDir
    Path dir;

    @Test
    void theSampleMathHeaderSplitsByModuleAndTheRepointedModulesSaveWhatClangMeasures() throws Exception {
        RefactorWorkbenchTest.require("/usr/bin/git", "/usr/bin/clang++", "/usr/bin/time",
                "/usr/include/vulkan/vulkan.h", "/usr/include/imgui/imgui.h");
        Path copy = copyOf(Path.of("..", "samples", "vybe-sdf").toAbsolutePath().normalize(), dir.resolve("vybe-sdf"));
        RefactorWorkbench workbench = new RefactorWorkbench(AnalysisSession.bundled().prepare(AnalysisRequest.of(
                List.of(copy)).withCacheDir(dir.resolve("cache"))).run(Progress.SILENT, () -> false));
        String math = workbench.header("vybe/vybe_sdf_math.h").orElseThrow();

        SplitProposal split = workbench.split(math, SplitPlanner.Choice.byDefault(), () -> false);
        assertTrue(split.possible(), split.refused().toString());
        assertEquals(4, split.pieces().size(), "capped at the default of 4: " + split.pieces());
        Map<String, Integer> piecesByModule = split.repoints().stream()
                .collect(Collectors.toMap(SplitProposal.Repoint::includer, r -> r.pieces().size()));
        for (String module : List.of("vybe.sdf.ios", "vybe.sdf.shader", "vybe.sdf.state")) {
            assertEquals(1, piecesByModule.get(module), module + " uses a few scalar helpers: " + piecesByModule);
        }
        assertTrue(split.kept().stream().anyMatch(k -> k.startsWith("vybe.sdf.math: uses 2 pieces")), split.kept()
                .toString());
        assertTrue(workbench.notes(split).stream().anyMatch(n -> n.contains("becomes an umbrella")));

        SavingPrediction prediction = workbench.predictPlan(split.plan(), () -> false);
        assertTrue(prediction.headers().isEmpty(), "the umbrella's own cost would mislead: " + prediction.headers());
        assertTrue(prediction.jankNote().startsWith("split: only the units whose includers"), prediction.jankNote());
        VerifyReport report = workbench.verify(split.plan(), prediction, () -> false);
        assertTrue(report.applies(), report.gitOutput());
        assertTrue(report.ok(), report.compiles().toString());
        assertEquals(5 + 4, report.compiles().size(), "five modules and four pieces compile: " + report.compiles());
        for (VerifyReport.Measured m : report.measured()) {
            if (List.of("vybe.sdf.ios", "vybe.sdf.shader", "vybe.sdf.state").contains(m.unit())) {
                assertWithin(m, 0.20);
            }
        }
    }

    @Test
    void anImguiBackendHeaderSplitsByCallerAndEachCallerSavesWhatClangMeasures() throws Exception {
        RefactorWorkbenchTest.require("/usr/bin/git", "/usr/bin/clang++", "/usr/bin/time",
                "/usr/include/imgui/backends/imgui_impl_glfw.h");
        Path tree = Files.createDirectories(dir.resolve("glfw"));
        Files.createDirectories(tree.resolve("include"));
        Files.createDirectories(tree.resolve("src"));
        Files.copy(Path.of("/usr/include/imgui/backends/imgui_impl_glfw.h"), tree.resolve("include/imgui_impl_glfw.h"));
        Files.writeString(tree.resolve("src/window.cpp"), """
                // Opens the ImGui GLFW backend for an OpenGL window and runs its frames.
                #include "imgui_impl_glfw.h"

                bool start(GLFWwindow* window) { return ImGui_ImplGlfw_InitForOpenGL(window, true); }
                void frame() { ImGui_ImplGlfw_NewFrame(); }
                void stop() { ImGui_ImplGlfw_Shutdown(); }
                """);
        Files.writeString(tree.resolve("src/input.cpp"), """
                // Forwards the application's own GLFW callbacks to the ImGui backend.
                #include "imgui_impl_glfw.h"

                void on_key(GLFWwindow* w, int key, int scancode, int action, int mods) {
                    ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
                }
                void on_char(GLFWwindow* w, unsigned int c) { ImGui_ImplGlfw_CharCallback(w, c); }
                """);
        RefactorWorkbench workbench = workbench(tree, "-I", tree.resolve("include").toString(), "-isystem",
                "/usr/include/imgui", "-std=c++17");
        String header = tree.resolve("include/imgui_impl_glfw.h").toString();

        SplitProposal split = workbench.split(header, SplitPlanner.Choice.byDefault(), () -> false);
        assertTrue(split.possible(), split.refused().toString());
        assertEquals(2, split.repoints().size(), split.kept().toString());
        SplitProposal.Piece shared = split.pieces().get(0);
        assertEquals(List.of("GLFWwindow"), shared.declarations(), "both callers need the window's declaration");
        assertTrue(shared.includes().isEmpty(), "a forward declaration needs no include: " + shared);
        assertTrue(split.pieces().stream().skip(1).allMatch(p -> p.includes().equals(List.of("\"imgui.h\""))),
                "IMGUI_IMPL_API comes from imgui.h: " + split.pieces());

        SavingPrediction prediction = workbench.predictPlan(split.plan(), () -> false);
        VerifyReport report = workbench.verify(split.plan(), prediction, () -> false);
        assertTrue(report.applies(), report.gitOutput());
        assertTrue(report.ok(), report.compiles().toString());
        assertTrue(report.compiles().stream().anyMatch(c -> c.what().endsWith("imgui_impl_glfw_1.h")));
        for (VerifyReport.Measured m : report.measured()) {
            if (m.unit().startsWith("src/")) {
                assertWithin(m, 0.20);
            }
        }
    }

    @Test
    void aPlanFilesPartsAreTheUsersPiecesAndIncludersCanStayOnTheUmbrella() throws Exception {
        Path tree = SplitFixtures.colours(dir);
        RefactorWorkbench workbench = workbench(tree, "-I", tree.resolve("include").toString());
        String header = tree.resolve("include/colours.h").toString();
        SplitPlanner.Choice dragged = new SplitPlanner.Choice(0, List.of(
                new SplitPlanner.ChosenPiece("colours_rgb.h", List.of("gfx::rgb", "gfx::mix", "gfx::hsv")),
                new SplitPlanner.ChosenPiece("colours_hsv.h", List.of("gfx::to_hsv"))), false);
        SplitProposal split = workbench.split(header, dragged, () -> false);
        assertTrue(split.possible(), split.refused().toString());
        assertEquals(List.of("colours_rgb.h", "colours_hsv.h"), split.pieces().stream()
                .map(p -> Path.of(p.file()).getFileName().toString()).toList());
        assertEquals(List.of("gfx::rgb", "gfx::mix", "gfx::hsv"), split.pieces().get(0).declarations());
        assertTrue(split.repoints().isEmpty(), "repoint: false leaves every includer on the umbrella");
        assertTrue(split.kept().stream().allMatch(k -> k.endsWith("the plan does not repoint includers")));
        String umbrella = workbench.changes(split.plan()).stream().filter(c -> c.path().equals(header)).findFirst()
                .orElseThrow().after();
        assertTrue(umbrella.contains("#include \"colours_rgb.h\"\n#include \"colours_hsv.h\"\n"), umbrella);
        assertTrue(umbrella.contains("#ifndef GFX_COLOURS_H") && umbrella.contains("#endif"), "the guard stays");
        String hsv = workbench.changes(split.plan()).stream().filter(c -> c.path().endsWith("colours_hsv.h"))
                .findFirst().orElseThrow().after();
        assertTrue(hsv.contains("#ifndef COLOURS_HSV_H") && hsv.contains("#include \"colours_rgb.h\"")
                && hsv.contains("namespace gfx {"), "the guard's style, the piece it needs, its namespace: " + hsv);
    }

    private RefactorWorkbench workbench(Path tree, String... flags) throws Exception {
        return new RefactorWorkbench(AnalysisSession.bundled().prepare(new AnalysisRequest(List.of(tree), List.of(flags),
                tree, 0, true, dir.resolve("cache"), true, null, null, false, List.of())).run(Progress.SILENT,
                () -> false));
    }

    private static void assertWithin(VerifyReport.Measured m, double tolerance) {
        double error = Math.abs(m.predicted() - m.saved()) / (double) Math.max(1, m.saved());
        System.err.printf("%s: predicted %d, measured %d (%+.1f%%)%n", m.unit(), m.predicted(), m.saved(),
                100.0 * (m.predicted() - m.saved()) / Math.max(1, m.saved()));
        assertTrue(m.saved() > 0 && error <= tolerance, m.unit() + ": predicted " + m.predicted() + ", clang "
                + m.saved());
    }

    static Path copyOf(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    @Test
    void noUnitIsPredictedToSaveWhenNobodyIsRepointed() throws Exception {
        Path tree = SplitFixtures.colours(dir);
        RefactorWorkbench workbench = workbench(tree, "-I", tree.resolve("include").toString());
        String header = tree.resolve("include/colours.h").toString();
        SplitProposal split = workbench.split(header, new SplitPlanner.Choice(4, List.of(), false), () -> false);
        SavingPrediction prediction = workbench.predictPlan(split.plan(), () -> false);
        assertFalse(prediction.units().stream().anyMatch(u -> u.astSaved() > 0), prediction.units().toString());
    }
}
