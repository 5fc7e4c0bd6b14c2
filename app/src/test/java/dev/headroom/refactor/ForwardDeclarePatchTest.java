// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForwardDeclarePatchTest {
    @TempDir
    Path dir;

    static final Path FIXTURE = Path.of("src", "test", "resources", "dev", "headroom", "refactor", "fwd");

    private AnalysedWorkspace analyse(Path tree) throws Exception {
        return AnalysisSession.bundled().prepare(AnalysisRequest.of(List.of(tree)).withCacheDir(dir.resolve("cache")))
                .run(Progress.SILENT, () -> false);
    }

    private Path copyFixture() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        ExternalTools.copyTree(FIXTURE.toAbsolutePath(), tree);
        return tree;
    }

    @Test
    void probe() throws Exception {
        Path tree = copyFixture();
        AnalysedWorkspace analysed = analyse(tree);
        analysed.workspace().units().forEach(u -> u.includes().forEach(System.out::println));
        analysed.workspace().files().forEach(f -> System.out.println(f.path() + " " + f.origin()));
        ForwardPlanner planner = new ForwardPlanner(analysed.workspace());
        for (var e : planner.candidates()) {
            ForwardProposal p = planner.plan(e.includer(), e.target());
            System.out.println(p.plan().id() + " declared " + p.declared() + " given " + p.given());
            p.refused().forEach(r -> System.out.println("  " + r.reason()));
            if (p.possible()) {
                System.out.println(p.plan().changes(new SourceTexts(analysed.workspace())));
            }
        }
        assertTrue(true);
        assertEquals(1, 1);
    }
}
