// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolchainProbeTest {
    @TempDir
    Path empty;

    private static Map<String, String> env() {
        return Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin"));
    }

    @Test
    void clangIsAskedForItsSearchPathAndMacrosAndTheAnswerIsRemembered() {
        Environment.clang();
        ToolchainProbe probe = new ToolchainProbe(env());
        Toolchain t = probe.probe(SourceLanguage.CXX, "c++17").orElseThrow();
        assertTrue(t.compiler().endsWith("clang++"), t.compiler());
        assertEquals("c++17", t.dialect());
        assertTrue(t.macros().containsKey("__GNUC__"), "libstdc++ needs __GNUC__");
        assertTrue(t.systemDirs().stream().anyMatch(d -> d.toString().startsWith("/usr/include/c++/")), t.systemDirs()::toString);
        assertSame(t, probe.probe(SourceLanguage.CXX, "c++17").orElseThrow(), "asked once per probe");
        assertEquals(t, new ToolchainProbe(env()).ask(Path.of(t.compiler()), SourceLanguage.CXX, "c++17"),
                "asking again gives the same answer");
    }

    @Test
    void cxx20DropsConceptsWhichCdtCannotParseAndSaysSo() {
        Environment.clang();
        Toolchain t = new ToolchainProbe(env()).probe(SourceLanguage.CXX, "c++20").orElseThrow();
        assertFalse(t.macros().containsKey("__cpp_concepts"));
        assertEquals("c++20 without concepts (CDT has none)", t.dialect());
    }

    @Test
    void cxx20ReadsConstevalAsConstexprAndDropsDeprecatedWhileCxx17KeepsTheCompilersMacros() {
        Toolchain cxx20 = Environment.toolchain(SourceLanguage.CXX, "c++20");
        Toolchain cxx17 = Environment.toolchain(SourceLanguage.CXX, "c++17");
        assertEquals("constexpr", cxx20.macros().get("consteval"));
        assertFalse(cxx20.macros().containsKey("__DEPRECATED"));
        assertFalse(cxx17.macros().containsKey("consteval"));
        assertTrue(cxx17.macros().containsKey("__DEPRECATED"), "the cost model was fitted with libstdc++'s attributes");
    }

    @Test
    void cxxEnvironmentVariableChoosesTheCompiler() {
        Optional<Path> gxx = new ToolchainProbe(env()).findCompilerNamed("g++");
        Environment.require(gxx.isPresent(), "g++");
        Map<String, String> withCxx = Map.of("PATH", env().get("PATH"), "CXX", "g++");
        assertTrue(new ToolchainProbe(withCxx).findCompiler(SourceLanguage.CXX).orElseThrow().endsWith("g++"));
    }

    @Test
    void noCompilerOnPathMeansNoToolchainRatherThanAFailure() {
        ToolchainProbe probe = new ToolchainProbe(Map.of("PATH", empty.toString()));
        assertEquals(Optional.empty(), probe.probe(SourceLanguage.CXX, null));
    }

    @Test
    void functionLikeMacrosKeepTheirParametersInTheKey() {
        Map<String, String> macros = CompilerOutput.parseMacros("#define A 1\n#define F(x, y) ((x)+(y))\n#define E\n");
        assertEquals(Map.of("A", "1", "F(x, y)", "((x)+(y))", "E", ""), macros);
        assertEquals(List.of(Path.of("/usr/include")), CompilerOutput.parseSearchPath(
                "#include <...> search starts here:\n /usr/bin/../include\nEnd of search list.\n"));
    }
}
