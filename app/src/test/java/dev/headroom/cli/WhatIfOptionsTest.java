// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What-ifs and budgets that name nothing, or are not sizes, are told as usage errors rather than changing nothing. */
class WhatIfOptionsTest {
    @TempDir
    Path dir;

    /** One jank module requiring one header. */
    Path project() throws Exception {
        Files.createDirectories(dir.resolve("p/src/app"));
        Files.writeString(dir.resolve("p/small.h"), "#pragma once\ninline int twice(int x) { return 2 * x; }\n");
        Files.writeString(dir.resolve("p/src/app/core.jank"), "(ns app.core (:require [\"small.h\" :as s]))\n(defn f [] 1)\n");
        Files.writeString(dir.resolve("p/headroom.json"), "{\"inputs\": [\"src\"], \"includeDirs\": [\".\"]}\n");
        return dir.resolve("p");
    }

    CliRun run(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = args[0];
        all[1] = "--cache-dir";
        all[2] = dir.resolve("cache").toString();
        all[3] = project().toString();
        System.arraycopy(args, 1, all, 4, args.length - 1);
        return CliRun.of(all);
    }

    @Test
    void aPrecompiledHeaderNoUnitEntersIsAUsageError() throws Exception {
        CliRun report = run("report", "--pch", "nothere.h");
        assertEquals(2, report.exitCode(), report.err());
        assertTrue(report.err().contains("--pch nothere.h: no unit enters a header of that name or path"), report.err());

        CliRun check = run("check", "--pch", "small.h");
        assertEquals(0, check.exitCode(), "a header the unit enters is fine: " + check.err());
    }

    @Test
    void aheadOfTimeForNoSuchModuleNamesTheModulesThereAre() throws Exception {
        CliRun check = run("check", "--aot", "no.such.ns");
        assertEquals(2, check.exitCode());
        assertTrue(check.err().contains("--aot no.such.ns: no jank module has that namespace; modules: [app.core]"),
                check.err());
    }

    @Test
    void aBudgetThatIsNotANumberSaysSoWithoutJavaText() throws Exception {
        for (String budget : new String[] {".", "1.2.3MB", "MB"}) {
            CliRun check = run("check", "--budget", budget);
            assertEquals(2, check.exitCode(), budget);
            assertTrue(check.err().contains("is not a size; write e.g. 1850MB or 2GB"), check.err());
            assertFalse(check.err().contains("For input string") || check.err().contains("multiple points"), check.err());
        }
    }
}
