// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headroom report} and {@code headroom check} on the bundled sample. */
class ReportAndCheckTest {
    @TempDir
    static Path tmp;

    private static String[] args(String command, String... more) {
        String[] base = {command, SystemHeaders.sample().toString(), "-q", "--cache-dir", tmp.resolve("cache").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @BeforeAll
    static void needsTheSampleHeaders() {
        SystemHeaders.requireSample();
    }

    @Test
    void reportRanksHeadersEdgesAndModules() {
        CliRun run = CliRun.of(args("report", "--top", "5"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Heaviest headers"), run.out());
        assertTrue(run.out().contains("Heaviest include edges"), run.out());
        assertTrue(run.out().contains("JIT budget"), run.out());
        assertTrue(run.out().contains("vybe.sdf.ui"), run.out());
        assertTrue(run.out().contains("seed estimate"), "every constant shows its source");
    }

    @Test
    void reportSharingSectionCountsTheHeadersTheModulesShareAndTheirBlowUp() {
        CliRun run = CliRun.of(args("report", "--top", "1"));
        Matcher m = Pattern.compile("(\\d+) headers shared by several units, .*\\(blow-up ([0-9.]+)x\\)")
                .matcher(run.out());
        assertTrue(m.find(), run.out());
        assertTrue(Integer.parseInt(m.group(1)) > 100, "vybe_sdf_math.h and what it includes: " + m.group());
        assertTrue(Double.parseDouble(m.group(2)) > 2.0, m.group());
    }

    @Test
    void reportUtilisationSaysHowLittleOfTheMathHeaderEachModuleUses() throws Exception {
        CliRun run = CliRun.of(args("report", "--top", "2", "--utilisation"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Header utilisation"), run.out());
        Matcher m = Pattern.compile("include/vybe/vybe_sdf_math\\.h: ([0-9,]+) declarations parsed, (\\d+) used by"
                + " vybe\\.sdf\\.ios \\(([0-9.]+)%\\)").matcher(run.out());
        assertTrue(m.find(), run.out());
        assertTrue(Double.parseDouble(m.group(3)) < 2.0, "ios calls one helper: " + m.group());
        assertTrue(run.err().contains("outlined 6 units in"), "the outline parses' cost is told: " + run.err());

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(CliRun.of(args("report", "--format",
                "json", "--utilisation")).out());
        assertEquals(6, json.path("headerUtilisation").path("modules").size());
    }

    @Test
    void checkIncrementalLowersThePeakAndSaysItIsAnEstimate() {
        CliRun asIs = CliRun.of(args("check"));
        CliRun incremental = CliRun.of(args("check", "--incremental"));
        assertEquals(0, incremental.exitCode(), incremental.err());
        assertTrue(incremental.out().contains("what-if incremental JIT (estimated)"), incremental.out());
        Matcher before = Pattern.compile("JIT budget: peak (\\d+) MB").matcher(asIs.out());
        Matcher after = Pattern.compile("JIT budget: peak (\\d+) MB").matcher(incremental.out());
        assertTrue(before.find() && after.find(), asIs.out() + incremental.out());
        assertTrue(Integer.parseInt(after.group(1)) < Integer.parseInt(before.group(1)), incremental.out());
    }

    @Test
    void reportSpeaksCsvMarkdownAndJson() {
        assertTrue(CliRun.of(args("report", "--format", "csv")).out().contains("self,inclusive,retained"));
        assertTrue(CliRun.of(args("report", "--format", "md")).out().contains("| --- |") || CliRun.of(args("report", "--format", "md")).out().contains("|---|"));
        assertTrue(CliRun.of(args("report", "--format", "json")).out().trim().startsWith("{"));
    }

    @Test
    void checkPassesUnderTheSeedLimitAndFailsUnderATinyOneNamingTheModule() {
        CliRun ok = CliRun.of(args("check", "--budget", "1850MB"));
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        CliRun over = CliRun.of(args("check", "--budget", "500MB"));
        assertEquals(1, over.exitCode(), over.out() + over.err());
        assertTrue(over.out().contains("OVER BUDGET: vybe.sdf."), over.out());
        assertTrue(over.out().contains("sdf_engine.hpp") || over.out().contains("vybe_sdf_math.h"), over.out());
    }

    @Test
    void aotOfTheHeaviestModuleLowersThePeak() {
        CliRun asIs = CliRun.of(args("check", "--budget", "100GB"));
        CliRun aot = CliRun.of(args("check", "--budget", "100GB", "--aot", "vybe.sdf.ui"));
        assertTrue(aot.out().contains("left out of the JIT: vybe.sdf.ui"), aot.out());
        assertEquals(0, aot.exitCode());
        assertTrue(asIs.out().contains("vybe.sdf.ui"), asIs.out());
    }

    @Test
    void projectFileJitSettingsAreUsedAndShownWithTheirSource() throws Exception {
        Path copy = tmp.resolve("sample-with-jit");
        try (var files = java.nio.file.Files.walk(SystemHeaders.sample())) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(SystemHeaders.sample().relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(p, to);
                }
            }
        }
        Path project = copy.resolve("headroom.json");
        String json = java.nio.file.Files.readString(project).trim();
        java.nio.file.Files.writeString(project, json.substring(0, json.lastIndexOf('}'))
                + ", \"jit\": {\"limitMB\": 600, \"toolchainMB\": 250}}\n");
        CliRun run = CliRun.of("check", copy.toString(), "-q", "--cache-dir", tmp.resolve("cache").toString());
        assertTrue(run.out().contains("250 MB  headroom.json"), run.out());
        assertTrue(run.out().contains("600 MB  headroom.json"), run.out());
        assertEquals(1, run.exitCode(), "the seed's constants with 250 MB of toolchain still exceed 600 MB: " + run.out());
    }

    @Test
    void badBudgetIsUsageError() {
        CliRun run = CliRun.of(args("check", "--budget", "lots"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("lots"), run.err());
    }
}
