// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.usage.HeaderUtilisation.HeaderUse;
import dev.headroom.analysis.usage.HeaderUtilisation.ModuleUtilisation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header utilisation and the incremental JIT what-if on real parses: the sample, imgui, vulkan, a tiny header. */
class HeaderUtilisationTest {
    @TempDir
    Path dir;

    @Test
    void sampleModulesUseAFewPercentOfTheEngineAndMathHeaders() throws Exception {
        requireSampleHeaders();
        HeaderUtilisations.Study study = new HeaderUtilisations(sample()).all(Progress.SILENT, () -> false);

        HeaderUse iosMath = header(module(study, "vybe.sdf.ios"), "include/vybe/vybe_sdf_math.h");
        assertTrue(iosMath.parsed() > 200, "the math header declares hundreds: " + iosMath.parsed());
        assertTrue(iosMath.used() >= 1 && iosMath.usedPercent() < 2.0, "ios calls one helper: " + iosMath);
        HeaderUse uiEngine = header(module(study, "vybe.sdf.ui"), "include/vulkan/sdf_engine.hpp");
        assertTrue(uiEngine.used() >= 1 && uiEngine.usedPercent() < 10.0, "ui names engine/vk_ok only: " + uiEngine);
        assertTrue(uiEngine.neededNames().containsAll(uiEngine.usedNames()), "the closure holds what is used");
        HeaderUse mathMath = header(module(study, "vybe.sdf.math"), "include/vybe/vybe_sdf_math.h");
        assertTrue(mathMath.used() > iosMath.used() && mathMath.needed() > mathMath.used(),
                "the math module wraps many helpers, which need the vector types: " + mathMath);
        assertTrue(mathMath.neededAstBytes() < mathMath.astBytes(), "the closure costs less than the header");
    }

    @Test
    void theIncrementalJitLowersEveryModulesHeaderMemoryAndNeverRaisesIt() throws Exception {
        requireSampleHeaders();
        AnalysedWorkspace analysed = sample();
        HeaderUtilisations.Study study = new HeaderUtilisations(analysed).all(Progress.SILENT, () -> false);
        JitBudget.Result asIs = analysed.budget(JitScenario.AS_IS).orElseThrow();
        JitBudget.Result incremental = analysed.budget(study.incremental(JitScenario.AS_IS)).orElseThrow();

        assertTrue(incremental.scenario().incremental());
        long before = 0;
        long after = 0;
        for (HeaderPair pair : pairs(asIs, incremental)) {
            assertTrue(pair.after() <= pair.before(), pair.name() + " rose: " + pair);
            before += pair.before();
            after += pair.after();
        }
        assertTrue(after < before, "header memory falls: " + before + " -> " + after);
        assertTrue(incremental.peakBytes() < asIs.peakBytes(), "the peak falls");
    }

    @Test
    void aCppUnitCallingOneImguiFunctionCountsThatFunctionAndWhatItsSignatureNeeds() throws Exception {
        requireHeader("/usr/include/imgui/imgui.h");
        Path tree = Files.createDirectories(dir.resolve("imgui"));
        Files.writeString(tree.resolve("avail.cpp"), """
                // Asks ImGui for the room left in the current window, and nothing else.
                #include <imgui.h>

                void room() { ImGui::GetContentRegionAvail(); }
                """);
        ModuleUtilisation unit = single(tree, "-I/usr/include/imgui");
        HeaderUse imgui = header(unit, "/usr/include/imgui/imgui.h");
        assertEquals(List.of("ImGui::GetContentRegionAvail"), imgui.usedNames());
        assertTrue(imgui.neededNames().contains("ImVec2"), "it returns an ImVec2: " + imgui.neededNames());
        assertTrue(imgui.needed() < imgui.parsed() / 10, "the closure is small: " + imgui);
    }

