// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

import static dev.headroom.ui.ExplorerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.analysis.cost.Calibration;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.model.SourceFile;
import dev.headroom.model.Workspace;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.treemap.Hierarchy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The treemap view model on a small hand-made workspace: trees, zoom, search, metrics. */
class TreemapViewModelTest {
    Explorer vm;
    Workspace workspace;

    @BeforeEach
    void showWorkspace() {
        workspace = workspace();
        vm = explorer(workspace);
    }

    @Test
    void heaviestUnitIsShownFirstAsItsDominatorTree() {
        assertEquals("app", vm.state().selectedUnitProperty().get().name());
        HeaderNode root = vm.treemap().treeProperty().get();
        assertEquals("app", root.label());
        assertEquals(List.of("engine.hpp", "math.h", "cmath"), labels(root.children()));
        HeaderNode engine = child(root, "engine.hpp");
        assertEquals(List.of("vulkan.h", "imgui.h"), labels(engine.children()));
        assertEquals(720, engine.weight(), "engine's area is its retained cost: itself, vulkan and imgui");
        assertEquals(770, engine.inclusive(), "inclusive also counts cmath, which math.h includes too");
        assertEquals(20, engine.self());
        assertEquals(880, root.weight());
        assertEquals(2, child(root, "cmath").fanIn());
    }

    @Test
    void everyHeaderAppearsOnceInTheDominatorTree() {
        List<String> paths = new ArrayList<>();
        java.util.ArrayDeque<HeaderNode> todo = new java.util.ArrayDeque<>(vm.treemap().treeProperty().get().children());
        while (!todo.isEmpty()) {
            HeaderNode n = todo.pop();
            paths.add(n.path());
            todo.addAll(n.children());
        }
        assertEquals(Set.of(ENGINE, MATH, VULKAN, IMGUI, CMATH), Set.copyOf(paths));
        assertEquals(5, paths.size());
    }

    @Test
    void zoomFollowsTheTreeAndALeafZoomsIntoItsParent() {
        HeaderNode root = vm.treemap().treeProperty().get();
        HeaderNode engine = child(root, "engine.hpp");
        vm.treemap().zoomIn(engine);
        assertEquals(List.of(root, engine), vm.treemap().zoomPath());
        assertSame(engine, vm.treemap().displayRootProperty().get());
        vm.treemap().zoomIn(child(engine, "vulkan.h"));
        assertEquals(List.of(root, engine), vm.treemap().zoomPath(), "a leaf has nothing to zoom into");
        vm.treemap().zoomOut();
        assertEquals(List.of(root), vm.treemap().zoomPath());
        vm.treemap().zoomOut();
        assertEquals(List.of(root), vm.treemap().zoomPath(), "the root is as far out as it goes");
        vm.treemap().zoomIn(engine);
        vm.treemap().zoomTo(root);
        assertSame(root, vm.treemap().displayRootProperty().get());
    }

    @Test
    void searchMatchesHeaderPathsIgnoringCase() {
        vm.treemap().search("VULKAN");
        assertEquals(Set.of(VULKAN), vm.treemap().searchMatchesProperty().get());
        vm.treemap().search("/w/include/");
        assertEquals(Set.of(ENGINE, MATH), vm.treemap().searchMatchesProperty().get());
        vm.treemap().search("  ");
        assertEquals(Set.of(), vm.treemap().searchMatchesProperty().get());
    }

    @Test
    void changingTheMetricKeepsZoomAndSelection() {
        HeaderNode engine = child(vm.treemap().treeProperty().get(), "engine.hpp");
        vm.treemap().zoomIn(engine);
        vm.treemap().selectPath(IMGUI);
        vm.treemap().sizeBy(SizeMetric.TOKENS);
        assertEquals(List.of("app", "engine.hpp"), labels(vm.treemap().zoomPath()));
        assertEquals(IMGUI, vm.state().selectedProperty().get().path());
        assertEquals(18, vm.treemap().treeProperty().get().weight(), "six files of three tokens each");
        assertEquals(3 * 3, vm.treemap().displayRootProperty().get().weight());
    }

