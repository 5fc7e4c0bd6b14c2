// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The plan's patch as text, in a window of its own beside the explorer, to read before exporting it. */
final class PatchPreview {
    private PatchPreview() {
    }

    static void show(Window owner, String patch) {
        TextArea text = new TextArea(patch);
        text.setId("patchText");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Headroom — patch preview (combined.patch)");
        Scene scene = new Scene(text, 900, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }
}
