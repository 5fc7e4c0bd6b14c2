// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The top-level help is where a newcomer learns every road in, the windows as well as the commands. */
class HelpTest {
    @Test
    void helpNamesTheExplorerAndTheCompareWindowBesideTheCommands() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("headroom [PATH...]"), run.out());
        assertTrue(run.out().contains("headroom compare A B"), run.out());
        assertTrue(run.out().contains("headroom compare --git REPO REV_A [REV_B]"), run.out());
        assertTrue(run.out().contains("analyze") && run.out().contains("diff"), run.out());
    }
}
