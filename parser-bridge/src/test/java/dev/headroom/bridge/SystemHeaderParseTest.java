// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real system headers parse with zero problems once the compiler's own settings are given to CDT. */
class SystemHeaderParseTest {
    private final TranslationUnitParser parser = new TranslationUnitParser();

    private ParsedUnit parse(String text, List<Path> extraSystemDirs) {
        return parser.parse(Requests.cxxText(Path.of("/virtual/main.cpp"), text, extraSystemDirs), CancelSignal.NEVER);
    }

    @Test
    void libstdcxxContainersAndMathParseWithoutProblems() {
        ParsedUnit unit = parse("#include <vector>\n#include <string>\n#include <cmath>\n#include <unordered_map>\n", List.of());
        assertEquals(List.of(), unit.problems());
        assertTrue(unit.files().size() > 100, "libstdc++ pulls in well over a hundred files, got " + unit.files().size());
        assertTrue(unit.files().stream().anyMatch(f -> f.path().endsWith("unordered_map")));
    }

    @Test
    void vulkanHeaderParsesWithoutProblems() {
        Environment.requireFile("/usr/include/vulkan/vulkan.h");
        ParsedUnit unit = parse("#include <vulkan/vulkan.h>\n", List.of());
        assertEquals(List.of(), unit.problems());
        ParsedFile core = unit.files().stream().filter(f -> f.path().endsWith("vulkan_core.h")).findFirst().orElseThrow();
        assertTrue(core.declarations(DeclarationKind.ENUMERATOR) > 1000, "vulkan_core.h declares thousands of enumerators");
    }

    @Test
    void imguiHeaderParsesWithoutProblems() {
        Environment.requireFile("/usr/include/imgui/imgui.h");
        ParsedUnit unit = parse("#include <imgui.h>\n", List.of(Path.of("/usr/include/imgui")));
        assertEquals(List.of(), unit.problems());
        ParsedFile imgui = unit.files().stream().filter(f -> f.path().endsWith("imgui.h")).findFirst().orElseThrow();
        assertTrue(imgui.declarations(DeclarationKind.FUNCTION_DECLARATION) > 300, "ImGui declares hundreds of API functions");
        assertTrue(imgui.declarations(DeclarationKind.TEMPLATE_CLASS) > 0, "ImVector is a class template");
    }
}
