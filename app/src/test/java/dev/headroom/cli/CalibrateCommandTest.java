// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The calibrate command's usage errors; the full run is a developer's job (docs/cost-model.md). */
class CalibrateCommandTest {

    @Test
    void unknownCorpusIsBadInputAndNamesTheKnownOne() {
        CliRun run = CliRun.of("calibrate", "--corpus", "nope");
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("there is: default"), run.err());
    }

    @Test
    void folderThatIsNotTheRepositoryIsBadInput() {
        SystemHeaders.require("/usr/bin/clang++", "/usr/bin/time");
        CliRun run = CliRun.of("calibrate", "--repo", System.getProperty("java.io.tmpdir"));
        assertEquals(HeadroomCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("not the Headroom repository"), run.err());
    }
}
