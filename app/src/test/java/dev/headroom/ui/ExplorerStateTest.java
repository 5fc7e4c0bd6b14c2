// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.Problem;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state every feature shares. */
class ExplorerStateTest {

    @Test
    void theSameProblemMetInSeveralUnitsIsListedOnceSayingInHowMany() {
        Problem header = new Problem("/w/engine.hpp", 12, "expected ';'", Problem.Source.SYNTAX);
        Problem other = new Problem("/w/engine.hpp", 30, "expected ';'", Problem.Source.SYNTAX);

        List<Problem> grouped = ExplorerState.grouped(List.of(header, header, other, header));

        assertEquals(List.of(new Problem("/w/engine.hpp", 12, "expected ';' (in 3 units)", Problem.Source.SYNTAX), other),
                grouped);
    }

    static AnalysedWorkspace withUnits(Workspace w, String... names) {
        List<String> keep = List.of(names);
        Workspace part = new Workspace(w.name(), w.root(), w.units().stream().filter(u -> keep.contains(u.name())).toList(),
                w.files(), w.functions(), w.dependencies(), w.modules(), w.problems(), w.toolchain(), w.stats());
        return AnalysedWorkspace.of(part, new NodeCountCostModel());
    }

    @Test
    void partialWorkspacesShowTheHeaviestSoFarAndTheWholeKeepsAUnitPickedMeanwhile() {
        Workspace w = ExplorerFixtures.workspace();
        ExplorerState state = new ExplorerState();

        state.showPartial(withUnits(w, "tool"));
        assertTrue(state.partialProperty().get());
        assertEquals("tool", state.selectedUnitProperty().get().name());
        state.showPartial(withUnits(w, "app", "tool"));
        assertEquals("app", state.selectedUnitProperty().get().name(), "the heaviest so far, not the first shown");
        state.selectUnit("tool");
        state.show(withUnits(w, "app", "tool"), false);

        assertFalse(state.partialProperty().get());
        assertEquals("tool", state.selectedUnitProperty().get().name(), "the user's pick stays");
        assertSame(state.analysed().workspace().units().get(1), state.selectedUnitProperty().get(),
                "the unit is the whole workspace's own");
    }

    @Test
    void wholeWorkspaceAfterPartialOnesShowsItsHeaviestUnitAsWithout() {
        Workspace w = ExplorerFixtures.workspace();
        ExplorerState state = new ExplorerState();
        state.showPartial(withUnits(w, "tool"));
        state.show(withUnits(w, "app", "tool"), false);
        assertEquals("app", state.selectedUnitProperty().get().name());
        assertNull(state.selectedProperty().get());
    }

    @Test
    void aCancelledAnalysisPutsBackTheWorkspaceShownBeforeIt() {
        Workspace w = ExplorerFixtures.workspace();
        ExplorerState state = new ExplorerState();
        AnalysedWorkspace before = withUnits(w, "app", "tool");
        state.show(before, false);
        state.selectUnit("tool");

        state.showPartial(withUnits(w, "app"));
        state.abandonPartial();

        assertSame(before, state.analysed());
        assertEquals("tool", state.selectedUnitProperty().get().name());
        assertFalse(state.partialProperty().get());

        ExplorerState fresh = new ExplorerState();
        fresh.showPartial(withUnits(w, "app"));
        fresh.abandonPartial();
        assertNull(fresh.analysed(), "nothing was shown before");
        assertNull(fresh.selectedUnitProperty().get());
    }
}
