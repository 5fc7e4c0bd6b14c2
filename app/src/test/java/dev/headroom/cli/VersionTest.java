// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code headroom --version}: the release version (no -SNAPSHOT, which jpackage refuses) and the git revision. */
class VersionTest {
    @Test
    void versionNamesTheReleaseAndTheBuildsGitRevision() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().strip();
        assertTrue(line.matches("headroom \\d+\\.\\d+\\.\\d+ \\(git ([0-9a-f]{7,40}|unknown)\\)"), line);
        assertFalse(line.contains("SNAPSHOT"), line);
    }

    @Test
    void aBuildWithoutGitSaysUnknown() {
        assertEquals("headroom 1.2.3 (git unknown)", HeadroomCommand.Version.line(props("version=1.2.3\nrevision=\n")));
        assertEquals("headroom 1.2.3 (git abc1234)",
                HeadroomCommand.Version.line(props("version=1.2.3\nrevision=abc1234\n")));
    }

    @Test
    void classesWithoutTheBuildsPropertiesSayTheyAreADevelopmentBuild() {
        assertEquals("headroom (development build)", HeadroomCommand.Version.line(null));
    }

    private static ByteArrayInputStream props(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
