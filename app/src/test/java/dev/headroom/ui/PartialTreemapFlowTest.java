// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.Progress;
import dev.headroom.ui.session.SessionViewModel;
import dev.headroom.ui.session.WorkspaceOpener;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Label;
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
 * The explorer shows the units finished so far while the rest are still parsing: the sample's analysis is held after
 * its first unit (the progress hook waits on a latch, so nothing hangs on timing), the treemap must have tiles then,
 * and once released the finished workspace shows what it always showed.
 */
@ExtendWith(ApplicationExtension.class)
class PartialTreemapFlowTest {
    @TempDir
    static Path cache;

    final CountDownLatch release = new CountDownLatch(1);
    final AtomicBoolean held = new AtomicBoolean();
    Explorer vm;
    ExecutorService background;
    Preferences prefs;

    @BeforeAll
    static void needsTheSampleHeaders() {
        ExplorerFlowTest.needsTheSampleHeaders();
    }

    @Start
    void start(Stage stage) {
        // Several threads: the partial workspace is built beside the analysis, as in the app.
        background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-background");
            t.setDaemon(true);
            return t;
        });
        prefs = Preferences.userRoot().node("dev/headroom/test/partial" + System.nanoTime());
        AnalysisSession session = AnalysisSession.bundled();
        WorkspaceOpener held = (inputs, texts, progress, cancelled) -> session
                .prepare(AnalysisRequest.of(inputs).withCacheDir(cache).withRun(2, false))
                .run(holdingAfterFirstUnit(progress), cancelled);
        vm = new Explorer(held, session.costModel().calibration(), background, Platform::runLater);
        new ExplorerWindow(stage, vm, new UiSettings(prefs)).show();
    }

    /** Hands everything on, then holds the analysis after the first partial workspace until released. */
    Progress holdingAfterFirstUnit(Progress to) {
        return new Progress() {
            @Override
            public void note(String message) {
                to.note(message);
            }

            @Override
            public void unitStarted(String unit, int done, int total) {
                to.unitStarted(unit, done, total);
            }

            @Override
            public void unitFinished(String unit, int done, int total, long millis, boolean cached) {
                to.unitFinished(unit, done, total, millis, cached);
            }

            @Override
            public void unitsSoFar(Supplier<AnalysedWorkspace> soFar, int done, int total) {
                to.unitsSoFar(soFar, done, total);
                if (held.compareAndSet(false, true)) {
                    try {
                        release.await(120, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        background.shutdownNow();
        org.testfx.api.FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    @Test
    void treemapHasTilesOfTheFinishedUnitsBeforeTheAnalysisEnds(FxRobot robot) throws Exception {
        robot.interact(() -> vm.session().open(List.of(ExplorerFlowTest.sample())));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.state().partialProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(SessionViewModel.AnalysisState.RUNNING, vm.session().stateProperty().get(), "still analysing");
        AnalysedWorkspace soFar = vm.state().analysed();
        assertTrue(soFar.workspace().units().size() < 6, "only the units finished so far: " + soFar.workspace().units());
        assertEquals(soFar.workspace().units().size(), vm.modules().units().size(), "the modules list holds them too");
        var layout = ExplorerFlowTest.layout(robot);
        assertTrue(layout.size() > 10, "the partial treemap has tiles: " + layout.size());
        assertEquals(soFar.heaviestUnit().orElseThrow().name(), layout.root().item().label());
        Label note = robot.lookup("#analysingNote").queryAs(Label.class);
        assertTrue(note.isVisible(), "the treemap says it is partial");
        assertTrue(note.getText().matches("Analysing vybe-sdf: [1-5] of 6 units…"), note.getText());

        release.countDown();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> vm.session().stateProperty().get() != SessionViewModel.AnalysisState.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, vm.session().stateProperty().get(),
                vm.session().progressMessageProperty().get());
        AnalysedWorkspace whole = vm.state().analysed();
        assertFalse(vm.state().partialProperty().get());
        assertEquals(6, whole.workspace().units().size());
        assertEquals(6, whole.workspace().modules().size());
        assertFalse(note.isVisible(), "the note goes with the analysis");
        // What the finished treemap shows is what it showed before partial treemaps: the heaviest unit, whole.
        var last = ExplorerFlowTest.layout(robot);
        HeaderNode root = last.root().item();
        assertEquals(whole.heaviestUnit().orElseThrow().name(), root.label());
        assertEquals(vm.treemap().treeProperty().get(), root);
        var unit = whole.heaviestUnit().orElseThrow();
        HeaderNode expected = whole.costTree(unit, dev.headroom.analysis.SizeMetric.ESTIMATED_MEMORY, java.util.Map.of())
                .dominatorTree(unit.name(), HeaderNode.Kind.MODULE);
        assertEquals(expected.weight(), root.weight(), "the tree is the whole unit's");
        assertEquals(expected.children().size(), root.children().size());
    }
}
