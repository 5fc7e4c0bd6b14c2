// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.modules;

import static dev.headroom.ui.ExplorerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.model.Workspace;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.ExplorerFixtures;
import dev.headroom.ui.treemap.Hierarchy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The modules list and the JIT what-ifs on hand-made workspaces. */
class ModulesViewModelTest {
    Explorer vm;
    Workspace workspace;

    @BeforeEach
    void showWorkspace() {
        workspace = workspace();
        vm = explorer(workspace);
    }

    @Test
    void unitsCarryTheirEstimateAgainstTheBudget() {
        assertEquals(List.of(880L, 155L), vm.modules().units().stream().map(UnitRow::estimatedBytes).toList());
        assertFalse(vm.modules().units().get(0).overBudget());
        vm.modules().overrideBudget(500.0 / (1024 * 1024));
        assertTrue(vm.modules().units().get(0).overBudget(), "880 estimated bytes exceed a 500-byte budget");
        assertFalse(vm.modules().units().get(1).overBudget());
        assertEquals(880 / 500.0, vm.modules().units().get(0).budgetShare(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> vm.modules().overrideBudget(0));
    }

    @Test
    void jankModuleRowsShowWhatTheJitHoldsWhenEachLoads() {
        Explorer jank = jankExplorer();
        assertEquals(Map.of("app", PERSISTENT + TOOL_KEPT + APP_TRANSIENT, "tool", PERSISTENT + TOOL_TRANSIENT,
                "bench", BENCH_AS_IS), rowBytes(jank));
        assertTrue(jank.modules().units().stream().allMatch(r -> r.jankModule() && r.loaded()));
        assertTrue(jank.modules().whatIfsAvailableProperty().get());
        assertEquals(JitScenario.AS_IS, jank.modules().scenarioProperty().get());
        assertEquals("peak 588 MB of 1850 MB at bench", jank.modules().budgetSummaryProperty().get());
        assertEquals("app", jank.state().selectedUnitProperty().get().name(), "the unit costing most on its own opens first");
    }

    @Test
    void theIncrementalJitWhatIfSaysItNeedsSourcesForAWorkspaceWithoutThem() {
        Explorer jank = jankExplorer();

        jank.modules().toggleIncremental();

        assertEquals(JitScenario.AS_IS, jank.modules().scenarioProperty().get());
        assertTrue(jank.modules().budgetSummaryProperty().get().contains("needs the sources"),
                jank.modules().budgetSummaryProperty().get());
    }

    @Test
    void precompilingAHeaderMovesItsSubtreeOutOfEachModuleIntoMemoryHeldOnce() {
        Explorer jank = jankExplorer();

        jank.modules().togglePrecompiledHeader(ENGINE);

        // engine's subtree is engine, vulkan, imgui and cmath: 20 + 500 + 200 + 50 nodes.
        assertEquals(770, jank.modules().jitResultProperty().get().pchBytes());
        assertEquals(PERSISTENT + 770, jank.modules().jitResultProperty().get().persistent());
        assertEquals(880 - 770, load(jank, "app").headerBytes(), "app keeps main and math");
        assertEquals(155 - 50, load(jank, "tool").headerBytes(), "tool no longer parses cmath");
        long toolKept = Math.round(0.25 * (TOOL_TRANSIENT - 50));
        assertEquals(Map.of("tool", PERSISTENT + 770 + TOOL_TRANSIENT - 50,
                "app", PERSISTENT + 770 + toolKept + APP_TRANSIENT - 770,
                "bench", PERSISTENT + 770 + toolKept + Math.round(0.25 * (APP_TRANSIENT - 770)) + BENCH_TRANSIENT),
                rowBytes(jank));
        assertEquals(Set.of(ENGINE), jank.modules().scenarioProperty().get().pchHeaders());
        assertEquals("peak 588 MB of 1850 MB at bench; what-if costs 565 B: PCH engine.hpp",
                jank.modules().budgetSummaryProperty().get(),
                "bench holds the PCH's 770 bytes throughout, and only 13 + 192 bytes less of what tool and app kept");

        jank.modules().togglePrecompiledHeader(ENGINE);
        assertEquals(JitScenario.AS_IS, jank.modules().scenarioProperty().get(), "a second toggle takes the header out");
        assertEquals(BENCH_AS_IS, row(jank, "bench").estimatedBytes());
    }

    @Test
    void aheadOfTimeModuleLeavesTheJitButStaysListed() {
        Explorer jank = jankExplorer();

        jank.modules().toggleAheadOfTime("tool");

        UnitRow tool = row(jank, "tool");
        assertEquals(0, tool.estimatedBytes());
        assertEquals(UnitRow.AHEAD_OF_TIME, tool.leftOut());
        assertFalse(tool.overBudget());
        assertEquals(PERSISTENT + APP_TRANSIENT, row(jank, "app").estimatedBytes(), "app now loads first");
        long peak = PERSISTENT + APP_KEPT + BENCH_TRANSIENT;
        assertEquals(peak, row(jank, "bench").estimatedBytes());
        assertEquals("peak 556 MB of 1850 MB at bench; what-if saves 31.3 MB: AOT tool",
                jank.modules().budgetSummaryProperty().get());
        assertEquals(32_775_207, BENCH_AS_IS - peak, "the saving is tool's kept quarter");
        assertThrows(IllegalArgumentException.class, () -> jank.modules().toggleAheadOfTime("nonesuch"));
    }

    @Test
    void lazyLoadingLeavesOutModulesTheEntryDoesNotRequire() {
        Explorer jank = jankExplorer();

        jank.modules().toggleLazyLoading();

        assertTrue(jank.modules().scenarioProperty().get().lazy());
        assertEquals(UnitRow.NOT_AT_START_UP, row(jank, "bench").leftOut());
        assertEquals(Map.of("tool", PERSISTENT + TOOL_TRANSIENT, "app", PERSISTENT + TOOL_KEPT + APP_TRANSIENT,
                "bench", 0L), rowBytes(jank));
        assertEquals("peak 556 MB of 1850 MB at app; what-if saves 31.2 MB: lazy loading",
                jank.modules().budgetSummaryProperty().get());
        jank.modules().toggleLazyLoading();
        assertTrue(row(jank, "bench").loaded());
    }

    @Test
    void resetRestoresTheModulesAsTheyAre() {
        Explorer jank = jankExplorer();
        List<UnitRow> asIs = List.copyOf(jank.modules().units());
        String summary = jank.modules().budgetSummaryProperty().get();

        jank.modules().togglePrecompiledHeader(VULKAN);
        jank.modules().toggleAheadOfTime("app");
        jank.modules().toggleLazyLoading();
        assertEquals("peak 525 MB of 1850 MB at tool; what-if saves 62.5 MB: PCH vulkan.h; AOT app; lazy loading",
                jank.modules().budgetSummaryProperty().get());
        jank.modules().resetWhatIfs();

        assertEquals(JitScenario.AS_IS, jank.modules().scenarioProperty().get());
        assertEquals(asIs, jank.modules().units());
        assertEquals(summary, jank.modules().budgetSummaryProperty().get());
    }

    @Test
    void budgetBelowThePeakIsSaidInTheSummaryAndTheBars() {
        Explorer jank = jankExplorer();
        jank.modules().overrideBudget(560);
        assertEquals("peak 588 MB over the 560 MB at bench", jank.modules().budgetSummaryProperty().get());
        assertTrue(row(jank, "bench").overBudget());
        assertFalse(row(jank, "tool").overBudget(), "tool loads at 525 MB");
    }

    @Test
    void workspaceWithoutJankModulesHasNoWhatIfsAndSaysSo() {
        vm.modules().togglePrecompiledHeader(ENGINE);
        vm.modules().toggleAheadOfTime("app");
        vm.modules().toggleLazyLoading();

        assertFalse(vm.modules().whatIfsAvailableProperty().get());
        assertEquals(JitScenario.AS_IS, vm.modules().scenarioProperty().get());
        assertEquals(List.of(880L, 155L), vm.modules().units().stream().map(UnitRow::estimatedBytes).toList());
        assertTrue(vm.modules().units().stream().noneMatch(UnitRow::jankModule));
        assertNull(vm.modules().jitResultProperty().get());
        assertEquals("No jank modules in sample: JIT what-ifs need a jank workspace", vm.modules().budgetSummaryProperty().get());
    }

    @Test
    void modulesAreListedInLoadOrderAndEachBarIsTheSeedsBreakdown() {
        Explorer jank = jankExplorer();

        assertEquals(List.of("tool", "app", "bench"), jank.modules().units().stream().map(UnitRow::name).toList(),
                "app requires tool, so tool loads first; bench last");
        for (UnitRow r : jank.modules().units()) {
            assertEquals(r.estimatedBytes(), r.parts().stream().mapToLong(UnitRow.Part::bytes).sum(), r.name());
        }
        UnitRow app = row(jank, "app");
        assertEquals(List.of(PERSISTENT, TOOL_KEPT, 880L, 2 * PER_FUNCTION, CODEGEN),
                app.parts().stream().map(UnitRow.Part::bytes).toList());
    }

    @Test
    void eachWhatIfSaysWhyItSavesOrCostsWhatItDoes() {
        Explorer jank = jankExplorer();
        assertEquals("", jank.modules().whatIfExplanationProperty().get());

        jank.modules().togglePrecompiledHeader(ENGINE);
        assertEquals("PCH: 770 B held from start-up; 2 modules parse 820 B less in all. At the peak it costs more than"
                + " it saves: the module there parsed little of it.", jank.modules().whatIfExplanationProperty().get());

        jank.modules().resetWhatIfs();
        jank.modules().toggleLazyLoading();
        assertEquals("Lazy: 1 module not required by the entry load later, if at all: bench.",
                jank.modules().whatIfExplanationProperty().get());
    }

    @Test
    void lazyLoadingThatLeavesNothingOutSaysSo() {
        Explorer e = explorer(jankWorkspaceWithoutBench());

        e.modules().toggleLazyLoading();

        assertEquals("Lazy: the entry module requires every module, so all still load at start-up; nothing is left out.",
                e.modules().whatIfExplanationProperty().get());
        assertTrue(e.modules().budgetSummaryProperty().get().contains("saves 0 B"), e.modules().budgetSummaryProperty().get());
    }

    /** {@link ExplorerFixtures#jankWorkspace()} without bench: app requires tool, so the entry needs both. */
    static Workspace jankWorkspaceWithoutBench() {
        Workspace w = jankWorkspace();
        return new Workspace(w.name(), w.root(), w.units().subList(0, 2), w.files(), w.functions(), w.dependencies(),
                w.modules().subList(0, 2), w.problems(), w.toolchain(), w.stats());
    }

    @Test
    void aHeaderInThePrecompiledHeaderFlagsItAndAllItBringsWithTheReason() {
        Explorer jank = jankExplorer();
        assertEquals(WhatIfMarks.NONE, jank.modules().whatIfMarksProperty().get());

        jank.modules().togglePrecompiledHeader(ENGINE);

        WhatIfMarks marks = jank.modules().whatIfMarksProperty().get();
        assertEquals(Set.of(ENGINE, VULKAN, IMGUI, CMATH), marks.headers().keySet(), "engine and all it reaches");
        HeaderNode engine = header(jank, ENGINE);
        assertEquals("In the precompiled header (what-if): parsed once, not per module", marks.reason(engine).orElseThrow());
        assertEquals("In the precompiled header through engine.hpp (what-if): parsed once, not per module",
                marks.reason(header(jank, VULKAN)).orElseThrow());
        assertFalse(marks.marks(header(jank, MATH)), "math is not reached from engine");
        assertTrue(marks.anyIn(jank.treemap().treeProperty().get()));
        assertTrue(marks.modules().isEmpty(), "a PCH takes no module out of the JIT");

        jank.modules().togglePrecompiledHeader(ENGINE);
        assertEquals(WhatIfMarks.NONE, jank.modules().whatIfMarksProperty().get(), "taken out again, nothing is flagged");
    }

    @Test
    void aModuleAheadOfTimeFlagsItsModuleTileAndRowButNoHeader() {
        Explorer jank = jankExplorer();
        jank.treemap().hierarchy(Hierarchy.MODULE);

        jank.modules().toggleAheadOfTime("tool");

        WhatIfMarks marks = jank.modules().whatIfMarksProperty().get();
        HeaderNode toolTile = jank.treemap().treeProperty().get().children().stream()
                .filter(m -> m.label().equals("tool")).findFirst().orElseThrow();
        assertTrue(marks.reason(toolTile).orElseThrow().startsWith("Compiled ahead of time (what-if)"),
                marks.reason(toolTile).orElseThrow());
        assertTrue(marks.moduleReason("tool").isPresent(), "its row in the modules list says so too");
        assertTrue(marks.moduleReason("app").isEmpty());
        assertFalse(marks.marks(header(jank, MATH)), "tool's headers are not what the what-if changes");
        assertTrue(marks.headers().isEmpty());

        jank.modules().toggleLazyLoading();
        assertTrue(jank.modules().whatIfMarksProperty().get().moduleReason("bench").orElseThrow()
                .startsWith("Not loaded at start-up"), "lazy loading leaves bench out, and says why");
        jank.modules().resetWhatIfs();
        assertFalse(jank.modules().whatIfMarksProperty().get().any());
    }

    private static HeaderNode header(Explorer explorer, String path) {
        java.util.ArrayDeque<HeaderNode> todo = new java.util.ArrayDeque<>(List.of(explorer.treemap().treeProperty().get()));
        while (!todo.isEmpty()) {
            HeaderNode n = todo.pop();
            if (n.isHeader() && n.path().equals(path)) {
                return n;
            }
            todo.addAll(n.children());
        }
        throw new AssertionError(path + " is not in the treemap");
    }
}
