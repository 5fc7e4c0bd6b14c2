// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a parse worker takes of its parent's flags: the command line's start archive, not the explorer's. */
class WorkerCommandTest {
    @Test
    void aWorkerOfTheExplorerStartsFromTheCommandLinesArchive() {
        Set<Path> present = Set.of(Path.of("/opt/h/headroom.aot"), Path.of("/opt/h/headroom.jsa"));
        assertEquals("-XX:AOTCache=/opt/h/headroom.aot",
                WorkerCommand.forParsing("-XX:AOTCache=/opt/h/headroom-explorer.aot", present::contains));
        assertEquals("-XX:SharedArchiveFile=/opt/h/headroom.jsa",
                WorkerCommand.forParsing("-XX:SharedArchiveFile=/opt/h/headroom-explorer.jsa", present::contains));
    }

    @Test
    void otherFlagsAndArchivesWithoutACommandLineSiblingStayAsTheyAre() {
        assertEquals("-XX:AOTCache=/x/headroom-explorer.aot",
                WorkerCommand.forParsing("-XX:AOTCache=/x/headroom-explorer.aot", p -> false));
        assertEquals("-XX:AOTCache=/opt/h/headroom.aot",
                WorkerCommand.forParsing("-XX:AOTCache=/opt/h/headroom.aot", p -> true));
        assertEquals("-Dheadroom.unitIsolation=threads",
                WorkerCommand.forParsing("-Dheadroom.unitIsolation=threads", p -> true));
    }
}
