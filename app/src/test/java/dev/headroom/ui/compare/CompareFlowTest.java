// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.diff.SampleRevisions;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.CompareRequest;
import dev.headroom.ui.control.treemap.TreemapView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The compare window on two git revisions of the sample, driven headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class CompareFlowTest {
    @TempDir
    static Path temp;

    static Path repository;

    CompareViewModel vm;
    ExecutorService background;
    Stage stage;

    @BeforeAll
    static void commitTheSampleAndTheEdit() throws Exception {
        SampleRevisions.requireSystemHeaders();
        repository = SampleRevisions.copy(temp.resolve("repo/vybe-sdf"));
        PersonIdent who = new PersonIdent("Headroom Test", "test@headroom.dev");
        try (Git git = Git.init().setDirectory(repository.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("sample").setAuthor(who).setCommitter(who).setSign(false).call();
            SampleRevisions.moveMathBodiesOut(repository);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("edit").setAuthor(who).setCommitter(who).setSign(false).call();
        }
    }

    @Start
    void start(Stage primary) {
        // A window of its own: the primary stage is shared by every TestFX class and carries their handlers.
        this.stage = new Stage();
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-compare");
            t.setDaemon(true);
            return t;
        });
        vm = new CompareViewModel(AnalysisSession.bundled(), background, Platform::runLater);
        CompareWindow.show(stage, vm);
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        WaitForAsyncUtils.asyncFx(stage::hide).get(30, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    static TreemapView<HeaderNode> treemap(FxRobot robot, String id) {
        return (TreemapView<HeaderNode>) robot.lookup(id).queryAs(TreemapView.class);
    }

    @Test
    void twoRevisionsOpenSortedByDeltaAndATableRowSelectsTheHeaderOnBothSides(FxRobot robot) throws Exception {
        robot.interact(() -> vm.open(CompareRequest.ofGit(repository, "HEAD~1", "HEAD")
                .with(dev.headroom.session.AnalysisRequest.of(List.of()).withCacheDir(temp.resolve("cache")))));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(vm.comparisonProperty().get(), vm.statusProperty().get());
        assertEquals("vybe.sdf.ui", vm.scopeProperty().get(), "the unit that changed most is shown first");

        @SuppressWarnings("unchecked")
        TableView<DeltaRow> table = robot.lookup("#deltaTable").queryAs(TableView.class);
        List<DeltaRow> rows = List.copyOf(table.getItems());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Math.abs(rows.get(i - 1).delta()) >= Math.abs(rows.get(i).delta()), rows.get(i).key());
        }

        DeltaRow engine = rows.stream().filter(r -> r.key().equals("include/vulkan/sdf_engine.hpp")).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            table.scrollTo(engine);
            table.getSelectionModel().select(engine);
        });
        WaitForAsyncUtils.waitForFxEvents();
        HeaderNode left = treemap(robot, "#treemapBefore").getSelectedItem();
        HeaderNode right = treemap(robot, "#treemapAfter").getSelectedItem();
        assertTrue(left.path().endsWith("/include/vulkan/sdf_engine.hpp"), left.path());
        assertTrue(right.path().endsWith("/include/vulkan/sdf_engine.hpp"), right.path());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.textDiffProperty().get() != null);
        assertTrue(vm.textDiffProperty().get().changedRows() >= 1, "the replaced include is a changed line");

        robot.clickOn("#deltaMapShown");
        WaitForAsyncUtils.waitForFxEvents();
        TreemapView<HeaderNode> delta = treemap(robot, "#treemapDelta");
        assertTrue(delta.isVisible() && delta.getScene() != null, "one delta map replaces the two treemaps");
        assertNull(robot.lookup("#treemapBefore").tryQuery().filter(n -> n.getScene() != null).orElse(null));
        assertEquals("include/vulkan/sdf_engine.hpp", delta.getSelectedItem().path(),
                "the selected header stays selected in the delta map");
    }
}
