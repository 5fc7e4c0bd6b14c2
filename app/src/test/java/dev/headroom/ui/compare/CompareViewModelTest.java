// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.ByteSizeCostModel;
import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.Workspaces;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.diff.AnalysedRevision;
import dev.headroom.diff.WorkspaceDelta;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.Comparison;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The compare view's model on two hand-made revisions: the engine header shrinks, math.h leaves, fwd.h arrives. */
class CompareViewModelTest {
    CompareViewModel vm;

    @BeforeEach
    void showTwoRevisions() {
        Workspace a = new Workspaces().file("/app.cpp", 10).file("/engine.h", 100).file("/math.h", 50)
                .unit("app", "/app.cpp", "/app.cpp>/engine.h", "/engine.h>/math.h").build();
        Workspace b = new Workspaces().file("/app.cpp", 10).file("/engine.h", 40).file("/fwd.h", 5)
                .unit("app", "/app.cpp", "/app.cpp>/engine.h", "/engine.h>/fwd.h").build();
        AnalysedWorkspace before = AnalysedWorkspace.of(a, new ByteSizeCostModel());
        AnalysedWorkspace after = AnalysedWorkspace.of(b, new ByteSizeCostModel());
        WorkspaceDelta delta = WorkspaceDelta.between(revision(before, "A"), revision(after, "B"));
        Map<String, String> textsA = Map.of("engine.h", "#include \"math.h\"\nstruct engine {};\n");
        Map<String, String> textsB = Map.of("engine.h", "#include \"fwd.h\"\nstruct engine {};\n");
        // Both executors run at once: the model's background work is then done when a command returns.
        vm = new CompareViewModel(new AnalysisSession(new ByteSizeCostModel()), Runnable::run, Runnable::run);
        vm.show(new Comparison(before, after, delta, key -> Optional.ofNullable(textsA.get(key)),
                key -> Optional.ofNullable(textsB.get(key)), 0, 0));
    }

    private static AnalysedRevision revision(AnalysedWorkspace w, String label) {
        return new AnalysedRevision(label, w.workspace(), w.files(), w.costs(), w.budget(JitScenario.AS_IS));
    }

    @Test
    void theUnitThatChangedIsShownOnBothSidesWithItsHeadersSortedByAbsoluteDelta() {
        assertEquals("app", vm.scopeProperty().get());
        assertEquals("app", vm.before().selectedUnitProperty().get().name());
        assertEquals("app", vm.after().selectedUnitProperty().get().name());
        assertEquals(List.of("engine.h", "math.h", "fwd.h", "app.cpp"), vm.rows().stream().map(DeltaRow::key).toList());
        assertEquals(List.of(-60L, -50L, 5L, 0L), vm.rows().stream().map(DeltaRow::delta).toList());
        assertEquals(List.of("", "DEL", "NEW", ""), vm.rows().stream().map(DeltaRow::marker).toList());
    }

    @Test
    void selectingAHeaderInOneTreemapSelectsItInTheOther() {
        vm.beforeMap().selectPath("/engine.h");
        assertEquals("engine.h", vm.selectedKeyProperty().get());
        HeaderNode other = vm.after().selectedProperty().get();
        assertNotNull(other);
        assertEquals("/engine.h", other.path());
        assertEquals(-60, vm.selectedHeaderProperty().get().self().delta());
    }

    @Test
    void aHeaderOnlyOneSideHasClearsTheOtherSidesSelection() {
        vm.selectKey("math.h");
        assertEquals("/math.h", vm.before().selectedProperty().get().path());
        assertNull(vm.after().selectedProperty().get());
    }

    @Test
    void theSelectedHeadersTextDiffStartsAtItsFirstChange() {
        vm.selectKey("engine.h");
        TextDiff diff = vm.textDiffProperty().get();
        assertEquals(0, diff.firstChange());
        assertEquals(1, diff.changedRows());
        assertEquals("#include \"fwd.h\"", diff.rows().get(0).getNewLine());
    }