    @Test
    void aCppUnitCallingOneVulkanFunctionFollowsItsClosureIntoTheExternCBlock() throws Exception {
        requireHeader("/usr/include/vulkan/vulkan.h");
        Path tree = Files.createDirectories(dir.resolve("vulkan"));
        Files.writeString(tree.resolve("destroy.cpp"), """
                // Destroys a Vulkan instance: one function of the whole API.
                #include <vulkan/vulkan.h>

                void drop(VkInstance instance) { vkDestroyInstance(instance, nullptr); }
                """);
        HeaderUse core = header(single(tree), "/usr/include/vulkan/vulkan_core.h");
        assertTrue(core.parsed() > 1000, "extern \"C\" is opened: " + core.parsed());
        assertTrue(core.usedNames().contains("vkDestroyInstance"), core.usedNames().toString());
        assertTrue(core.neededNames().contains("VkAllocationCallbacks"), "its parameter type: " + core.neededNames());
        assertTrue(core.usedPercent() < 1.0 && core.needed() < 50, core.toString());
    }

    @Test
    void aUnitNamingEveryDeclarationOfAHeaderUsesAllOfIt() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(tree.resolve("tiny.h"), """
                #pragma once
                namespace geo {
                struct point {
                    float x, y;
                };
                float length(point p);
                point origin();
                }  // namespace geo
                """);
        Files.writeString(tree.resolve("all.cpp"), """
                #include "tiny.h"

                float use() {
                    geo::point p = geo::origin();
                    return geo::length(p);
                }
                """);
        HeaderUse tiny = header(single(tree), tree.resolve("tiny.h").toString());
        assertEquals(3, tiny.parsed());
        assertEquals(3, tiny.used());
        assertEquals(100.0, tiny.usedPercent(), 1e-9);
        assertEquals(tiny.astBytes(), tiny.neededAstBytes(), "all of it is needed, so all of it is paid");
    }

    private AnalysedWorkspace sample() throws Exception {
        Path sample = Path.of("..", "samples", "vybe-sdf").toAbsolutePath().normalize();
        return AnalysisSession.bundled().prepare(AnalysisRequest.of(List.of(sample)).withCacheDir(dir.resolve("cache")))
                .run(Progress.SILENT, () -> false);
    }

    private ModuleUtilisation single(Path tree, String... flags) throws Exception {
        AnalysedWorkspace analysed = AnalysisSession.bundled().prepare(new AnalysisRequest(List.of(tree),
                List.of(flags), tree, 0, true, dir.resolve("cache"), true, null, null, false, List.of()))
                .run(Progress.SILENT, () -> false);
        String unit = analysed.workspace().units().stream().filter(u -> u.path().endsWith(".cpp")).findFirst()
                .orElseThrow().name();
        return new HeaderUtilisations(analysed).unit(unit, () -> false);
    }

    private static ModuleUtilisation module(HeaderUtilisations.Study study, String name) {
        return study.modules().stream().filter(m -> m.module().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no module " + name));
    }

    private static HeaderUse header(ModuleUtilisation m, String pathEnd) {
        return m.headers().stream().filter(h -> h.header().endsWith(pathEnd)).findFirst().orElseThrow(
                () -> new AssertionError(m.module() + " does not parse " + pathEnd));
    }

    private static List<HeaderPair> pairs(JitBudget.Result before, JitBudget.Result after) {
        return before.loads().stream().map(b -> new HeaderPair(b.namespace(), b.headerBytes(),
                after.loads().stream().filter(a -> a.namespace().equals(b.namespace())).findFirst().orElseThrow()
                        .headerBytes())).toList();
    }

    /** One module's header memory before and after a what-if. */
    private record HeaderPair(String name, long before, long after) {
    }

    private static void requireSampleHeaders() {
        RefactorWorkbenchTest.require("/usr/include/vulkan/vulkan.h", "/usr/include/imgui/imgui.h",
                "/usr/include/imgui/backends/imgui_impl_vulkan.h");
    }

    private static void requireHeader(String path) {
        RefactorWorkbenchTest.require(path);
    }
}
