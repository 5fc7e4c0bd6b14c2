// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.headroom.workspace.CompilerFlags.ParsedCommand;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerFlagsTest {

    private static final Path WORK = Path.of("/work/proj").toAbsolutePath();

    private static ParsedCommand parse(String... args) {
        return CompilerFlags.parse(List.of(args), WORK);
    }

    @Test
    void includeDirsAcceptGluedAndSeparateSpellingsAndResolveAgainstWorkingDir() {
        ParsedCommand parsed = parse("clang++", "-Iinclude", "-I", "../third_party", "-I/abs/dir", "main.cpp");

        assertEquals(List.of(WORK.resolve("include"), WORK.resolve("../third_party").normalize(), Path.of("/abs/dir")),
                parsed.options().includeDirs());
        assertEquals(List.of(WORK.resolve("main.cpp")), parsed.sources());
        assertEquals(List.of(), parsed.ignored());
    }

    @Test
    void systemQuoteAndAfterDirsGoToTheirOwnLists() {
        ParsedCommand parsed = parse("-isystem", "/usr/include/imgui", "-isystem/opt/x", "-iquote", "q",
                "-iquoteq2", "-idirafter", "/late", "-idirafter/later");

        CompileOptions options = parsed.options();
        assertEquals(List.of(Path.of("/usr/include/imgui"), Path.of("/opt/x"), Path.of("/late"), Path.of("/later")),
                options.systemIncludeDirs());
        assertEquals(List.of(WORK.resolve("q"), WORK.resolve("q2")), options.quoteDirs());
        assertEquals(List.of(), options.includeDirs());
    }

    @Test
    void definesAndUndefinesKeepCommandOrderAndCompilerValueRules() {
        ParsedCommand parsed = parse("-DX", "-DEMPTY=", "-DPAIR=a=b", "-D", "SEP=2", "-UX", "-U", "Y",
                "-DF(a)=a");

        assertEquals(List.of(
                MacroOption.define("X", "1"),
                MacroOption.define("EMPTY", ""),
                MacroOption.define("PAIR", "a=b"),
                MacroOption.define("SEP", "2"),
                MacroOption.undefine("X"),
                MacroOption.undefine("Y"),
                MacroOption.define("F(a)", "a")), parsed.options().macros());
    }

    @Test
    void shellQuotedFunctionLikeDefineKeepsParametersInTheName() {
        List<String> args = CompilerFlags.splitCommand("cc -D'F(a)=a' -c f.c");

        ParsedCommand parsed = CompilerFlags.parse(args, WORK);

        assertEquals(List.of(MacroOption.define("F(a)", "a")), parsed.options().macros());
        assertEquals(List.of("-c"), parsed.ignored());
    }

    @Test
    void stdAcceptsBothSpellingsAndTheLastOneWins() {
        assertEquals("c++17", parse("-std=c++17").options().std());
        assertEquals("gnu++20", parse("--std=gnu++20").options().std());
        assertEquals("c11", parse("-std=c++17", "-std=c11").options().std());
        assertNull(parse("main.c").options().std());
    }

    @Test
    void languageFlagMapsHeaderVariantsAndIgnoresOtherLanguages() {
        assertEquals(Language.C, parse("-x", "c").options().language());
        assertEquals(Language.C, parse("-xc-header").options().language());
        assertEquals(Language.CXX, parse("-x", "c++").options().language());
        assertEquals(Language.CXX, parse("-x", "c++-header").options().language());
        assertNull(parse("-x", "c++", "-x", "none").options().language());

        ParsedCommand objc = parse("-x", "objective-c", "a.m");
        assertNull(objc.options().language());
        assertEquals(List.of("-x", "objective-c"), objc.ignored());
    }

    @Test
    void forcedIncludesResolveButIncludePchIsIgnoredWithItsValue() {
        ParsedCommand parsed = parse("-include", "config.h", "-includeprefix.h", "-include-pch", "pre.pch");

        assertEquals(List.of(WORK.resolve("config.h"), WORK.resolve("prefix.h")), parsed.options().forcedIncludes());
        assertEquals(List.of("-include-pch", "pre.pch"), parsed.ignored());
        assertEquals(List.of(), parsed.sources());
    }

    @Test
    void irrelevantFlagsAreCollectedWithTheirValuesAndNeverMistakenForSources() {
        ParsedCommand parsed = parse("/usr/bin/c++", "-o", "out.cpp", "-c", "-MD", "-MF", "dep.d", "-MT", "t.o",
                "-MQ", "q.o", "-Wall", "-O2", "-fPIC", "-g3", "-march=native", "--target=arm64-apple-macos",
                "-arch", "arm64", "--weird", "lib.a", "src/a.cc");

        assertEquals(List.of(WORK.resolve("src/a.cc")), parsed.sources());
        assertEquals(List.of("-o", "out.cpp", "-c", "-MD", "-MF", "dep.d", "-MT", "t.o", "-MQ", "q.o", "-Wall",
                "-O2", "-fPIC", "-g3", "-march=native", "--target=arm64-apple-macos", "-arch", "arm64", "--weird",
                "lib.a"), parsed.ignored());
        assertEquals(CompileOptions.empty(), parsed.options());
    }

    @Test
    void firstArgumentIsASourceWhenThereIsNoCompiler() {
        ParsedCommand parsed = parse("a.c", "b.hpp", "c.C", "d.c++", "e.mm", "f.hh", "g.hxx", "h.cxx", "i.h", "j.m");

        assertEquals(10, parsed.sources().size());
        assertEquals(WORK.resolve("a.c"), parsed.sources().get(0));
        assertEquals(List.of(), parsed.ignored());
    }

    @Test
    void flagMissingItsValueAtTheEndIsIgnoredNotCrashing() {
        ParsedCommand parsed = parse("-I");

        assertEquals(List.of("-I"), parsed.ignored());
        assertEquals(CompileOptions.empty(), parsed.options());
    }

    @Test
    void splitCommandHandlesQuotesEscapesAndEmptyArguments() {
        assertEquals(List.of("cc", "-DMSG=\"hi there\"", "-I/path with space", "a b.c", "", "x\\y", "$HOME"),
                CompilerFlags.splitCommand(
                        "cc  -DMSG='\"hi there\"' \"-I/path with space\" a\\ b.c '' 'x\\y' \"\\$HOME\""));
        assertEquals(List.of("-DQ=\"a\\b\""), CompilerFlags.splitCommand("\"-DQ=\\\"a\\b\\\"\""));
        assertEquals(List.of("cc", "-c", "f.c"), CompilerFlags.splitCommand("cc \\\n -c\tf.c\n"));
    }

    @Test
    void splitCommandRejectsUnclosedQuotesAndTrailingBackslash() {
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> CompilerFlags.splitCommand("cc 'abc"));
        assertEquals("single quote at column 4 is never closed", single.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CompilerFlags.splitCommand("cc \"abc"));
        assertThrows(IllegalArgumentException.class, () -> CompilerFlags.splitCommand("cc \\"));
    }
}