    @Test
    void zoomingIntoAHeaderOnOneSideZoomsIntoItOnTheOther() {
        HeaderNode engine = vm.beforeMap().treeProperty().get().children().get(0);
        assertEquals("/engine.h", engine.path());
        vm.beforeMap().zoomIn(engine);
        assertEquals("/engine.h", vm.afterMap().displayRootProperty().get().path());
        vm.afterMap().zoomOut();
        assertEquals(vm.beforeMap().treeProperty().get(), vm.beforeMap().displayRootProperty().get());
    }

    @Test
    void searchHighlightsOnBothSides() {
        vm.search("engine");
        assertEquals(java.util.Set.of("/engine.h"), vm.beforeMap().searchMatchesProperty().get());
        assertEquals(java.util.Set.of("/engine.h"), vm.afterMap().searchMatchesProperty().get());
    }

    @Test
    void allUnitsTabulatesWhatEveryUnitPaysForEachHeader() {
        vm.showUnit(null);
        assertNull(vm.scopeProperty().get());
        assertEquals("engine.h", vm.rows().get(0).key());
        assertTrue(vm.rows().stream().allMatch(r -> r.key().indexOf('/') < 0), "keys are relative to the root");
    }

    @Test
    void eachSidesTilesKnowWhatTheChangeDidToThemInTheUnitShown() {
        assertEquals(-60, vm.change(true, "/engine.h").orElseThrow().self().delta());
        assertEquals("DEL", vm.change(true, "/math.h").orElseThrow().presence().marker());
        assertEquals("NEW", vm.change(false, "/fwd.h").orElseThrow().presence().marker());
        assertEquals(DeltaColours.SHRANK, DeltaColours.colour(vm.change(false, "/engine.h").orElseThrow()));
        assertEquals(DeltaColours.NEW, DeltaColours.colour(vm.change(false, "/fwd.h").orElseThrow()));
        assertEquals(DeltaColours.DELETED, DeltaColours.colour(vm.change(true, "/math.h").orElseThrow()));
        vm.showUnit(null);
        assertTrue(vm.change(false, "/engine.h").isEmpty(), "over all units there is no one unit to colour by");
    }

    @Test
    void theDeltaMapHoldsEveryHeaderOfBothSidesOnceByKeyWithTheLargerArea() {
        HeaderNode map = vm.deltaMapProperty().get();
        assertNotNull(map, "a unit is shown, so is its delta map");
        assertEquals(map, vm.deltaDisplayRootProperty().get());
        HeaderNode engine = child(map, "engine.h");
        assertEquals(100, engine.weight() - engine.children().stream().mapToLong(HeaderNode::weight).sum(),
                "engine.h shrank from 100 to 40 and keeps its larger area");
        assertEquals(50, child(engine, "math.h").weight(), "math.h, gone in B, keeps A's area under its A parent");
        assertEquals(5, child(engine, "fwd.h").weight(), "fwd.h is new in B");
        assertEquals(DeltaColours.SHRANK, DeltaColours.of(vm::changeOf).apply(engine));
        assertEquals(DeltaColours.DELETED, DeltaColours.of(vm::changeOf).apply(child(engine, "math.h")));
    }

    @Test
    void aDeltaTileSelectsTheHeaderOnBothSidesAndZoomsOnItsOwn() {
        HeaderNode engine = child(vm.deltaMapProperty().get(), "engine.h");
        vm.selectKey(engine.path());
        assertEquals("/engine.h", vm.before().selectedProperty().get().path());
        assertEquals("/engine.h", vm.after().selectedProperty().get().path());
        vm.zoomDeltaIn(engine);
        assertEquals(engine, vm.deltaDisplayRootProperty().get());
        vm.zoomDeltaOut();
        assertEquals(vm.deltaMapProperty().get(), vm.deltaDisplayRootProperty().get());
    }

    @Test
    void overAllUnitsThereIsNoDeltaMap() {
        vm.showUnit(null);
        assertNull(vm.deltaMapProperty().get());
    }

    private static HeaderNode child(HeaderNode parent, String key) {
        return parent.children().stream().filter(c -> c.path().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not under " + parent.path() + ": " + parent.children()));
    }
}
