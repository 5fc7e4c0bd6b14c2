// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.model.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderReportTest {
    private final Workspace workspace = new Workspaces()
            .file("a-req", 0).file("b-req", 0).file("engine", 10).file("vulkan", 1000).file("math", 100)
            .unit("a", "a-req", "a-req>engine", "engine>vulkan", "a-req>math")
            .unit("b", "b-req", "b-req>engine", "engine>vulkan", "engine>math")
            .module("a", 1).module("b", 1)
            .build();

    private final ByteSizeCostModel model = new ByteSizeCostModel();
    private final WorkspaceCosts costs = WorkspaceCosts.of(workspace, model);
    private final HeaderReport report = HeaderReport.of(workspace, costs,
            new JitBudget(workspace, model).compute(JitSettings.seedDefaults(), JitScenario.AS_IS), model.calibration(), 10);

    @Test
    void headersAreRankedBySelfCostWithTheirLargestRetainedCost() {
        assertEquals(List.of("vulkan", "math", "engine"), report.headers().stream().limit(3).map(HeaderReport.HeaderRow::path).toList());
        HeaderReport.HeaderRow engine = report.headers().get(2);
        assertEquals(1110, engine.retained(), "in b the engine retains math too");
        assertEquals("b", engine.retainedIn());
        assertEquals(1110, engine.inclusive());
    }

    @Test
    void edgeCutsAreSummedOverTheUnitsTheyAppearIn() {
        HeaderReport.EdgeRow top = report.edges().get(0);
        assertEquals("engine", top.includer());
        assertEquals("vulkan", top.target());
        assertEquals(2, top.units());
        assertEquals(2000, top.cut());
    }

    @Test
    void sharingAndBlowUpCountEachUnitsParse() {
        assertEquals(3, report.sharing().sharedHeaders(), "engine, vulkan and math are parsed by both units");
        assertEquals(2, report.sharing().uniqueHeaders(), "each unit's own main file");
        assertEquals(2 * 1110, report.sharing().parsedBytes());
        assertEquals(1110, report.sharing().distinctBytes());
    }

    @Test
    void unitsWhoseMainFilesShareOnePathStillShareTheirHeaders() {
        // jank modules of one folder: every unit's synthesized main file has the same path, each its own text
        Workspace jank = new Workspaces()
                .file("dir/(jank-requires).hpp", 1).file("math", 100).file("engine", 10).file("vulkan", 1000)
                .unit("a", "dir/(jank-requires).hpp", "dir/(jank-requires).hpp>math")
                .unit("b", "dir/(jank-requires).hpp", "dir/(jank-requires).hpp>math")
                .unit("c", "dir/(jank-requires).hpp", "dir/(jank-requires).hpp>engine", "engine>vulkan")
                .build();

        UnitSharing sharing = UnitSharing.of(jank.units(), WorkspaceCosts.of(jank, model)::self);

        assertEquals(1, sharing.sharedHeaders(), "math is parsed by a and b");
        assertEquals(3 + 2, sharing.uniqueHeaders(), "three main files, engine and vulkan");
        assertEquals(3 * 1 + 2 * 100 + 10 + 1000, sharing.parsedBytes());
        assertEquals(3 * 1 + 100 + 10 + 1000, sharing.distinctBytes());
    }

    @Test
    void aHeaderReachedThroughTheMergedGraphButNotEnteredByAUnitIsNotSharedWithIt() {
        // b's engine is parsed under other macros and includes nothing: the union of both units' edges would
        // say b reaches vulkan
        Workspace macros = new Workspaces()
                .file("a-main", 0).file("b-main", 0).file("engine", 10).file("vulkan", 1000)
                .unit("a", "a-main", "a-main>engine", "engine>vulkan")
                .unit("b", "b-main", "b-main>engine")
                .build();

        UnitSharing sharing = UnitSharing.of(macros.units(), WorkspaceCosts.of(macros, model)::self);

        assertEquals(1, sharing.sharedHeaders(), "only engine");
        assertEquals(10 + 1000 + 10, sharing.parsedBytes());
    }

    @Test
    void whyIncludedGivesEachUnitsShortestChains() {
        var why = WhyIncluded.of(workspace, "math", 5);
        assertEquals(List.of("a", "b"), why.stream().map(WhyIncluded.UnitChains::unit).toList());
        assertEquals(List.of(List.of("a-req", "math")), why.get(0).chains());
        assertEquals(List.of(List.of("b-req", "engine", "math")), why.get(1).chains());
    }

    @Test
    void hubsAndCyclesComeFromTheMergedGraph() {
        assertEquals("engine", report.hubs().get(0).path(), "included from two places, pulls in most");
        assertEquals(List.of(), report.cycles());
    }
}
