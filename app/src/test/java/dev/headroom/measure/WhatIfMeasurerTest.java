// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clang's measured savings of what-ifs on real headers, against the same edit made by hand in a copied tree. */
class WhatIfMeasurerTest {
    private static final List<String> IMGUI_FLAGS = List.of("-x", "c++", "-std=c++17", "-isystem", "/usr/include/imgui");

    @TempDir
    Path dir;

    private static void requireClang() {
        ClangEnvironment.require(ClangEnvironment.CLANG, "/usr/bin/time", ClangEnvironment.VULKAN,
                ClangEnvironment.IMGUI);
    }

    private Path thirdPartyUnit() throws Exception {
        return Files.writeString(dir.resolve("engine.cpp"), "#include <vulkan/vulkan.h>\n#include <imgui.h>\n"
                + "static VkInstance instance;\nvoid frame() { ImGui::NewFrame(); ImGui::Render(); }\n");
    }

    @Test
    void emptyingImguiAndVulkanCoreSavesWhatCompilingAnEditedCopyOfTheHeadersSaves() throws Exception {
        requireClang();
        Path unit = thirdPartyUnit();
        Path imgui = Path.of(ClangEnvironment.IMGUI);
        Path vulkanCore = Path.of("/usr/include/vulkan/vulkan_core.h");
        WhatIfMeasurer measurer = new WhatIfMeasurer(ClangStats.locate(), dir.resolve("cache"), 2);

        WhatIfMeasurement m = measurer.measure(new ClangUnit(unit, IMGUI_FLAGS, List.of(imgui, vulkanCore)),
                List.of(WhatIf.emptying(imgui), WhatIf.emptying(vulkanCore)), MeasureProgress.SILENT, () -> false);

        long baselineByHand = HandMeasured.astBytes(unit, IMGUI_FLAGS);
        Path imguiCopy = dir.resolve("imgui-copy");
        HandMeasured.copyTree(imgui.getParent(), imguiCopy);
        Files.writeString(imguiCopy.resolve("imgui.h"), "");
        long withoutImgui = HandMeasured.astBytes(unit, List.of("-x", "c++", "-std=c++17", "-isystem",
                imguiCopy.toString()));
        Path vulkanCopy = dir.resolve("vulkan-copy");
        HandMeasured.copyTree(vulkanCore.getParent(), vulkanCopy.resolve("vulkan"));
        Files.writeString(vulkanCopy.resolve("vulkan/vulkan_core.h"), "");
        List<String> vulkanFlags = new ArrayList<>(List.of("-isystem", vulkanCopy.toString()));
        vulkanFlags.addAll(IMGUI_FLAGS);
        long withoutVulkan = HandMeasured.astBytes(unit, vulkanFlags);

        assertEquals(baselineByHand, m.baseline().astBytes());
        assertEquals(baselineByHand - withoutImgui, m.whatIfs().get(0).savedAstBytes());
        assertEquals(baselineByHand - withoutVulkan, m.whatIfs().get(1).savedAstBytes());
        assertTrue(m.whatIfs().get(0).after().errors() > 0, "the unit calls ImGui, which is gone");
        assertTrue(m.whatIfs().get(1).savedAstBytes() > 1_000_000, "vulkan_core.h is megabytes of AST");
        assertTrue(m.whatIfs().get(1).savedPeakRssBytes() > 0, "and clang's peak memory shrinks with it");
        assertEquals(0, m.baseline().errors());
    }

