// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real clang 14 on one-line units, as {@code analyze --measure-with-clang} does. */
class ClangStatsTest {

    /** The allocator line right after the module manager's last heading: where a C++20 unit's AST bytes are. */
    private static final Pattern AST_BYTES_AFTER_MODULES = Pattern.compile(
            "\\*\\*\\* PCH/Modules Loaded:\\R+Number of memory regions: \\d+\\RBytes used: (\\d+)");

    @TempDir
    Path dir;

    @Test
    void cmathUnitCompiledAsCxx20IsMeasuredWithTheAstContextsOwnBytesUsed() throws Exception {
        ClangEnvironment.require(ClangEnvironment.CLANG, "/usr/bin/time", "/usr/include/c++/12/cmath");
        Path unit = Files.writeString(dir.resolve("cmath20.cpp"), "#include <cmath>\n");

        ClangMeasurement measured = ClangStats.locate().measure(unit, List.of("-std=c++20"));

        long byHand = byHandAstBytes(unit, "-std=c++20");
        assertEquals(byHand, measured.stats().astContextBytesUsed());
        assertTrue(measured.stats().decls() > 1_000, "a libstdc++ header declares thousands of entities");
        assertTrue(measured.peakRssBytes() > 0);
    }

    @Test
    void cmathUnitMeasuresUnderCxx17TooAndHoldsLessAstThanUnderCxx20() throws Exception {
        ClangEnvironment.require(ClangEnvironment.CLANG, "/usr/bin/time", "/usr/include/c++/12/cmath");
        Path unit = Files.writeString(dir.resolve("cmath17.cpp"), "#include <cmath>\n");

        ClangMeasurement cxx17 = ClangStats.locate().measure(unit, List.of("-std=c++17"));
        ClangMeasurement cxx20 = ClangStats.locate().measure(unit, List.of("-std=c++20"));

        assertTrue(cxx17.stats().astContextBytesUsed() < cxx20.stats().astContextBytesUsed(),
                "libstdc++ declares more under C++20 (<compare>, ranges helpers)");
    }

    /** What a person reads off {@code clang++ -fsyntax-only -Xclang -print-stats}: independent of the parser. */
    private static long byHandAstBytes(Path unit, String std) throws Exception {
        Process p = new ProcessBuilder(ClangEnvironment.CLANG, std, "-fsyntax-only", "-Xclang", "-print-stats",
                unit.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), stderr);
        Matcher m = AST_BYTES_AFTER_MODULES.matcher(stderr);
        assertTrue(m.find(), "clang 14 prints the module manager's headings before the AST allocator's figures");
        return Long.parseLong(m.group(1));
    }
}
