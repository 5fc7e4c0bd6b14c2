// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.headroom.model.UnitKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLoaderTest {

    private static final CompileOptions NONE = CompileOptions.empty();

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static WorkspaceInputs load(CompileOptions commandLine, Path... inputs) {
        return WorkspaceLoader.load(List.of(inputs), commandLine, Map.of());
    }

    private static List<String> names(WorkspaceInputs inputs) {
        return inputs.units().stream().map(UnitSpec::name).toList();
    }

    @Test
    void folderWithoutProjectOrJankLoadsCAndCxxFilesSortedSkippingHiddenAndBuildFolders() throws Exception {
        write("src/b.cpp", "int b;");
        write("src/a.c", "int a;");
        write("include/vybe/api.h", "#pragma once");
        write("include/vybe/math.hpp", "#pragma once");
        write("README.md", "not a source");
        write(".git/hooks/x.c", "int hidden;");
        write("build/gen.c", "int generated;");
        write("target/t.c", "int t;");
        write("node_modules/n/n.c", "int n;");
        write("src/.hidden.c", "int h;");

        WorkspaceInputs inputs = load(NONE, dir);

        assertEquals(List.of("include/vybe/api.h", "include/vybe/math.hpp", "src/a.c", "src/b.cpp"), names(inputs));
        assertEquals(List.of(UnitKind.HEADER, UnitKind.HEADER, UnitKind.SOURCE, UnitKind.SOURCE),
                inputs.units().stream().map(UnitSpec::kind).toList());
        assertEquals(List.of(), inputs.problems());
        assertEquals(dir.getFileName().toString(), inputs.name());
        assertEquals(dir, inputs.root());
        assertNull(inputs.projectFile());
        UnitSpec c = inputs.units().get(2);
        assertEquals(Language.C, c.options().language());
        assertEquals(dir.resolve("src/a.c"), c.declaredIn());
        assertNull(inputs.units().get(0).options().language());
        assertEquals(Language.CXX, inputs.units().get(1).options().language());
    }

    @Test
    void folderWithJankModulesLoadsOnlyTheModules() throws Exception {
        write("src/vybe/sdf.jank", "(ns vybe.sdf (:require [\"vulkan/vulkan.h\" :as vk] [\"imgui.h\"]))\n(defn f [])");
        write("src/vybe/util.jank", "(ns vybe.util)");
        write("native/helper.cpp", "int helper;");

        WorkspaceInputs inputs = load(NONE, dir);

        assertEquals(List.of("vybe.sdf", "vybe.util"), names(inputs));
        UnitSpec sdf = inputs.units().get(0);
        assertEquals(UnitKind.JANK_MODULE, sdf.kind());
        assertEquals(List.of("vulkan/vulkan.h", "imgui.h"), sdf.includes());
        assertEquals(Language.CXX, sdf.options().language());
        assertEquals(List.of("vybe.sdf", "vybe.util"),
                inputs.modules().stream().map(JankModule::namespace).toList());
        assertEquals(1, inputs.modules().get(0).functionCount());
    }

    @Test
    void folderWithProjectFileUsesItAndAppliesCommandLineOptionsOnTop() throws Exception {
        Files.createDirectories(dir.resolve("include"));
        Path project = write("headroom.json", """
                {"name": "vybe-sdf", "inputs": ["src", "extra.h"], "includeDirs": ["include"],
                 "defines": {"A": "1"}, "std": "c++17", "jit": {"limitMB": 1500}}
                """);
        write("src/main.cpp", "int main() {}");
        write("src/ignored.jank", "(ns ignored)");
        write("extra.h", "#pragma once");
        write("outside/not-listed.c", "int x;");
        CompileOptions commandLine = CompilerFlags.parse(List.of("-UA", "-std=c++20", "-I/cli"), dir).options();

        WorkspaceInputs inputs = load(commandLine, dir);

        assertEquals("vybe-sdf", inputs.name());
        assertEquals(project, inputs.projectFile());
        assertEquals(dir, inputs.root());
        assertEquals(List.of("extra.h", "ignored"), names(inputs));
        UnitSpec header = inputs.units().get(0);
        assertEquals(project, header.declaredIn());
        assertEquals(new CompileOptions(List.of(dir.resolve("include"), Path.of("/cli")), List.of(), List.of(),
                List.of(MacroOption.define("A", "1"), MacroOption.undefine("A")), "c++20", null, List.of()),
                header.options());
        assertEquals(List.of(), inputs.problems());
        assertEquals(java.util.Map.of("limitMB", 1500), inputs.jit(), "the project's JIT settings travel with the inputs");
    }

    @Test
    void compileCommandsFileGivesOneUnitPerEntryWithCommandLineOptionsAppended() throws Exception {
        Path db = write("compile_commands.json", """
                [{"directory": "%1$s", "file": "a.c", "arguments": ["cc", "-DA", "-c", "a.c"]},
                 {"directory": "%1$s", "file": "a.c", "arguments": ["cc", "-DSECOND", "-c", "a.c"]},
                 {"directory": "%1$s", "file": "b.cpp"}]
                """.formatted(dir));

        WorkspaceInputs inputs = load(CompilerFlags.parse(List.of("-DCLI"), dir).options(), db);

        assertEquals(List.of("a.c"), names(inputs));
        UnitSpec a = inputs.units().get(0);
        assertEquals(UnitKind.COMPILE_COMMAND, a.kind());
        assertEquals(db, a.declaredIn());
        assertEquals(List.of(MacroOption.define("A", "1"), MacroOption.define("CLI", "1")), a.options().macros());
        assertEquals(List.of(3), inputs.problems().stream().map(InputProblem::line).toList());
        assertEquals("compile_commands.json", inputs.name());
    }

    @Test
    void anyJsonHoldingAnArrayIsReadAsCompileCommands() throws Exception {
        Path db = write("cdb/debug.json", "  [{\"directory\": \"/w\", \"file\": \"x.cc\", \"command\": \"c++ x.cc\"}]");

        WorkspaceInputs inputs = load(NONE, db);

        assertEquals(List.of(UnitKind.COMPILE_COMMAND), inputs.units().stream().map(UnitSpec::kind).toList());
        assertEquals(List.of(), inputs.problems());
    }

    @Test
    void badInputsEachGiveOneProblemAndTheRestStillLoads() throws Exception {
        Path good = write("ok/good.hpp", "#pragma once");
        Path missing = dir.resolve("missing.h");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path binary = dir.resolve("blob.h");
        Files.write(binary, new byte[] {'#', 0, 1, 2});
        Path unknown = write("notes.txt", "hello");
        Path badDb = write("bad/compile_commands.json", "[\n{\"directory\": \"/w\",,}\n]");
        Path badJank = write("bad/broken.jank", "(ns broken\n  (:require [\"x.h\"]\n");

        WorkspaceInputs inputs = load(NONE, good, missing, empty, binary, unknown, badDb, badJank);

        assertEquals(List.of(good), inputs.units().stream().map(UnitSpec::mainFile).toList());
        List<InputProblem> problems = inputs.problems();
        assertEquals(6, problems.size(), problems.toString());
        assertEquals(InputProblem.of(missing, "does not exist; check the path"), problems.get(0));
        assertEquals(InputProblem.of(empty, "has no headroom.json, .jank modules or C/C++ files; point at a folder "
                + "with sources or add a headroom.json"), problems.get(1));
        assertEquals(InputProblem.of(binary, "is a binary file (NUL byte in the first 8 KiB), not source text; "
                + "give the source or header instead"), problems.get(2));
        assertEquals(InputProblem.of(unknown, "unknown kind of input; give a folder, headroom.json, "
                + "compile_commands.json, a .jank module or a C/C++ source or header"), problems.get(3));
        assertEquals(badDb, problems.get(4).file());
        assertEquals(2, problems.get(4).line());
        // the innermost unclosed form is reported: (:require on line 2
        assertEquals(new InputProblem(badJank, 2,
                "'(' opened here is never closed; check that every (, [ and { is closed"), problems.get(5));
        assertEquals("empty", inputs.name()); // the first folder given names the workspace
        assertEquals(empty, inputs.root());
        assertEquals(good.toString(), inputs.units().get(0).name());
    }

    @Test
    void sameFileGivenTwiceOrThroughItsFolderLoadsOnce() throws Exception {
        Path header = write("inc/a.h", "#pragma once");

        WorkspaceInputs inputs = load(NONE, header, dir.resolve("inc/../inc/a.h"), dir.resolve("inc"), dir);

        assertEquals(List.of(header), inputs.units().stream().map(UnitSpec::mainFile).toList());
        assertEquals("a.h", inputs.units().get(0).name());
        assertEquals("inc", inputs.name());
    }

    @Test
    void projectProblemsAreReportedAndMissingProjectInputsNamed() throws Exception {
        Path project = write("headroom.json", """
                {"inputs": ["gone", "src"], "includeDirs": ["nope"]}
                """);
        write("src/x.c", "int x;");

        WorkspaceInputs inputs = load(NONE, project);

        assertEquals(List.of("src/x.c"), names(inputs));
        assertEquals(dir.getFileName().toString(), inputs.name());
        assertEquals(List.of(
                new InputProblem(project, 1, "includeDirs entry " + dir.resolve("nope")
                        + " is not an existing folder; fix the path or remove it"),
                InputProblem.of(project, "input " + dir.resolve("gone") + " does not exist; fix \"inputs\"")),
                inputs.problems());
    }

    @Test
    void projectWithUnknownKeyIsOneProblemAndOtherInputsStillLoad() throws Exception {
        Path project = write("p/headroom.json", "{\"inputs\": [\"src\"],\n \"std\": \"c++17\", \"inclueDirs\": []}");
        Path header = write("q/ok.h", "#pragma once");

        WorkspaceInputs inputs = load(NONE, project, header);

        assertEquals(List.of(header), inputs.units().stream().map(UnitSpec::mainFile).toList());
        assertEquals(1, inputs.problems().size());
        assertEquals(2, inputs.problems().get(0).line());
        assertNull(inputs.projectFile());
    }

    @Test
    void commandLineLanguageOverridesTheCExtension() throws Exception {
        Path c = write("a.c", "int a;");

        WorkspaceInputs inputs = load(CompilerFlags.parse(List.of("-x", "c++"), dir).options(), c);

        assertEquals(Language.CXX, inputs.units().get(0).options().language());
        assertEquals("a.c", inputs.name());
    }

    @Test
    void noInputsAtAllIsAProblem() {
        WorkspaceInputs inputs = WorkspaceLoader.load(List.of(), NONE, Map.of());

        assertEquals(List.of(), inputs.units());
        assertEquals(1, inputs.problems().size());
        assertEquals("workspace", inputs.name());
    }
}
