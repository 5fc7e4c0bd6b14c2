// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.layout.Tile;
import dev.headroom.session.AnalysisSession;
import dev.headroom.ui.control.treemap.TreemapView;
import dev.headroom.ui.refactor.SampleCopy;
import dev.headroom.ui.refactor.SuggestionRow;
import dev.headroom.ui.session.SessionViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The refactor flow of the explorer window, headless on Monocle, on the bundled sample: suggest, try, see the
 * saving, export; and a tile's menu offering its header's refactors.
 */
@ExtendWith(ApplicationExtension.class)
class RefactorFlowTest {
    @TempDir
    static Path cache;
    @TempDir
    Path scratch;

    Explorer vm;
    ExecutorService background;
    Preferences prefs;

    @BeforeAll
    static void needsTheSampleHeaders() {
        ExplorerFlowTest.needsTheSampleHeaders();
    }

    @Start
    void start(Stage stage) {
        // Two threads, as the application has several: suggestions are found while a tile's refactors are planned.
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "test-refactor");
            t.setDaemon(true);
            return t;
        });
        prefs = Preferences.userRoot().node("dev/headroom/test/refactor" + System.nanoTime());
        vm = Explorer.over(AnalysisSession.bundled(), r -> r.withCacheDir(cache).withRun(2, true), background,
                Platform::runLater);
        new ExplorerWindow(stage, vm, new UiSettings(prefs)).show();
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        org.testfx.api.FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    void openSampleAndWait(FxRobot robot) throws Exception {
        robot.interact(() -> vm.session().open(List.of(ExplorerFlowTest.sample())));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> vm.session().stateProperty().get() != SessionViewModel.AnalysisState.RUNNING);
        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, vm.session().stateProperty().get(),
                vm.session().progressMessageProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !vm.refactor().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void suggestTryTheSavingAndExportAPatchThatApplies(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        robot.clickOn("Refactor");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TabPane side = robot.lookup("#sideTabs").query();
        assertEquals("Refactor", side.getSelectionModel().getSelectedItem().getText());
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !vm.refactor().suggestions().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no suggestions in 180 s: " + vm.refactor().suggestionsTextProperty().get()
                    + " / " + vm.refactor().progressTextProperty().get(), e);
        }
        waitIdle();
        SuggestionRow best = vm.refactor().suggestions().stream().filter(r -> r.kind().equals("move-bodies"))
                .findFirst().orElseThrow();
        assertEquals("include/vybe/vybe_sdf_math.h", best.header(), "the best move of inline bodies");

        robot.clickOn(robot.lookup("#suggestions .list-cell").match((ListCell<SuggestionRow> c) -> c.getItem() == best)
                .<Node>query());
        assertTrue(robot.lookup("#suggestionBlockers").queryTextInputControl().getText().contains("Nothing stays"));
        robot.clickOn("#addToPlan");
        waitIdle();

        assertEquals(1, vm.refactor().steps().size());
        String estimate = robot.lookup("#predictedSaving").queryLabeled().getText();
        assertTrue(estimate.startsWith("Estimated: 2.4 MB of AST memory saved over 5 units"), estimate);
        assertTrue(robot.lookup("#jitSaving").queryLabeled().getText().startsWith("JIT peak (estimated): 733.2 MB"));
        assertEquals(5, robot.lookup("#planModules").queryTableView().getItems().size());
        TreemapView<HeaderNode> view = ExplorerFlowTest.treemap(robot);
        long marked = ExplorerFlowTest.layout(robot).tiles().stream()
                .filter(t -> view.markedProperty().get() != null && view.markedProperty().get().test(t.item())).count();
        assertEquals(1, marked, "the math header's tile is marked");
        assertFalse(robot.lookup("#exportPatches").queryButton().isDisabled());
        // The progress row below the buttons keeps its room while idle: a job starting moves no button.
        javafx.scene.Parent progressRow = robot.lookup("#cancelRefactor").query().getParent();
        assertFalse(progressRow.isVisible());
        assertTrue(progressRow.isManaged(), "the buttons stay where they are when a job starts");

        // The usual keys undo and redo the plan while focus is in the panel.
        robot.clickOn("#planSteps");
        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.Z);
        waitIdle();
        assertEquals(0, vm.refactor().steps().size(), "undone by the shortcut");
        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.Z);
        waitIdle();
        assertEquals(1, vm.refactor().steps().size(), "redone");

        // The Export button asks for a folder with the platform's chooser, which Monocle cannot show; the test
        // gives the folder the chooser would return.
        Path out = scratch.resolve("patches");
        robot.interact(() -> vm.refactor().export(out));
        waitIdle();
        Path combined = out.resolve("combined.patch");
        assertTrue(Files.exists(combined), vm.refactor().messageProperty().get());
        String status = robot.lookup("#refactorStatus").queryLabeled().getText();
        assertTrue(status.startsWith("Wrote 2 patches to " + out), status);

        Path copy = SampleCopy.of(scratch.resolve("vybe-sdf"));
        Process check = new ProcessBuilder("git", "apply", "--check", combined.toString()).directory(copy.toFile())
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), said);
    }

    @Test
    void aTilesMenuOffersItsHeadersRefactorsWithTheRefusedOnesDisabled(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        robot.interact(() -> vm.state().selectUnit("vybe.sdf.ui"));
        waitIdle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.refactor().offersReady());
        Tile<HeaderNode> engine = ExplorerFlowTest.largestChildOfRoot(ExplorerFlowTest.layout(robot));
        assertEquals("sdf_engine.hpp", engine.item().label());

        // As in ExplorerFlowTest: Monocle makes no context-menu request of a secondary click, so the test sends it.
        TreemapView<HeaderNode> view = ExplorerFlowTest.treemap(robot);
        Point2D local = new Point2D(engine.rect().x() + Math.min(engine.rect().width() / 2, 30), engine.rect().y() + 9);
        Point2D scene = view.localToScene(local);
        Point2D screen = view.localToScreen(local);
        robot.interact(() -> javafx.event.Event.fireEvent(view, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), false, null)));
        assertTrue(view.getContextMenu().isShowing());
        List<MenuItem> items = view.getContextMenu().getItems();
        MenuItem refused = items.stream().filter(i -> i.getText() != null && i.getText().startsWith("Replace #include"))
                .findFirst().orElseThrow(() -> new AssertionError(items.stream().map(MenuItem::getText).toList()));
        assertTrue(refused.isDisable());
        assertTrue(refused.getText().contains("refused: "), refused.getText());

        assertTrue(items.stream().anyMatch(i -> i.getText() != null
                && i.getText().startsWith("Add to plan: split into pieces") && !i.isDisable()), "a split is offered");
        MenuItem move = items.stream().filter(i -> i.getText() != null
                && i.getText().startsWith("Add to plan: Move 21 inline bodies")).findFirst().orElseThrow();
        assertFalse(move.isDisable());
        // Fired rather than clicked: under load a popup's click can land before it is laid out.
        robot.interact(move::fire);
        waitIdle();
        assertEquals(List.of("include/vulkan/sdf_engine.hpp"),
                vm.refactor().steps().stream().map(s -> s.header()).toList());
        assertTrue(vm.refactor().touchedProperty().get().contains(engine.item().path()));
    }

    @Test
    void aSplitsPiecesAreArrangedInTheDialogAndPlannedAgain(FxRobot robot) throws Exception {
        openSampleAndWait(robot);
        robot.clickOn("Refactor");
        String math = vm.state().analysed().workspace().root() + "/include/vybe/vybe_sdf_math.h";
        robot.interact(() -> vm.refactor().addSplit(math));
        waitIdle();
        int pieces = vm.refactor().splitPieces(0).size();
        assertTrue(pieces >= 2, vm.refactor().messageProperty().get());
        robot.interact(() -> robot.lookup("#planSteps").<javafx.scene.control.ListView<?>>query()
                .getSelectionModel().select(0));
        robot.clickOn("#arrangeSplit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#splitPieces").tryQuery().isPresent());

        // Every declaration of the last piece moved to the first through each one's "Move to" menu.
        javafx.scene.control.ListView<String> last = robot.lookup("#piece" + (pieces - 1)).query();
        while (!last.getItems().isEmpty()) {
            String name = last.getItems().get(0);
            robot.interact(() -> robot.lookup("#piece" + (pieces - 1) + " .list-cell")
                    .match((ListCell<String> c) -> name.equals(c.getItem())).<ListCell<String>>query()
                    .getContextMenu().getItems().get(0).fire());
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.clickOn("OK");
        waitIdle();
        assertEquals(pieces - 1, vm.refactor().splitPieces(0).size(), vm.refactor().messageProperty().get());
        assertTrue(robot.lookup("#refactorStatus").queryLabeled().getText().contains("arranged in"),
                robot.lookup("#refactorStatus").queryLabeled().getText());
    }
}
