// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.export.WorkspaceJson;
import dev.headroom.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a one-line error naming the file; the rest is still analysed; nothing else is written. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private CliRun analyze(Path... inputs) {
        Stream<String> args = Stream.concat(Stream.of("analyze", "--format", "none", "--cache-dir",
                dir.resolve("cache").toString(), "--json", dir.resolve("model.json").toString()),
                Stream.of(inputs).map(Path::toString));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void missingFileIsNamedAndTheRestAnalysed() throws Exception {
        Path good = write("good.h", "int good();\n");
        CliRun run = analyze(dir.resolve("nope.h"), good);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nope.h"), run.err());
        Workspace w = WorkspaceJson.read(dir.resolve("model.json"));
        assertEquals(1, w.units().size());
    }

    @Test
    void aMistypedGuardSettingIsSaidBeforeAnythingIsParsed() throws Exception {
        String was = System.getProperty("headroom.unitIsolation");
        System.setProperty("headroom.unitIsolation", "bogus");
        try {
            CliRun run = analyze(write("good.h", "int good();\n"));
            assertEquals(2, run.exitCode());
            assertTrue(run.err().contains("-Dheadroom.unitIsolation=bogus: say threads or workers (set in"
                    + " HEADROOM_JAVA_OPTS"), run.err());
            assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        } finally {
            if (was == null) {
                System.clearProperty("headroom.unitIsolation");
            } else {
                System.setProperty("headroom.unitIsolation", was);
            }
        }
    }

    @Test
    void folderWithoutInputsIsBadInput() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = analyze(empty);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("empty"), run.err());
        assertFalse(Files.exists(dir.resolve("model.json")), "no output for no input");
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Path blob = dir.resolve("blob.h");
        Files.write(blob, new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
        CliRun run = analyze(blob, write("ok.h", "int ok;\n"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("blob.h") && l.contains("binary")), run.err());
    }

    @Test
    void unterminatedCommentIsReportedWithFileAndLine() throws Exception {
        Path bad = write("bad.h", "int a;\n/* never closed\nint b;\n");
        CliRun run = analyze(bad);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("bad.h:2")), run.err());
    }

    @Test
    void unterminatedStringIsReportedWithFileAndLine() throws Exception {
        Path bad = write("str.h", "int a;\nconst char* s = \"never closed;\nint b;\n");
        CliRun run = analyze(bad);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("str.h:2")), run.err());
    }

    @Test
    void includeCycleEndsWithAProblemNotAHang() throws Exception {
        write("a.h", "#include \"b.h\"\nint a;\n");
        write("b.h", "#include \"a.h\"\nint b;\n");
        CliRun run = analyze(write("main.cpp", "#include \"a.h\"\n"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("a.h") || run.err().contains("b.h"), run.err());
    }

    @Test
    void malformedCompileCommandsIsNamedWithLine() throws Exception {
        Path db = write("compile_commands.json", "[\n  {\"directory\": \"/tmp\", \"file\": \"x.cpp\"\n");
        CliRun run = analyze(db, write("ok.h", "int ok;\n"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("compile_commands.json:")), run.err());
    }

    @Test
    void malformedJankNsFormIsNamedWithLine() throws Exception {
        Path jank = write("src/broken.jank", "(ns broken\n  (:require [\"a.h\" :as a]\n");
        CliRun run = analyze(jank, write("ok.h", "int ok;\n"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("broken.jank:")), run.err());
    }

    @Test
    void errorsAreOneLineEachWithoutStackTraces() throws Exception {
        CliRun run = analyze(dir.resolve("missing.cpp"), write("ok.h", "int ok;\n"));
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void unknownOptionIsUsageError() {
        CliRun run = CliRun.of("analyze", "--frobnicate", "x.h");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--frobnicate"), run.err());
    }

    @Test
    void nothingIsWrittenBesideTheRequestedOutput() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("x.h"), "int x;\n");
        analyze(src);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("cache", "model.json", "src"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> files = Files.list(src)) {
            assertEquals(List.of("x.h"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
