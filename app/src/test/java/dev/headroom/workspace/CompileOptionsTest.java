// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompileOptionsTest {

    private static CompileOptions options(String includeDir, MacroOption macro, String std, Language language) {
        return new CompileOptions(List.of(Path.of(includeDir)), List.of(Path.of(includeDir + "/q")),
                List.of(Path.of(includeDir + "/sys")), List.of(macro), std, language,
                List.of(Path.of(includeDir + "/pre.h")));
    }

    @Test
    void laterOptionsAppendListsAndWinForStdAndLanguage() {
        CompileOptions project = options("/p", MacroOption.define("A", "1"), "c++17", Language.CXX);
        CompileOptions commandLine = options("/c", MacroOption.undefine("A"), "c++20", Language.C);

        CompileOptions merged = project.overriddenBy(commandLine);

        assertEquals(List.of(Path.of("/p"), Path.of("/c")), merged.includeDirs());
        assertEquals(List.of(Path.of("/p/q"), Path.of("/c/q")), merged.quoteDirs());
        assertEquals(List.of(Path.of("/p/sys"), Path.of("/c/sys")), merged.systemIncludeDirs());
        assertEquals(List.of(MacroOption.define("A", "1"), MacroOption.undefine("A")), merged.macros());
        assertEquals(List.of(Path.of("/p/pre.h"), Path.of("/c/pre.h")), merged.forcedIncludes());
        assertEquals("c++20", merged.std());
        assertEquals(Language.C, merged.language());
    }

    @Test
    void unsetStdAndLanguageInLaterOptionsKeepEarlierOnes() {
        CompileOptions project = options("/p", MacroOption.define("A", "1"), "c++17", Language.CXX);

        CompileOptions merged = project.overriddenBy(CompileOptions.empty());

        assertEquals(project, merged);
        assertEquals(project, CompileOptions.empty().overriddenBy(project));
        assertTrue(CompileOptions.empty().isEmpty());
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<Path> dirs = new ArrayList<>(List.of(Path.of("/a")));
        CompileOptions options = new CompileOptions(dirs, List.of(), List.of(), List.of(), null, null, List.of());
        dirs.add(Path.of("/b"));

        assertEquals(List.of(Path.of("/a")), options.includeDirs());
        assertThrows(UnsupportedOperationException.class, () -> options.includeDirs().add(Path.of("/c")));
    }

    @Test
    void macroOptionReadsDefineTextLikeACompilerAndPrintsAsAFlag() {
        assertEquals(MacroOption.define("X", "1"), MacroOption.parseDefine("X"));
        assertEquals(MacroOption.define("X", ""), MacroOption.parseDefine("X="));
        assertEquals(MacroOption.define("X", "a=b"), MacroOption.parseDefine("X=a=b"));
        assertEquals("-DX=a=b", MacroOption.parseDefine("X=a=b").toString());
        assertEquals("-UX", MacroOption.undefine("X").toString());
        assertThrows(IllegalArgumentException.class, () -> new MacroOption("X", "1", true));
        assertThrows(IllegalArgumentException.class, () -> MacroOption.parseDefine("=1"));
    }

    @Test
    void inputProblemPrintsLikeACompilerDiagnostic() {
        Path file = Path.of("/w/headroom.json");

        assertEquals("/w/headroom.json:3: unknown key", new InputProblem(file, 3, "unknown key").toString());
        assertEquals("/w/headroom.json: missing", InputProblem.of(file, "missing").toString());
        assertEquals("/w/headroom.json:3: bad", new InputException(file, 3, "bad").getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InputProblem(file, -1, "x"));
    }
}
