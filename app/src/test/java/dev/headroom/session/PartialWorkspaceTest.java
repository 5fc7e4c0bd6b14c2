// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.JankModule;
import dev.headroom.model.TranslationUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspaces of the units finished so far, which the explorer's partial treemap draws, on the sample. */
class PartialWorkspaceTest {
    @TempDir
    static Path cache;

    @BeforeAll
    static void needsTheSampleHeaders() {
        RefactorWorkbenchTest.require("/usr/bin/clang++", "/usr/include/vulkan/vulkan.h", "/usr/include/imgui/imgui.h");
    }

    @Test
    void eachSnapshotHoldsTheUnitsFinishedSoFarCostedAlmostAsInTheWhole() throws Exception {
        List<Supplier<AnalysedWorkspace>> snapshots = Collections.synchronizedList(new ArrayList<>());
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        Progress collect = new Progress() {
            @Override
            public void unitsSoFar(Supplier<AnalysedWorkspace> soFar, int finished, int total) {
                snapshots.add(soFar);
                done.add(finished);
            }
        };
        Path sample = Path.of("..", "samples", "vybe-sdf").toAbsolutePath().normalize();
        AnalysedWorkspace whole = AnalysisSession.bundled()
                .prepare(AnalysisRequest.of(List.of(sample)).withCacheDir(cache).withRun(2, false))
                .run(collect, () -> false);

        // One snapshot per parse: units whose parse is shared (the same headers required) finish together.
        assertEquals(6, done.get(done.size() - 1));
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) > done.get(i - 1), "each snapshot has more units: " + done);
        }
        for (int i = 0; i < snapshots.size(); i++) {
            AnalysedWorkspace soFar = snapshots.get(i).get();
            List<TranslationUnit> units = soFar.workspace().units();
            assertEquals(done.get(i), units.size(), "snapshot " + (i + 1) + " keeps the units of its moment");
            for (TranslationUnit u : units) {
                TranslationUnit same = whole.unit(u.name()).orElseThrow();
                assertEquals(same.files().size(), u.files().size(), u.name());
                // A file's facts are merged over the units that include it, so a figure can still move a little
                // (the sample: stddef.h by 140 bytes) as later units bring the same file.
                long atEnd = whole.costs().unit(u.name()).orElseThrow().peakBytes();
                long early = soFar.costs().unit(u.name()).orElseThrow().peakBytes();
                assertEquals(atEnd, early, atEnd / 1000.0, u.name() + " costs about what it will cost");
            }
            List<String> names = units.stream().map(TranslationUnit::name).toList();
            assertTrue(soFar.workspace().modules().stream().map(JankModule::namespace).allMatch(names::contains),
                    "no module without its unit: " + soFar.workspace().modules());
            assertEquals(units.size(), soFar.workspace().modules().size());
        }
        assertEquals(6, whole.workspace().modules().size(), "the whole keeps every module");
    }
}