    @Test
    void aSecondRunReadsTheCacheAndAChangedInputIsMeasuredAgain() throws Exception {
        requireClang();
        Path header = Files.writeString(dir.resolve("big.h"), "struct A { int a; };\nstruct B { A b[4]; };\n");
        Path unit = Files.writeString(dir.resolve("small.cpp"), "#include \"big.h\"\nB b;\n");
        ClangUnit clangUnit = new ClangUnit(unit, List.of("-std=c++17"), List.of(header));
        WhatIfMeasurer measurer = new WhatIfMeasurer(ClangStats.locate(), dir.resolve("cache"), 1);
        List<String> progress = new CopyOnWriteArrayList<>();
        MeasureProgress recording = (label, done, total, cached) -> progress.add(done + "/" + total + " " + cached);

        WhatIfMeasurement first = measurer.measure(clangUnit, List.of(WhatIf.emptying(header)), recording, () -> false);
        WhatIfMeasurement second = measurer.measure(clangUnit, List.of(WhatIf.emptying(header)), recording, () -> false);
        Files.writeString(header, "struct A { int a; };\nstruct B { A b[4]; };\nstruct C { B c; };\n");
        WhatIfMeasurement third = measurer.measure(clangUnit, List.of(WhatIf.emptying(header)), recording, () -> false);

        assertFalse(first.whatIfs().get(0).cached());
        assertTrue(second.whatIfs().get(0).cached());
        assertEquals(first.whatIfs().get(0).savedAstBytes(), second.whatIfs().get(0).savedAstBytes());
        assertFalse(third.whatIfs().get(0).cached(), "big.h changed, so both runs are new");
        assertTrue(third.baseline().astBytes() > first.baseline().astBytes());
        assertEquals(6, progress.size(), progress::toString);
        assertTrue(progress.containsAll(List.of("2/2 false", "2/2 true")), progress::toString);
        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            assertTrue(entries.noneMatch(p -> p.toString().endsWith(".tmp")), "entries are moved into place");
        }
    }

    @Test
    void anOverlayLeavesTheRealFilesAsTheyWere() throws Exception {
        requireClang();
        Path header = Files.writeString(dir.resolve("kept.h"), "struct Kept { int k; };\n");
        Path unit = Files.writeString(dir.resolve("user.cpp"), "#include \"kept.h\"\nKept k;\n");
        WhatIfMeasurer measurer = new WhatIfMeasurer(ClangStats.locate(), dir.resolve("cache"), 1);

        WhatIfMeasurement m = measurer.measure(new ClangUnit(unit, List.of(), List.of(header)),
                List.of(new WhatIf("bigger", FileOverlay.of(Map.of(header,
                        "struct Kept { int k; };\nstruct More { Kept a, b, c; };\nMore more;\n")))),
                MeasureProgress.SILENT, () -> false);

        assertEquals("struct Kept { int k; };\n", Files.readString(header));
        assertTrue(m.whatIfs().get(0).savedAstBytes() < 0, "a what-if that adds code costs, not saves");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("cache", "kept.h", "user.cpp"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "nothing written beside the unit");
        }
    }

    @Test
    void cancellingStopsTheRunsAndThrows() throws Exception {
        requireClang();
        Path unit = thirdPartyUnit();
        WhatIfMeasurer measurer = new WhatIfMeasurer(ClangStats.locate(), dir.resolve("cache"), 2);
        long t0 = System.nanoTime();

        assertThrows(CancellationException.class, () -> measurer.measure(new ClangUnit(unit, IMGUI_FLAGS, List.of()),
                List.of(WhatIf.emptying(Path.of(ClangEnvironment.IMGUI))), MeasureProgress.SILENT, () -> true));

        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "cancelled before clang finished");
    }

    @Test
    void overlayYamlNamesEachReplacedFileUnderItsOwnFolderWithQuotesDoubled() throws Exception {
        FileOverlay overlay = FileOverlay.of(Map.of(Path.of("/a/b/it's.h"), "", Path.of("/a/c.h"), "int c;"));

        Path yaml = overlay.writeTo(dir);

        String text = Files.readString(yaml);
        assertTrue(text.contains("'name': '/a/b', 'contents': [\n      { 'type': 'file', 'name': 'it''s.h'"), text);
        assertTrue(text.contains("'name': '/a', 'contents': [\n      { 'type': 'file', 'name': 'c.h'"), text);
        assertTrue(text.contains("'use-external-names': false"), text);
        assertEquals(overlay.digest(), FileOverlay.of(Map.of(Path.of("/a/c.h"), "int c;", Path.of("/a/b/it's.h"), ""))
                .digest(), "the digest does not depend on the order edits were given in");
    }
}
