// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files no header should be, read as clang reads them: a clear problem at file and line, never a crash or a hang. */
class HostileSourceTest {
    @TempDir
    Path dir;

    private final TranslationUnitParser parser = new TranslationUnitParser();

    private ParsedUnit parse(Path main) {
        return parser.parse(new ParseRequest(main, null, SourceLanguage.CXX, List.of(), List.of(dir), List.of(),
                Map.of(), List.of(), false), CancelSignal.NEVER);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasProblem(ParsedUnit unit, String file, int line, String text) {
        return unit.problems().stream().anyMatch(p -> p.file() != null && p.file().endsWith(file) && p.line() == line
                && p.message().contains(text));
    }

    @Test
    void byteOrderMarkKeepsTheIncludeGuardAndRaisesNoProblem() throws Exception {
        byte[] body = "#ifndef G\n#define G\nstruct S { int a; };\n#endif\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path guarded = write("bom.h", withBom);
        write("twice.h", "#include \"bom.h\"\n#include \"bom.h\"\n");
        ParsedUnit unit = parse(dir.resolve("twice.h"));
        assertEquals(List.of(), unit.problems());
        assertTrue(unit.includes().stream().anyMatch(i -> i.outcome() == IncludeOutcome.SKIPPED_ONCE),
                "the guard holds, so the second include is skipped: " + unit.includes());
        assertEquals(guarded.toAbsolutePath().normalize(), unit.files().get(1).path());
    }

    @Test
    void loneCarriageReturnsEndLines() throws Exception {
        write("cr.h", "int a;\rint b;\rint c d;\r");
        ParsedUnit unit = parse(dir.resolve("cr.h"));
        assertTrue(hasProblem(unit, "cr.h", 3, ""), unit.problems().toString());
    }

    @Test
    void utf16IsRefusedAsClangRefusesIt() throws Exception {
        Path p = write("u16.h", "int u16;\n".getBytes(StandardCharsets.UTF_16));
        ParsedUnit unit = parse(p);
        assertTrue(unit.files().isEmpty());
        assertTrue(unit.problems().get(0).message().contains("UTF-16"), unit.problems().toString());
        Path noBom = write("u16le.h", "int u16_without_a_byte_order_mark;\n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(parse(noBom).problems().get(0).message().contains("UTF-16"));
    }

    @Test
    void aStrayNulIsIgnoredWithAWarningAtItsLine() throws Exception {
        write("nul.h", "int a;\nint \0b;\n");
        ParsedUnit unit = parse(dir.resolve("nul.h"));
        assertEquals(1, unit.files().size());
        assertTrue(hasProblem(unit, "nul.h", 2, "NUL character ignored"), unit.problems().toString());
    }

    @Test
    void binaryIsRefusedNamingTheFile() throws Exception {
        byte[] elf = new byte[4096];
        elf[0] = 0x7f;
        elf[1] = 'E';
        Path p = write("blob.h", elf);
        ParsedUnit unit = parse(p);
        assertTrue(unit.files().isEmpty());
        assertTrue(unit.problems().get(0).message().contains("binary"), unit.problems().toString());
    }

    @Test
    void garbageGivesAFewProblemsAndASummary() throws Exception {
        byte[] ff = new byte[100_000];
        java.util.Arrays.fill(ff, (byte) 0xFF);
        ParsedUnit unit = parse(write("ff.h", ff));
        assertTrue(unit.problems().size() <= ProblemCap.PER_FILE + 1, "capped: " + unit.problems().size());
        assertTrue(unit.problems().stream().anyMatch(p -> p.message().matches("and [0-9,]+ more problems in the same file.*")),
                unit.problems().toString());
        assertTrue(unit.problems().get(0).message().contains("not valid UTF-8"), unit.problems().get(0).toString());
    }

    @Test
    void anIncludeOfADeviceIsRefusedAtItsLine() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero is needed");
        write("z.h", "int a;\n#include \"/dev/zero\"\n#include </dev/urandom>\nint z;\n");
        ParsedUnit unit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(dir.resolve("z.h")));
        IncludeDirective zero = unit.includes().get(0);
        assertEquals(IncludeOutcome.NOT_FOUND, zero.outcome());
        assertEquals(2, zero.line());
        assertTrue(zero.detail().contains("not a regular file"), zero.detail());
        assertTrue(hasProblem(unit, "z.h", 2, "/dev/zero"), unit.problems().toString());
    }

    @Test
    void aFifoAsMainFileIsRefusedWithoutWaiting() throws Exception {
        Path fifo = dir.resolve("f.h");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is needed");
        ParsedUnit unit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(fifo));
        assertTrue(unit.files().isEmpty());
        assertTrue(unit.problems().get(0).message().contains("not a regular file"), unit.problems().toString());
    }

    @Test
    void aTruncatedHeaderIsAnUnterminatedConditionalAtItsIfndef() throws Exception {
        write("t.h", "// a header cut short\n#ifndef T_H\n#define T_H\nint t();\n#if 1\nint u();\n#endif\n");
        ParsedUnit unit = parse(dir.resolve("t.h"));
        assertTrue(hasProblem(unit, "t.h", 2, "unterminated conditional directive: this #ifndef has no #endif"),
                unit.problems().toString());
    }

    @Test
    void tenThousandUnclosedIfsAreOneProblemAtTheFirst() throws Exception {
        write("many.h", "int a;\n" + "#if 1\n".repeat(10_000) + "int b;\n");
        ParsedUnit unit = parse(dir.resolve("many.h"));
        assertTrue(hasProblem(unit, "many.h", 2, "(nor have 9,999 more after it)"), unit.problems().toString());
    }

    @Test
    void unclosedIfInAnInactiveBranchIsFound() throws Exception {
        write("inactive.h", "#if 0\n#ifdef X\n#endif\n#if 1\nint a;\n");
        ParsedUnit unit = parse(dir.resolve("inactive.h"));
        assertTrue(hasProblem(unit, "inactive.h", 1, "unterminated"), unit.problems().toString());
    }

    @Test
    void balancedConditionalsRaiseNoProblem() throws Exception {
        write("ok.h", "#if A\nint a;\n#elif B\nint b;\n#else\n#ifdef C\n#endif\n#endif\n");
        assertEquals(List.of(), parse(dir.resolve("ok.h")).problems());
    }

    @Test
    void nestingThatExhaustsTheStackIsReportedAtItsDeepestLine() throws Exception {
        write("deep.h", "int a;\nvoid f() {\n" + "{".repeat(20_000) + "}".repeat(20_000) + "\n}\n");
        AtomicReference<ParsedUnit> result = new AtomicReference<>();
        // A small stack makes the overflow certain; the app's parser threads have a large one.
        Thread t = new Thread(null, () -> result.set(parse(dir.resolve("deep.h"))), "small-stack", 256 * 1024);
        t.start();
        t.join(60_000);
        ParsedUnit unit = result.get();
        assertTrue(unit.files().isEmpty(), "abandoned, not half measured");
        assertTrue(hasProblem(unit, "deep.h", 3, "nesting too deep to parse: 20001 levels"), unit.problems().toString());
    }

    @Test
    void nestingDepthSkipsCommentsAndLiterals() {
        NestingDepth d = NestingDepth.of("// (((\n/* [[[ */ char c = '('; const char* s = \"{{\";\nint x = ((1));\n"
                .toCharArray());
        assertEquals(new NestingDepth(2, 3), d);
    }
}
