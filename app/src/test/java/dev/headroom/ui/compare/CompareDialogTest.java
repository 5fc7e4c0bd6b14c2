// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.session.CompareRequest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Compare…: the dialog builds the compare the fields name, and OK waits until they name one. */
@ExtendWith(ApplicationExtension.class)
class CompareDialogTest {
    Stage owner;
    Dialog<CompareRequest> dialog;

    @Start
    void start(Stage primary) {
        owner = new Stage(); // the primary stage is shared by every TestFX class
        owner.setScene(new Scene(new StackPane(), 400, 300));
        owner.show();
        dialog = CompareDialog.create(owner);
        dialog.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            dialog.close();
            for (Window w : Window.getWindows().stream().toList()) {
                if (w != owner && w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Headroom")) {
                    s.close();
                }
            }
            owner.close();
        }).get(30, TimeUnit.SECONDS);
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static boolean okDisabled(FxRobot robot) {
        return robot.lookup("#compareOk").queryAs(Node.class).isDisabled();
    }

    @Test
    void gitRevisionsNeedARepositoryAndABlankBIsTheWorkingTree(FxRobot robot) {
        assertTrue(okDisabled(robot), "no repository named yet");
        type(robot, "#compareRepository", "/work/repo");
        assertFalse(okDisabled(robot));
        type(robot, "#compareA", " ");
        assertTrue(okDisabled(robot), "revision A is needed");
        type(robot, "#compareA", "v1.0");
        type(robot, "#compareB", "");
        robot.clickOn("#compareOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CompareRequest.ofGit(Path.of("/work/repo"), "v1.0", ""), dialog.getResult());
    }

    @Test
    void aFolderAndAPlanCompareTheFolderWithThePlanApplied(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<String> kind = robot.lookup("#compareKind").queryAs(ChoiceBox.class);
        robot.interact(() -> kind.setValue(CompareDialog.PLAN));
        assertTrue(robot.lookup("#compareRepository").queryAs(TextField.class).isDisabled());
        assertEquals("", robot.lookup("#compareA").queryAs(TextField.class).getText(), "git's HEAD~1 is cleared");
        assertTrue(robot.lookup("Plan (.json)").tryQuery().isPresent(), "B is labelled as the plan");
        type(robot, "#compareA", "/work/vybe-sdf");
        assertTrue(okDisabled(robot), "the plan is needed");
        type(robot, "#compareB", "/work/plan.json");
        robot.clickOn("#compareOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CompareRequest.ofPlan(Path.of("/work/vybe-sdf"), Path.of("/work/plan.json")), dialog.getResult());
    }

    @Test
    void twoFoldersAndCancelAsksForNothing(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<String> kind = robot.lookup("#compareKind").queryAs(ChoiceBox.class);
        robot.interact(() -> kind.setValue(CompareDialog.FOLDERS));
        type(robot, "#compareA", "/a");
        type(robot, "#compareB", "/b");
        assertFalse(okDisabled(robot));
        robot.interact(() -> dialog.setResult(null));
        robot.interact(dialog::close);
        assertEquals(null, dialog.getResult());
    }

    @Test
    void okOpensTheCompareWindow(FxRobot robot) throws Exception {
        robot.interact(dialog::close);
        // What File → Compare… runs: the dialog, then a window of its own comparing what it named.
        Platform.runLater(() -> CompareWindow.ask(owner));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#compareRepository").tryQuery()
                .isPresent());
        type(robot, "#compareRepository", "/nonexistent/repository");
        robot.clickOn("#compareOk");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.isShowing() && "Headroom — compare".equals(s.getTitle())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains("/nonexistent/repository is not a folder")).tryQuery()
                .isPresent());
    }
}
