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
        assertEquals(3, report.sharedHeaders(), "engine, vulkan and math are parsed by both units");
        assertEquals(2, report.uniqueHeaders(), "each unit's own main file");
        assertEquals(2 * 1110, report.blowUp().parsedBytes());
        assertEquals(1110, report.blowUp().distinctBytes());
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
