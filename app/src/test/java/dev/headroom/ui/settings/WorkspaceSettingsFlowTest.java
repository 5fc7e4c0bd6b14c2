// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.session.AnalysisSession;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.ExplorerWindow;
import dev.headroom.ui.UiSettings;
import dev.headroom.ui.refactor.SampleCopy;
import dev.headroom.ui.session.SessionViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The settings dialog from its shortcut: a wrong define is told beside its field with Apply and Save off, Apply
 * analyses without writing and the status bar says so, Cancel goes back; and View → Watch files is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceSettingsFlowTest {
    @TempDir
    static Path tmp;
    ExecutorService analysis;
    Preferences prefs;
    UiSettings settings;
    Explorer vm;

    @Start
    void start(Stage stage) {
        analysis = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-analysis");
            t.setDaemon(true);
            return t;
        });
        prefs = Preferences.userRoot().node("dev/headroom/test/settings" + System.nanoTime());
        settings = new UiSettings(prefs);
        Path cache = tmp.resolve("cache");
        vm = Explorer.over(AnalysisSession.bundled(), r -> r.withCacheDir(cache).withRun(2, true), analysis,
                Platform::runLater);
        new ExplorerWindow(stage, vm, settings).show();
    }

    @AfterEach
    void stop() throws Exception {
        analysis.shutdownNow();
        org.testfx.api.FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    void analysed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> vm.session().stateProperty().get() != SessionViewModel.AnalysisState.RUNNING);
        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, vm.session().stateProperty().get(),
                vm.session().progressMessageProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void aWrongDefineIsToldBesideItAndApplyTriesTheSettingsWithoutWriting(FxRobot robot) throws Exception {
        SampleCopy.requireHeaders();
        Path copy = SampleCopy.of(tmp.resolve("flow"));
        String saved = Files.readString(copy.resolve("headroom.json"));
        robot.interact(() -> vm.session().open(List.of(copy)));
        analysed(robot);

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, "#workspaceSettings")
                && vm.settings().canApplyProperty().get());
        assertEquals("c++17", robot.lookup("#std").queryComboBox().getEditor().getText());

        robot.clickOn("#defines").write("1BAD");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, "#definesProblem"));
        Label problem = robot.lookup("#definesProblem").queryAs(Label.class);
        assertTrue(problem.getText().startsWith("line 1: '1BAD' is not a macro name"), problem.getText());
        assertTrue(robot.lookup("#settingsApply").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#settingsSave").queryAs(Button.class).isDisabled());

        robot.interact(() -> robot.lookup("#defines").queryAs(TextArea.class).clear());
        robot.clickOn("#defines").write("VK_NO_PROTOTYPES");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#settingsApply").queryAs(Button.class).isDisabled());
        assertFalse(shown(robot, "#definesProblem"));
        robot.clickOn("#settingsApply");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.session().settingsTriedProperty().get());
        analysed(robot);
        assertTrue(shown(robot, "#settingsTriedStatus"), "the status bar says the settings are not saved");
        assertEquals(saved, Files.readString(copy.resolve("headroom.json")), "Apply writes nothing");

        robot.clickOn("#settingsCancel");
        analysed(robot);
        assertFalse(shown(robot, "#workspaceSettings"));
        assertFalse(shown(robot, "#settingsTriedStatus"));
        assertEquals(saved, Files.readString(copy.resolve("headroom.json")));
    }

    @Test
    void watchFilesIsOffAtFirstAndRememberedOnceTurnedOn(FxRobot robot) throws Exception {
        SampleCopy.requireHeaders();
        Path copy = SampleCopy.of(tmp.resolve("watched"));
        robot.interact(() -> vm.session().open(List.of(copy)));
        analysed(robot);
        assertFalse(settings.watchFiles());
        assertEquals("", robot.lookup("#watchStatus").queryAs(Label.class).getText());

        robot.clickOn("View");
        robot.clickOn("Watch files");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#watchStatus").queryAs(Label.class).getText().equals("Watching 4 folders"));
        assertTrue(settings.watchFiles(), "remembered");
        Node status = robot.lookup("#watchStatus").query();
        assertTrue(status.isVisible());
    }
}