    @Test
    void folderHierarchyGroupsFilesByFolderAndMergesSingleChildChains() {
        vm.treemap().hierarchy(Hierarchy.DIRECTORY);
        HeaderNode root = vm.treemap().treeProperty().get();
        assertEquals(HeaderNode.Kind.DIRECTORY, root.kind());
        assertEquals(Set.of("usr/include", "w"), Set.copyOf(labels(root.children())));
        HeaderNode usr = child(root, "usr/include");
        assertEquals(750, usr.weight());
        assertEquals(Set.of("vulkan", "imgui", "c++/12"), Set.copyOf(labels(usr.children())));
        assertEquals(880, root.weight());
    }

    @Test
    void moduleHierarchyPutsEveryUnitSideBySide() {
        vm.treemap().hierarchy(Hierarchy.MODULE);
        HeaderNode root = vm.treemap().treeProperty().get();
        assertEquals(HeaderNode.Kind.WORKSPACE, root.kind());
        assertEquals(List.of("app", "tool"), labels(root.children()));
        assertEquals(880 + 155, root.weight());
        assertEquals(List.of("math.h"), labels(child(root, "tool").children()));
    }

    @Test
    void flatInclusiveGivesASharedHeaderItsWholeWeight() {
        vm.treemap().hierarchy(Hierarchy.INCLUSIVE);
        HeaderNode root = vm.treemap().treeProperty().get();
        assertEquals(List.of("engine.hpp", "imgui.h", "vulkan.h", "math.h", "cmath"), labels(root.children()));
        assertEquals(List.of(770L, 700L, 500L, 150L, 50L),
                root.children().stream().map(HeaderNode::weight).toList(), "each header with all it brings");
        assertEquals(880, root.inclusive(), "the unit's own total stays what it is");
        assertEquals("880 B · tiles overlap", TreemapPane.sizeLabel(vm.treemap().sizeByProperty().get(), root));
    }

    @Test
    void flatCutsShowEachIncludeWhoseCutSavesSomethingAsLargeAsTheSaving() {
        vm.treemap().hierarchy(Hierarchy.CUT);
        HeaderNode root = vm.treemap().treeProperty().get();
        assertEquals(List.of("engine.hpp ← main.cpp:1", "imgui.h ← engine.hpp:2", "math.h ← main.cpp:2"),
                labels(root.children()), "vulkan and cmath are reached another way: cutting one line saves nothing");
        assertEquals(List.of(720L, 200L, 100L), root.children().stream().map(HeaderNode::weight).toList());
        vm.treemap().selectPath(IMGUI);
        assertEquals(IMGUI, vm.state().selectedProperty().get().path(), "a tile stands for the header it includes");
    }

    @Test
    void measuredTimeIsOfferedOnlyOnceATraceIsImported() {
        assertFalse(vm.treemap().sizeMetrics().contains(SizeMetric.MEASURED_TIME));
        assertThrows(IllegalStateException.class, () -> vm.treemap().sizeBy(SizeMetric.MEASURED_TIME));
        assertEquals(Map.of(), vm.state().measuredTimesProperty().get());
        assertEquals(SizeMetric.ESTIMATED_MEMORY, vm.treemap().sizeByProperty().get());
    }

    @Test
    void theCostModelIsInjectedNotAssumed() {
        CostModel byBytes = new CostModel() {
            @Override
            public long selfBytes(SourceFile file) {
                return file.bytes();
            }

            @Override
            public long unitAstBytes(List<SourceFile> files) {
                return files.stream().mapToLong(SourceFile::bytes).sum();
            }

            @Override
            public long unitPeakBytes(List<SourceFile> files) {
                return unitAstBytes(files);
            }

            @Override
            public Calibration calibration() {
                return new Calibration("18.1", "test corpus", 12, 0.93, 11.5, "2026-01-01");
            }
        };
        Explorer calibrated = explorer(workspace, byBytes);
        assertEquals(8800, calibrated.treemap().treeProperty().get().weight());
        assertTrue(calibrated.session().calibrationTextProperty().get().contains("Spearman 0.93"),
                calibrated.session().calibrationTextProperty().get());
        assertTrue(vm.session().calibrationTextProperty().get().contains("uncalibrated"));
    }

