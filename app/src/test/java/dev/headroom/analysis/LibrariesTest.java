// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LibrariesTest {

    @Test
    void headersAreGroupedByTheFolderTheyLieInUnderAnIncludeRoot() {
        assertEquals("vulkan", Libraries.of("/usr/include/vulkan/vulkan_core.h", "/w"));
        assertEquals("imgui", Libraries.of("/usr/include/imgui/imgui.h", "/w"));
        assertEquals("boost", Libraries.of("/usr/include/boost/optional/optional.hpp", "/w"));
        assertEquals("glm", Libraries.of("/usr/local/include/glm/glm.hpp", "/w"));
    }

    @Test
    void theRuntimeIsOneLibraryAndTheProjectAnother() {
        assertEquals(Libraries.RUNTIME, Libraries.of("/usr/include/c++/12/vector", "/w"));
        assertEquals(Libraries.RUNTIME, Libraries.of("/usr/include/x86_64-linux-gnu/bits/types.h", "/w"));
        assertEquals(Libraries.RUNTIME, Libraries.of("/usr/include/stdio.h", "/w"));
        assertEquals(Libraries.RUNTIME, Libraries.of("/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h", "/w"));
        assertEquals(Libraries.PROJECT, Libraries.of("/w/include/engine.hpp", "/w"));
        assertEquals("include", Libraries.of("/wx/include/engine.hpp", "/w"), "a sibling folder is not the project");
    }
}
