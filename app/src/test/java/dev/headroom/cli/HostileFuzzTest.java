// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One seeded pass over every family of hostile input (samples/tools/fuzz-campaign.sh runs many): mutated real
 * headers, compile databases, project files and jank modules, and a damaged unit cache. Bounded: about 20-40 s.
 */
class HostileFuzzTest {
    @TempDir
    Path dir;

    @Test
    void noHostileInputCrashesHangsOrCostsTheGoodUnits() throws Exception {
        HostileCorpus.Findings findings = new HostileCorpus.Findings();
        new HostileCorpus(dir, 20261201L, HostileCorpus.defaultSeedHeader(), findings).runAll(24, 4);
        assertTrue(findings.clean(), findings.toString());
        assertTrue(findings.inputs > 30, "the suite ran: " + findings);
    }
}
