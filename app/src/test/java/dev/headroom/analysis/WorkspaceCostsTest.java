// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.headroom.model.Workspace;
import org.junit.jupiter.api.Test;

class WorkspaceCostsTest {
    // main includes engine and math; engine includes vulkan and math; math is shared, vulkan only via engine.
    private final Workspace workspace = new Workspaces()
            .file("main", 1).file("engine", 10).file("vulkan", 1000).file("math", 100)
            .unit("ui", "main", "main>engine", "engine>vulkan", "engine>math", "main>math")
            .unit("m", "math")
            .build();

    private final WorkspaceCosts costs = WorkspaceCosts.of(workspace, new ByteSizeCostModel());

    @Test
    void unitEstimatesComeFromTheModelOverTheUnitsFiles() {
        assertEquals(ByteSizeCostModel.BASELINE + 1111, costs.unit("ui").orElseThrow().astBytes());
        assertEquals(2 * 1111, costs.unit("ui").orElseThrow().peakBytes());
        assertEquals(ByteSizeCostModel.BASELINE + 100, costs.unit("m").orElseThrow().astBytes());
    }

    @Test
    void retainedCostExcludesWhatIsStillIncludedAnotherWay() {
        WorkspaceCosts.UnitCost ui = costs.unit("ui").orElseThrow();
        assertEquals(1010, ui.retained("engine"), "engine keeps vulkan but not math, which main includes too");
        assertEquals(1111, ui.retained("main"));
        assertEquals(100, ui.retained("math"));
    }

    @Test
    void cuttingTheEngineIncludeRemovesItsOwnSubtreeOnly() {
        var heaviest = costs.unit("ui").orElseThrow().heaviestCuts().get(0);
        assertEquals("engine", heaviest.edge().edge().target());
        assertEquals(1010, heaviest.cost());
    }

    @Test
    void inclusiveCostCountsEachFileOnce() {
        assertEquals(1111, costs.inclusive("main"));
        assertEquals(1110, costs.inclusive("engine"));
        assertEquals(100, costs.self("math"));
    }
}
