// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.headroom.model.UnitKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandsReaderTest {

    @TempDir
    Path dir;

    private Path database(String json) throws IOException {
        return Files.writeString(dir.resolve("compile_commands.json"), json);
    }

    @Test
    void commandAndArgumentsEntriesBecomeUnitsWithTheirOwnOptions() throws Exception {
        Path db = database("""
                [
                  {"directory": "%1$s/build",
                   "file": "../src/a.cpp",
                   "command": "/usr/bin/c++ -I../include -DNAME='\\"x y\\"' -std=c++20 -o a.o -c ../src/a.cpp",
                   "output": "a.o"},
                  {"directory": "%1$s",
                   "file": "%1$s/src/b.c",
                   "arguments": ["cc", "-isystem", "/opt/sys", "-UOLD", "-c", "src/b.c"],
                   "command": "this is ignored because arguments win"}
                ]
                """.formatted(dir));

        List<UnitSpec> units = CompileCommandsReader.read(db);

        assertEquals(2, units.size());
        UnitSpec a = units.get(0);
        assertEquals("src/a.cpp", a.name());
        assertEquals(UnitKind.COMPILE_COMMAND, a.kind());
        assertEquals(dir.resolve("src/a.cpp"), a.mainFile());
        assertEquals(List.of(), a.includes());
        assertEquals(db, a.declaredIn());
        assertEquals(new CompileOptions(List.of(dir.resolve("include")), List.of(), List.of(),
                List.of(MacroOption.define("NAME", "\"x y\"")), "c++20", null, List.of()), a.options());
        UnitSpec b = units.get(1);
        assertEquals(dir.resolve("src/b.c"), b.mainFile());
        assertEquals(new CompileOptions(List.of(), List.of(), List.of(Path.of("/opt/sys")),
                List.of(MacroOption.undefine("OLD")), null, null, List.of()), b.options());
    }

    @Test
    void badEntriesAreSkippedAndReportedWithTheirLineWhileGoodOnesLoad() throws Exception {
        Path db = database("""
                [
                  {"directory": "/w", "file": "good.c", "arguments": ["cc", "good.c"]},
                  {"directory": "/w", "command": "cc nofile.c"},
                  {"file": "nodir.c", "command": "cc nodir.c"},
                  {"directory": "/w", "file": "nocommand.c"},
                  {"directory": "/w", "file": "quote.c", "command": "cc 'unclosed"},
                  42
                ]
                """);

        CompileCommandsReader.Result result = CompileCommandsReader.readSkippingBadEntries(db);

        assertEquals(List.of(Path.of("/w/good.c")), result.units().stream().map(UnitSpec::mainFile).toList());
        assertEquals(List.of(3, 4, 5, 6, 7), result.problems().stream().map(InputProblem::line).toList());
        String regenerate = "regenerate the database (cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, bear, or meson) "
                + "or fix it by hand";
        assertEquals(db + ":3: skipped entry: entry has no string \"file\"; each entry needs \"directory\", "
                + "\"file\" and \"command\" or \"arguments\"; " + regenerate, result.problems().get(0).toString());
        assertEquals("skipped entry: entry has neither \"command\" nor \"arguments\"; " + regenerate,
                result.problems().get(2).message());
        assertEquals("skipped entry: cannot split \"command\": single quote at column 4 is never closed; "
                + regenerate, result.problems().get(3).message());
        assertEquals("skipped entry: entry is a number, not an object; each entry needs \"directory\", \"file\" "
                + "and \"command\" or \"arguments\"", result.problems().get(4).message());
    }

    @Test
    void strictReadFailsOnTheFirstBadEntry() throws Exception {
        Path db = database("""
                [
                  {"directory": "/w", "file": "a.c", "arguments": "cc a.c"}
                ]
                """);

        InputException e = assertThrows(InputException.class, () -> CompileCommandsReader.read(db));

        assertEquals(2, e.problem().line());
        assertEquals(db, e.problem().file());
    }

    @Test
    void malformedJsonNamesTheLineJacksonFoundTheErrorOn() throws Exception {
        Path db = database("""
                [
                  {"directory": "/w", "file": "a.c", "command": "cc a.c"},
                  {"directory": "/w" "file": "b.c"}
                ]
                """);

        InputException e = assertThrows(InputException.class, () -> CompileCommandsReader.readSkippingBadEntries(db));

        assertEquals(3, e.problem().line());
        assertEquals(db, e.problem().file());
        assertEquals(true, e.problem().message().startsWith("invalid JSON: Unexpected character"),
                e.problem().message());
        assertEquals(true, e.problem().message().endsWith("; fix the syntax and try again"));
    }

    @Test
    void topLevelObjectIsRejectedAsNotADatabase() throws Exception {
        Path db = database("\n{\"directory\": \"/w\"}\n");

        InputException e = assertThrows(InputException.class, () -> CompileCommandsReader.read(db));

        assertEquals(db + ":2: a compilation database must be a JSON array of entries; each entry needs "
                + "\"directory\", \"file\" and \"command\" or \"arguments\"", e.getMessage());
    }

    @Test
    void relativeDirectoryIsTakenRelativeToTheDatabaseFolder() throws Exception {
        Path db = database("[{\"directory\": \"out\", \"file\": \"../x.cc\", \"arguments\": [\"-Iinc\"]}]");

        UnitSpec unit = CompileCommandsReader.read(db).get(0);

        assertEquals(dir.resolve("x.cc"), unit.mainFile());
        assertEquals(List.of(dir.resolve("out/inc")), unit.options().includeDirs());
        assertEquals("x.cc", unit.name());
    }

    @Test
    void missingFileIsAnInputException() {
        Path missing = dir.resolve("nope.json");

        InputException e = assertThrows(InputException.class, () -> CompileCommandsReader.read(missing));

        assertEquals(missing, e.problem().file());
        assertEquals(0, e.problem().line());
    }
}
