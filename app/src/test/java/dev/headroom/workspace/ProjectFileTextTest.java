// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project file's text edited key by key: the rest kept as written, printed the same way every time. */
class ProjectFileTextTest {
    static final Path FILE = Path.of("/p/headroom.json");
    static final String WRITTEN = """
            {"name":"engine","inputs":["src"],"systemIncludeDirs":["${VULKAN_SDK}/include"],"std":"c++17",
             "flags":["-DEXTRA=2"],"jit":{"limitMB":1850,"retainedFraction":0.25}}
            """;

    @Test
    void anEditKeepsEveryOtherKeyAsWrittenAndPutsANewKeyWhereTheDocumentationListsIt() throws Exception {
        Map<String, String> defines = new LinkedHashMap<>();
        defines.put("NDEBUG", "");
        defines.put("VERSION", "2");
        String text = ProjectFileText.parse(FILE, WRITTEN).withStrings("includeDirs", List.of("include"))
                .withDefines(defines).render();

        assertEquals("""
                {
                  "name": "engine",
                  "inputs": ["src"],
                  "includeDirs": ["include"],
                  "systemIncludeDirs": ["${VULKAN_SDK}/include"],
                  "defines": {
                    "NDEBUG": "",
                    "VERSION": "2"
                  },
                  "std": "c++17",
                  "flags": ["-DEXTRA=2"],
                  "jit": {
                    "limitMB": 1850,
                    "retainedFraction": 0.25
                  }
                }
                """, text);
    }

    @Test
    void aKeySetToNothingIsRemovedAndAnUnchangedOneIsNotTouched() throws Exception {
        ProjectFileText text = ProjectFileText.parse(FILE, WRITTEN);
        assertSame(text, text.withText("std", "c++17"));
        assertSame(text, text.withStrings("includeDirs", List.of()), "an absent key left empty stays absent");

        String edited = text.withText("std", "").withStrings("systemIncludeDirs", List.of()).render();

        assertEquals("""
                {
                  "name": "engine",
                  "inputs": ["src"],
                  "flags": ["-DEXTRA=2"],
                  "jit": {
                    "limitMB": 1850,
                    "retainedFraction": 0.25
                  }
                }
                """, edited);
    }

    @Test
    void printingWhatWasPrintedGivesTheSameTextAndLongArraysTakeALineEach() throws Exception {
        List<String> dirs = List.of("/opt/homebrew/include", "~/src/imgui", "~/src/imgui/backends",
                "${VULKAN_SDK:-~/VulkanSDK/1.3.290.0/macOS}/include");
        String once = ProjectFileText.parse(FILE, WRITTEN).withStrings("systemIncludeDirs", dirs).render();
        String twice = ProjectFileText.parse(FILE, once).render();

        assertEquals(once, twice);
        assertEquals(dirs, ProjectFileText.parse(FILE, once).strings("systemIncludeDirs"));
        assertTrue(once.contains("""
                  "systemIncludeDirs": [
                    "/opt/homebrew/include",
                    "~/src/imgui",
                """), once);
    }

    @Test
    void textThatIsNotOneObjectIsRefusedNamingTheFile() {
        InputException e = assertThrows(InputException.class, () -> ProjectFileText.parse(FILE, "[\"src\"]"));
        assertEquals(FILE, e.problem().file());
        assertThrows(InputException.class, () -> ProjectFileText.parse(FILE, "{\"inputs\": [\"src\"]"));
    }
}
