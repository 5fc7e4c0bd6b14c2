// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.refactor.SplitBlocker;
import dev.headroom.refactor.SplitPlanner;
import dev.headroom.refactor.SplitProposal;
import dev.headroom.refactor.SplitRefusal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every structure a split will not cut through, one by one: the header is refused with the blocker and the line, and
 * the plan has no step.
 */
class SplitRefusalTest {
    @TempDir
    Path dir;

    private static final String TYPES = """
            struct rgb {
                float r, g, b;
            };
            struct hsv {
                float h, s, v;
            };
            """;
    private static final String MIX = """
            inline rgb mix(rgb a, rgb b, float t) { return rgb{a.r + (b.r - a.r) * t, a.g, a.b}; }
            """;
    private static final String TO_HSV = """
            inline hsv to_hsv(rgb c) { return hsv{c.r, c.g, c.b}; }
            """;

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("conditional", "#pragma once\nnamespace gfx {\n" + TYPES + MIX
                        + "#ifdef GFX_FAST\ninline float fast() { return 1; }\n#endif\n" + TO_HSV + "}\n",
                        SplitBlocker.CONDITIONAL, 10),
                Arguments.of("macro", "#pragma once\n#define GFX_SCALE 2.0f\nnamespace gfx {\n" + TYPES + MIX
                        + TO_HSV + "}\n", SplitBlocker.MACRO_DEFINED, 2),
                Arguments.of("include-between", "#pragma once\nnamespace gfx {\n" + TYPES + "}\n#include \"extra.h\"\n"
                        + "namespace gfx {\n" + MIX + TO_HSV + "}\n", SplitBlocker.INCLUDE_BETWEEN, 10),
                Arguments.of("macro-declaration", "#pragma once\n#include \"extra.h\"\nnamespace gfx {\n" + TYPES
                        + "GFX_DECLARE(gray)\n" + MIX + TO_HSV + "}\n", SplitBlocker.MACRO_DECLARATION, 10),
                Arguments.of("extern-c", "#pragma once\nextern \"C\" {\nint gfx_version();\n}\nnamespace gfx {\n" + TYPES
                        + MIX + TO_HSV + "}\n", SplitBlocker.SPECIAL_SCOPE, 2),
                Arguments.of("unnamed-namespace", "#pragma once\nnamespace gfx {\n" + TYPES
                        + "namespace {\ninline int helper() { return 1; }\n}\n" + MIX + TO_HSV + "}\n",
                        SplitBlocker.SPECIAL_SCOPE, 9),
                Arguments.of("shared-line", "#pragma once\nnamespace gfx { struct rgb { float r, g, b; };\n"
                        + "struct hsv { float h, s, v; };\n" + MIX + TO_HSV + "}\n", SplitBlocker.SHARED_LINE, 2),
                Arguments.of("one-piece", "#pragma once\nnamespace gfx {\n" + TYPES
                        + "hsv to_hsv(rgb c);\ninline rgb mix(rgb a, rgb b, float t) { return to_hsv(a).h > t ? a : b; }\n"
                        + "inline hsv to_hsv(rgb c) { return mix(c, c, 0).r > 0 ? hsv{1, 0, 0} : hsv{}; }\n}\n",
                        SplitBlocker.ONE_PIECE, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aHeaderWithThisStructureIsRefusedWithTheBlockerAndItsLine(String name, String header, SplitBlocker blocker,
            int line) throws Exception {
        Path tree = SplitFixtures.tree(dir.resolve(name), header);
        SplitProposal split = split(tree, SplitPlanner.Choice.byDefault());
        assertFalse(split.possible(), name + " must be refused: " + split.pieces());
        assertTrue(split.plan().steps().isEmpty());
        SplitRefusal refusal = split.refused().stream().filter(r -> r.blocker() == blocker).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": " + split.refused()));
        assertEquals(line, refusal.line(), refusal.reason());
        assertTrue(refusal.reason().contains(blocker.reason()), refusal.reason());
    }

    @Test
    void piecesTheUserArrangedInACycleAreRefused() throws Exception {
        Path tree = SplitFixtures.colours(dir);
        SplitProposal split = split(tree, new SplitPlanner.Choice(0, List.of(
                new SplitPlanner.ChosenPiece("a.h", List.of("gfx::rgb", "gfx::to_hsv")),
                new SplitPlanner.ChosenPiece("b.h", List.of("gfx::mix", "gfx::hsv"))), true));
        assertEquals(List.of(SplitBlocker.CYCLE), split.refused().stream().map(SplitRefusal::blocker).toList(),
                "to_hsv needs hsv and mix needs rgb: " + split.refused());
    }

    @Test
    void realThirdPartyHeadersThatCannotSplitSayWhy() throws Exception {
        RefactorWorkbenchTest.require("/usr/include/imgui/imgui.h", "/usr/include/imgui/imgui_stdlib.h",
                "/usr/include/imgui/backends/imgui_impl_vulkan.h", "/usr/include/vulkan/vulkan.h");
        Path tree = Files.createDirectories(dir.resolve("imgui").resolve("include"));
        Files.copy(Path.of("/usr/include/imgui/imgui_stdlib.h"), tree.resolve("imgui_stdlib.h"));
        Files.copy(Path.of("/usr/include/imgui/backends/imgui_impl_vulkan.h"), tree.resolve("imgui_impl_vulkan.h"));
        Path src = Files.createDirectories(tree.resolveSibling("src"));
        for (String unit : List.of("a", "b")) {
            Files.writeString(src.resolve(unit + ".cpp"), "#include \"imgui.h\"\n#include \"imgui_stdlib.h\"\n"
                    + "#include \"imgui_impl_vulkan.h\"\n");
        }
        RefactorWorkbench workbench = new RefactorWorkbench(AnalysisSession.bundled().prepare(new AnalysisRequest(
                List.of(src.getParent()), List.of("-I", tree.toString(), "-isystem", "/usr/include/imgui",
                "-std=c++17"), src.getParent(), 0,
                true, dir.resolve("cache"), true, null, null, false, List.of())).run(Progress.SILENT, () -> false));
        SplitProposal stdlib = workbench.split(tree.resolve("imgui_stdlib.h").toString(),
                SplitPlanner.Choice.byDefault(), () -> false);
        assertTrue(stdlib.refused().stream().anyMatch(r -> r.blocker() == SplitBlocker.NOT_SELF_CONTAINED
                && r.what().contains("imgui.h")), "IMGUI_API and ImGuiInputTextFlags come from the includer's"
                + " imgui.h: " + stdlib.refused());
        SplitProposal vulkan = workbench.split(tree.resolve("imgui_impl_vulkan.h").toString(),
                SplitPlanner.Choice.byDefault(), () -> false);
        assertTrue(vulkan.refused().stream().anyMatch(r -> r.blocker() == SplitBlocker.CONDITIONAL
                && r.line() == 40), "#if defined(IMGUI_IMPL_VULKAN_NO_PROTOTYPES) ...: " + vulkan.refused());
    }

    private SplitProposal split(Path tree, SplitPlanner.Choice choice) throws Exception {
        RefactorWorkbench workbench = new RefactorWorkbench(AnalysisSession.bundled().prepare(new AnalysisRequest(
                List.of(tree), List.of("-I", tree.resolve("include").toString()), tree, 0, true,
                dir.resolve("cache"), true, null, null, false, List.of())).run(Progress.SILENT, () -> false));
        return workbench.split(tree.resolve("include/colours.h").toString(), choice, () -> false);
    }
}
