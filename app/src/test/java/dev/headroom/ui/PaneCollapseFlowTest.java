// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.session.AnalysisSession;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side and bottom panes collapse to a strip and come back, the treemap taking the room, and stay so next time. */
@ExtendWith(ApplicationExtension.class)
class PaneCollapseFlowTest {
    ExecutorService background;
    Preferences prefs;
    UiSettings settings;

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-background");
            t.setDaemon(true);
            return t;
        });
        prefs = Preferences.userRoot().node("dev/headroom/test/panes" + System.nanoTime());
        settings = new UiSettings(prefs);
        settings.windowSize(1024, 700);
        open(stage);
    }

    void open(Stage stage) {
        Explorer vm = Explorer.over(AnalysisSession.bundled(), r -> r, background, Platform::runLater);
        new ExplorerWindow(stage, vm, settings).show();
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        org.testfx.api.FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    static double width(FxRobot robot) {
        return ExplorerFlowTest.treemap(robot).getWidth();
    }

    static double height(FxRobot robot) {
        return ExplorerFlowTest.treemap(robot).getHeight();
    }

    static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(id).query().getScene() != null;
    }

    @Test
    void sidePaneCollapsesWithItsButtonAndComesBackFromItsStrip(FxRobot robot) {
        double before = width(robot);
        assertTrue(shown(robot, "#sideTabs"));
        robot.clickOn("#sidePaneCollapse");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#sideTabs"), "the details and refactor tabs are gone");
        assertTrue(shown(robot, "#sidePaneStrip"));
        assertTrue(width(robot) > before + 150, "the treemap takes the room: " + before + " -> " + width(robot));
        assertTrue(settings.sideCollapsed(), "remembered");

        robot.clickOn("#sidePaneRestore");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#sideTabs"));
        assertEquals(before, width(robot), 2, "the divider goes back where it was");
        assertFalse(settings.sideCollapsed());
    }

    @Test
    void bottomPaneCollapsesFromTheKeyboardAndComesBack(FxRobot robot) {
        double before = height(robot);
        robot.clickOn("#treemap");
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#headerTable"), "the tables are gone");
        assertTrue(shown(robot, "#bottomPaneStrip"));
        assertTrue(height(robot) > before + 100, "the treemap takes the room: " + before + " -> " + height(robot));
        assertTrue(settings.bottomCollapsed());

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#headerTable"));
        assertEquals(before, height(robot), 2);
    }

    @Test
    void aWindowOpensWithThePanesAsTheyWereLeft(FxRobot robot) {
        robot.clickOn("#sidePaneCollapse");
        robot.clickOn("#bottomPaneCollapse");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Stage again = new Stage();
            open(again);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.lookup("#sidePaneStrip").queryAll().size(), "both windows show the side's strip");
        assertEquals(2, robot.lookup("#bottomPaneStrip").queryAll().size());
        assertEquals(0, robot.lookup("#sideTabs").queryAll().stream().filter(n -> n.getScene() != null).count());
    }
}
