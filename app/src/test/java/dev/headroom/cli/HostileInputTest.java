// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.headroom.export.WorkspaceJson;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproductions of the hostile-input issue, run as a user runs them: each gives exit 0, 1 or 2, no stack trace,
 * a message naming the file (and line where there is one), and the other units analysed.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private CliRun run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--cache-dir", dir.resolve("cache").toString()));
        all.addAll(List.of(args));
        CliRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of(all.toArray(String[]::new)));
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in") || run.out().contains("\tat "),
                "no stack trace: " + run.err());
        return run;
    }

    private CliRun analyze(String... args) {
        List<String> all = new ArrayList<>(List.of("--format", "none", "--json", dir.resolve("o.json").toString()));
        all.addAll(List.of(args));
        return run("analyze", all.toArray(String[]::new));
    }

    private Workspace model() throws Exception {
        return WorkspaceJson.read(dir.resolve("o.json"));
    }

    private static TranslationUnit unit(Workspace w, String name) {
        return w.units().stream().filter(u -> u.name().endsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void aCompileCommandsEntryWhoseFileIsGoneIsReportedAndTheOthersAnalysed() throws Exception {
        write("ok.cpp", "int ok(int);\n");
        Path db = write("compile_commands.json", """
                [{"directory":".","file":"ok.cpp","command":"c++ -c ok.cpp"},
                 {"directory":".","file":"gone.cpp","command":"c++ -c gone.cpp"}]
                """);
        CliRun run = analyze(db.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("gone.cpp: cannot read: no such file"), run.err());
        Workspace w = model();
        assertTrue(unit(w, "ok.cpp").measured());
        TranslationUnit gone = unit(w, "gone.cpp");
        assertFalse(gone.measured(), "not measured, not zero");
        assertTrue(gone.notMeasured().contains("no such file"), gone.notMeasured());
    }

    @Test
    void sevenHundredNestedParenthesesAndTenThousandBracesParse() throws Exception {
        Path parens = write("p.h", "int x = " + "(".repeat(700) + "1" + ")".repeat(700) + ";\n");
        Path braces = write("b.h", "void f() {" + "{".repeat(10_000) + "}".repeat(10_000) + "}\n");
        CliRun run = analyze(parens.toString(), braces.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(model().units().stream().allMatch(TranslationUnit::measured));
    }

    @Test
    void aJankModuleNestedTenThousandDeepIsReportedAtItsLine() throws Exception {
        Path deep = write("deep.jank", "(ns deep.one)\n" + "(".repeat(10_000) + ")".repeat(10_000) + "\n");
        write("ok.h", "int ok;\n");
        Path fine = write("fine.jank", "(ns fine.one (:require [\"ok.h\"]))\n");
        CliRun run = analyze(deep.toString(), fine.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("deep.jank:2: forms nested more than"), run.err());
        assertTrue(unit(model(), "fine.one").measured());
    }

    @Test
    void devicesAndFifosNeverHangOrFillTheHeap() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero is needed");
        Path zero = write("z.h", "#include \"/dev/zero\"\nint z;\n");
        Path forced = write("forced.h", "int forced;\n");
        Path fifo = dir.resolve("f.h");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
        Path jank = write("dev.jank", "(ns dev.one (:require [\"/dev/urandom\"]))\n");
        CliRun run = analyze(zero.toString(), fifo.toString(), forced.toString(), jank.toString(), "-include", "/dev/zero");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("f.h: is not a regular file"), run.err());
        assertTrue(run.err().contains("z.h:1: "), run.err());
        assertTrue(unit(model(), "forced.h").measured());
    }

    @Test
    void unusablePathsAndMacroNamesAreOneLineEach() throws Exception {
        write("ok.cpp", "int ok;\n");
        Path db = write("compile_commands.json", """
                [{"directory":".","file":"ok.cpp","command":"c++ -c ok.cpp"},
                 {"directory":".","file":"bad\\u0000.cpp","command":"c++ -c x.cpp"},
                 {"directory":"\\ud800","file":"x.cpp","command":"c++ -c x.cpp"}]
                """);
        CliRun run = analyze(db.toString(), "-D", "A B=2");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("compile_commands.json:2: skipped entry: \"directory\" or \"file\" is not a usable path"),
                run.err());
        assertTrue(run.err().contains("'A B' is not a macro name"), run.err());
        assertTrue(unit(model(), "ok.cpp").measured());

        Path project = write("p/headroom.json", """
                {"inputs": ["."],
                 "defines": {"": "y"}}
                """);
        write("p/a.h", "int a;\n");
        CliRun bad = analyze(project.toString());
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("headroom.json:2: defines: a macro needs a name"), bad.err());
    }

    @Test
    void aHeaderEditedToTheSameSizeWithItsTimePutBackIsParsedAgain() throws Exception {
        Path h = write("same.h", "int oldName();\n");
        FileTime time = Files.getLastModifiedTime(h);
        assertEquals(0, analyze("--format", "json", h.toString()).exitCode());
        Files.writeString(h, "int newName();\n");
        Files.setLastModifiedTime(h, time);
        CliRun second = run("analyze", "--format", "none", "--json", dir.resolve("o.json").toString(), h.toString());
        assertEquals(0, second.exitCode());
        Workspace w = model();
        assertFalse(unit(w, "same.h").cached(), "the content changed, so the cache misses");
    }

    @Test
    void aTruncatedHeaderIsAProblemAtItsOpenConditional() throws Exception {
        Path imgui = Path.of("/usr/include/imgui/imgui.h");
        SystemHeaders.require(imgui.toString());
        byte[] all = Files.readAllBytes(imgui);
        Path cut = dir.resolve("t.h");
        Files.write(cut, java.util.Arrays.copyOf(all, Math.min(all.length, 231_071)));
        CliRun run = analyze(cut.toString(), "-I", "/usr/include/imgui");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("t.h:") && l.contains("unterminated conditional directive")),
                run.err());
    }

    @Test
    void aByteOrderMarkChangesNothingInTheEstimate() throws Exception {
        SystemHeaders.require("/usr/include/vulkan/vulkan_core.h");
        byte[] body = Files.readAllBytes(Path.of("/usr/include/vulkan/vulkan_core.h"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(dir.resolve("plain.h"), body);
        byte[] withBom = new byte[body.length + 3];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("bom.h"), withBom);
        CliRun run = analyze(dir.resolve("plain.h").toString(), dir.resolve("bom.h").toString(),
                "-I", "/usr/include/vulkan");
        assertEquals(0, run.exitCode(), run.err());
        Workspace w = model();
        assertEquals(unit(w, "plain.h").nodes(), unit(w, "bom.h").nodes());
    }

    @Test
    void jitSettingsBeyondAnyRealMachineAreRefusedNotWrapped() throws Exception {
        write("p/a.h", "int a;\n");
        write("p/a.jank", "(ns a.one (:require [\"a.h\"]))\n");
        Path project = write("p/headroom.json", """
                {"inputs": ["."],
                 "jit": {"toolchainMB": 10000000000000}}
                """);
        CliRun run = run("check", project.toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("toolchainMB") && run.err().contains("the most it may be"), run.err());
        assertFalse(run.out().contains("OK"), run.out());
    }

    @Test
    void aJankRequireNotInAListIsAnErrorNotAnEmptyUnit() throws Exception {
        Path bad = write("x.jank", "(ns x.y :require [\"a.h\"])\n");
        CliRun run = analyze(bad.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("x.jank:1: ':require' stands alone"), run.err());
    }

    @Test
    void garbageIsCappedToAFewLines() throws Exception {
        byte[] ff = new byte[100_000];
        java.util.Arrays.fill(ff, (byte) 0xFF);
        Files.write(dir.resolve("ff.h"), ff);
        CliRun run = analyze(dir.resolve("ff.h").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().count() < 100, "capped: " + run.err().lines().count());
        assertTrue(unit(model(), "ff.h").problems().stream().anyMatch(p -> p.message().contains("more problems in the same file")));
        assertTrue(new String(Files.readAllBytes(dir.resolve("o.json")), StandardCharsets.UTF_8).length() < 1_000_000);
    }

    @Test
    void anIncludeCycleAndASyntaxErrorSayWhatTheyMean() throws Exception {
        Path self = write("selfinc.h", "#include \"selfinc.h\"\nint a;\n");
        Path bad = write("syntax.h", "int a;\nint b c;\n");
        CliRun run = analyze(self.toString(), bad.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("selfinc.h:1: includes nested too deep at #include \"selfinc.h\""), run.err());
        assertTrue(run.err().contains("syntax.h:2: Syntax error") && run.err().contains("leaves out about 1 declaration"),
                run.err());
    }

    @Test
    void aMissingResponseFileAndAnUnusableCacheAreReported() throws Exception {
        write("ok.cpp", "int ok;\n");
        Path db = write("compile_commands.json", """
                [{"directory":".","file":"ok.cpp","command":"c++ @missing.rsp -c ok.cpp"}]
                """);
        CliRun run = analyze(db.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("compile_commands.json:1: entry for ok.cpp: response file") && run.err().contains("missing.rsp"),
                run.err());

        Path blocked = write("blocked", "a file where the cache folder should be\n");
        CliRun cache = CliRun.of("analyze", "--format", "none", "--cache-dir", blocked.toString(),
                dir.resolve("ok.cpp").toString());
        assertEquals(1, cache.exitCode(), cache.err());
        assertTrue(cache.err().contains("cannot use the cache folder"), cache.err());
    }

    @Test
    void aFlagWithoutItsValueAndAnUnknownStdAreNamedInTheProjectFile() throws Exception {
        write("q/a.h", "int a;\n");
        Path project = write("q/headroom.json", """
                {"inputs": ["."],
                 "flags": ["-I"]}
                """);
        CliRun run = analyze(project.toString());
        assertTrue(run.err().contains("headroom.json:2: \"flags\" ends with -I, which needs a value"), run.err());
        write("r/a.h", "int a;\n");
        Path std = write("r/headroom.json", """
                {"inputs": ["."],
                 "std": "c++999"}
                """);
        CliRun bad = analyze(std.toString());
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("headroom.json:2: \"std\": -std=c++999 is not a language standard"), bad.err());
    }
}
