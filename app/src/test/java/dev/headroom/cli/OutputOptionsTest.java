// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the output goes, and how many rows: told clearly when asked for wrongly, before anything is parsed. */
class OutputOptionsTest {
    @TempDir
    Path dir;

    Path header() throws Exception {
        return Files.writeString(dir.resolve("one.h"), "int one(int);\n");
    }

    String cache() {
        return dir.resolve("cache").toString();
    }

    @Test
    void jsonDashWritesTheModelToStandardOutputInsteadOfTheTable() throws Exception {
        CliRun run = CliRun.of("analyze", "-q", "--cache-dir", cache(), "--json", "-", header().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().strip().startsWith("{") && run.out().contains("\"schemaVersion\""), run.out());
        assertFalse(Files.exists(Path.of("-")), "no file named '-' is written");
    }

    @Test
    void jsonTwiceIsAUsageErrorNamingBoth() throws Exception {
        CliRun run = CliRun.of("analyze", "--cache-dir", cache(), "--json", dir.resolve("a.json").toString(),
                "--json", dir.resolve("b.json").toString(), header().toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--json given twice"), run.err());
        assertFalse(Files.exists(dir.resolve("a.json")) || Files.exists(dir.resolve("b.json")));
    }

    @Test
    void emptyJsonPathIsAUsageError() throws Exception {
        CliRun run = CliRun.of("analyze", "--cache-dir", cache(), "--json", "", header().toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--json needs a file name"), run.err());
    }

    @Test
    void negativeTopIsAUsageErrorForAnalyzeAndReport() throws Exception {
        for (String command : new String[] {"analyze", "report"}) {
            CliRun run = CliRun.of(command, "--cache-dir", cache(), "--top", "-1", header().toString());
            assertEquals(2, run.exitCode(), command);
            assertTrue(run.err().contains("--top must be 0 or more, was -1"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }
}
