// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileReaderTest {

    @TempDir
    Path dir;

    private Path project(String json) throws IOException {
        return Files.writeString(dir.resolve("headroom.json"), json);
    }

    @Test
    void fullExampleResolvesPathsDefinesFlagsAndKeepsJitRaw() throws Exception {
        Files.createDirectories(dir.resolve("include"));
        Files.createDirectories(dir.resolve("sdk/include"));
        Path file = project("""
                {
                  "name": "vybe-sdf",
                  "inputs": ["src", "~/shared/lib.jank"],
                  "includeDirs": ["include"],
                  "quoteDirs": [],
                  "systemIncludeDirs": ["${VULKAN_SDK}/include"],
                  "defines": {"VYBE_IOS": "1", "NDEBUG": "", "LEVEL": 3},
                  "undefines": ["OLD"],
                  "std": "c++17",
                  "flags": ["-DEXTRA=2", "-isystem", "${OPT:-/opt/x}"],
                  "jit": {"budgetMs": 250, "tags": ["a", null], "nested": {"on": true}}
                }
                """);
        Map<String, String> env = Map.of("VULKAN_SDK", dir.resolve("sdk").toString(), "HOME", "/home/me");

        ProjectFile project = ProjectFileReader.read(file, env);

        assertEquals(file, project.file());
        assertEquals("vybe-sdf", project.name());
        assertEquals(List.of(dir.resolve("src").toString(), "/home/me/shared/lib.jank"), project.inputs());
        assertEquals(new CompileOptions(
                List.of(dir.resolve("include")),
                List.of(),
                List.of(dir.resolve("sdk/include"), Path.of("/opt/x")),
                List.of(MacroOption.define("VYBE_IOS", "1"), MacroOption.define("NDEBUG", ""),
                        MacroOption.define("LEVEL", "3"), MacroOption.undefine("OLD"),
                        MacroOption.define("EXTRA", "2")),
                "c++17", null, List.of()), project.options());
        Map<String, Object> expectedJit = new LinkedHashMap<>();
        expectedJit.put("budgetMs", 250);
        expectedJit.put("tags", Arrays.asList("a", null));
        expectedJit.put("nested", Map.of("on", true));
        assertEquals(expectedJit, project.jit());
        assertThrows(UnsupportedOperationException.class, () -> project.jit().put("x", 1));
        assertEquals(List.of(), project.warnings());
    }

    @Test
    void onlyInputsIsRequired() throws Exception {
        ProjectFile project = ProjectFileReader.read(project("{\"inputs\": [\"a.h\"]}"), Map.of());

        assertNull(project.name());
        assertEquals(List.of(dir.resolve("a.h").toString()), project.inputs());
        assertEquals(CompileOptions.empty(), project.options());
        assertEquals(Map.of(), project.jit());
    }

    @Test
    void unknownKeyNamesTheKeyItsLineAndTheAllowedKeys() throws Exception {
        Path file = project("""
                {
                  "inputs": ["src"],
                  "includeDir": ["include"]
                }
                """);

        InputException e = assertThrows(InputException.class, () -> ProjectFileReader.read(file, Map.of()));

        assertEquals(file + ":3: unknown key \"includeDir\"; allowed keys are name, inputs, includeDirs, quoteDirs, "
                + "systemIncludeDirs, projectFolders, defines, undefines, std, flags, jit", e.getMessage());
    }

    @Test
    void missingInputsIsAnError() throws Exception {
        Path file = project("{\"name\": \"x\"}");

        InputException e = assertThrows(InputException.class, () -> ProjectFileReader.read(file, Map.of()));

        assertEquals(InputProblem.of(file, "no \"inputs\"; list what to analyse, e.g. \"inputs\": [\"src\"]"),
                e.problem());
    }

    @Test
    void wrongValueTypesAreErrorsOnTheKeysLine() throws Exception {
        Path std = project("{\n\"inputs\": [\"src\"],\n\"std\": 17\n}");
        InputException e = assertThrows(InputException.class, () -> ProjectFileReader.read(std, Map.of()));
        assertEquals(new InputProblem(std, 3, "\"std\" is a number; it must be a string"), e.problem());

        Path inputs = project("{\"inputs\": \"src\"}");
        e = assertThrows(InputException.class, () -> ProjectFileReader.read(inputs, Map.of()));
        assertEquals(new InputProblem(inputs, 1, "\"inputs\" is a string; it must be an array of strings"),
                e.problem());
    }

    @Test
    void syntaxErrorReportsJacksonsLine() throws Exception {
        Path file = project("{\n  \"inputs\": [\"src\"],\n  \"std\": \"c++17\",\n}\n");

        InputException e = assertThrows(InputException.class, () -> ProjectFileReader.read(file, Map.of()));

        assertEquals(4, e.problem().line());
        assertEquals(true, e.problem().message().startsWith("invalid JSON: "), e.problem().message());
    }

    @Test
    void duplicateKeyIsAnError() throws Exception {
        Path file = project("{\"inputs\": [\"a\"],\n\"inputs\": [\"b\"]}");

        InputException e = assertThrows(InputException.class, () -> ProjectFileReader.read(file, Map.of()));

        assertEquals(new InputProblem(file, 2, "key \"inputs\" appears twice (first on line 1); keep one"),
                e.problem());
    }

    @Test
    void missingIncludeDirAndUnsetVariableAreWarningsNotErrors() throws Exception {
        Path file = project("""
                {
                  "inputs": ["src"],
                  "includeDirs": ["missing"],
                  "systemIncludeDirs": ["${VULKAN_SDK}/include"]
                }
                """);

        ProjectFile project = ProjectFileReader.read(file, Map.of());

        assertEquals(List.of(dir.resolve("missing")), project.options().includeDirs());
        assertEquals(List.of(), project.options().systemIncludeDirs());
        assertEquals(List.of(
                new InputProblem(file, 3, "includeDirs entry " + dir.resolve("missing")
                        + " is not an existing folder; fix the path or remove it"),
                new InputProblem(file, 4, "systemIncludeDirs entry \"${VULKAN_SDK}/include\" skipped: environment "
                        + "variable VULKAN_SDK is not set; set it or write ${VAR:-fallback}")), project.warnings());
    }

    @Test
    void flagsThatDoNotAffectParsingAreWarned() throws Exception {
        Path file = project("{\"inputs\": [\"src\"], \"flags\": [\"-O2\", \"-Iinc\", \"-Wall\"]}");

        ProjectFile project = ProjectFileReader.read(file, Map.of());

        assertEquals(List.of(dir.resolve("inc")), project.options().includeDirs());
        assertEquals(List.of(new InputProblem(file, 1, "flags ignored because they do not affect parsing: -O2 -Wall; "
                + "list sources under \"inputs\"")), project.warnings());
    }

    @Test
    void topLevelArrayIsNotAProject() throws Exception {
        Path file = project("[]");

        InputException e = assertThrows(InputException.class, () -> ProjectFileReader.read(file, Map.of()));

        assertEquals(new InputProblem(file, 1, "a project file must be a JSON object such as {\"inputs\": [\"src\"]}"),
                e.problem());
    }
}