    @Test
    void searchStepsThroughMatchesHeaviestFirstSelectingAndZoomingToEach() {
        vm.treemap().search("/usr/include/");

        assertEquals(List.of(VULKAN, IMGUI, CMATH), vm.treemap().searchResults().stream().map(HeaderNode::path).toList(),
                "heaviest first: vulkan 500, imgui 200, cmath 50");
        assertEquals(-1, vm.treemap().currentMatchProperty().get());
        vm.treemap().nextMatch();
        assertEquals(VULKAN, vm.state().selectedProperty().get().path());
        assertEquals(List.of("app", "engine.hpp"), labels(vm.treemap().zoomPath()), "zoomed to where vulkan.h sits");
        vm.treemap().nextMatch();
        vm.treemap().nextMatch();
        assertEquals(CMATH, vm.state().selectedProperty().get().path());
        assertEquals(List.of("app"), labels(vm.treemap().zoomPath()), "cmath sits under the unit itself");
        vm.treemap().nextMatch();
        assertEquals(0, vm.treemap().currentMatchProperty().get(), "stepping wraps round");
        vm.treemap().previousMatch();
        assertEquals(CMATH, vm.state().selectedProperty().get().path());

        vm.treemap().search("");
        assertTrue(vm.treemap().searchResults().isEmpty());
        assertEquals(-1, vm.treemap().currentMatchProperty().get());
    }

    @Test
    void memoryMeasuredByClangIsOfferedOnlyOnceClangHasMeasuredAUnit() {
        assertFalse(vm.treemap().sizeMetrics().contains(SizeMetric.MEASURED_MEMORY));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> vm.treemap().sizeBy(SizeMetric.MEASURED_MEMORY));
        assertTrue(refused.getMessage().contains("needs a unit measured by clang"), refused.getMessage());
        assertEquals("", vm.treemap().sizeNoteProperty().get());
    }

    @Test
    void memoryMeasuredByClangSharesTheUnitsFigureOutByTheEstimatesShares() {
        // app's files estimate 880 bytes; clang measured 1760: every file of app weighs twice its estimate.
        Explorer measured = measuredExplorer(workspace, Map.of("app", 1760L));
        assertTrue(measured.treemap().sizeMetrics().contains(SizeMetric.MEASURED_MEMORY));

        measured.treemap().sizeBy(SizeMetric.MEASURED_MEMORY);

        HeaderNode root = measured.treemap().treeProperty().get();
        assertEquals(1760, root.weight(), "the tiles add up to clang's figure");
        HeaderNode engine = child(root, "engine.hpp");
        assertEquals(2 * (20 + 500 + 200), engine.weight(), "engine and what it alone brings, at twice the estimate");
        assertEquals("measured: clang's 1.7 KB for app, apportioned by the estimate's shares (× 2.00)",
                measured.treemap().figureSource(engine).orElseThrow());
        assertEquals(measured.treemap().figureSource(engine).orElseThrow(), measured.treemap().sizeNoteProperty().get());
        assertEquals("measured", measured.treemap().sizeTagProperty().get());

        measured.state().selectUnit("tool");
        assertEquals(155, measured.treemap().treeProperty().get().weight(), "tool has no clang figure: its estimate");
        assertEquals("estimated: no clang figure for tool; the bundled estimate",
                measured.treemap().sizeNoteProperty().get());
        assertEquals("estimated, no clang figure", measured.treemap().sizeTagProperty().get());

        measured.treemap().hierarchy(Hierarchy.MODULE);
        assertEquals("1 of 2 units measured by clang; the others fall back (see each tile)",
                measured.treemap().sizeNoteProperty().get());
        assertEquals("1 of 2 measured", measured.treemap().sizeTagProperty().get());
        HeaderNode toolModule = child(measured.treemap().treeProperty().get(), "tool");
        assertTrue(measured.treemap().figureSource(child(toolModule, "math.h")).orElseThrow().startsWith("estimated"));
        assertEquals(1760 + 155, measured.treemap().treeProperty().get().weight());

        measured.treemap().sizeBy(SizeMetric.ESTIMATED_MEMORY);
        assertTrue(measured.treemap().figureSource(toolModule).isEmpty(), "estimated memory needs no source line");
        assertEquals("", measured.treemap().sizeNoteProperty().get());
    }
}
