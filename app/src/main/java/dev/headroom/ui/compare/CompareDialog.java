// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import dev.headroom.session.CompareRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File → Compare…: two folders, two saved analyses, or a git repository and two revisions. */
final class CompareDialog {
    private static final String FOLDERS = "Two folders";
    private static final String JSON = "Two saved analyses (.json)";
    private static final String GIT = "Git repository, two revisions";

    private CompareDialog() {
    }

    /**
     * Asks for two revisions; empty when the user cancels or leaves a field blank, except a git B, whose blank means
     * the working tree.
     */
    static Optional<CompareRequest> ask(Window owner) {
        Dialog<CompareRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Compare two revisions");
        ChoiceBox<String> kind = new ChoiceBox<>();
        kind.getItems().addAll(FOLDERS, JSON, GIT);
        kind.setValue(GIT);
        TextField repository = new TextField();
        repository.setPromptText("repository folder");
        TextField a = new TextField("HEAD~1");
        TextField b = new TextField("HEAD");
        b.setPromptText("empty: the working tree");
        kind.setOnAction(e -> {
            boolean git = GIT.equals(kind.getValue());
            repository.setDisable(!git);
            a.setText(git ? "HEAD~1" : "");
            b.setText(git ? "HEAD" : "");
            b.setPromptText(git ? "empty: the working tree" : "");
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Compare"), kind);
        grid.addRow(1, new Label("Repository"), repository, browse(repository, kind, true, owner));
        grid.addRow(2, new Label("A (before)"), a, browse(a, kind, false, owner));
        grid.addRow(3, new Label("B (after)"), b, browse(b, kind, false, owner));
        repository.setPrefColumnCount(36);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            boolean git = GIT.equals(kind.getValue());
            if (button != ButtonType.OK || a.getText().isBlank() || (!git && b.getText().isBlank())) {
                return null;
            }
            if (git) {
                return repository.getText().isBlank() ? null
                        : CompareRequest.ofGit(Path.of(repository.getText().strip()), a.getText().strip(), b.getText().strip());
            }
            return CompareRequest.ofPaths(Path.of(a.getText().strip()), Path.of(b.getText().strip()));
        });
        return dialog.showAndWait();
    }

    private static Button browse(TextField into, ChoiceBox<String> kind, boolean repository, Window owner) {
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            boolean git = GIT.equals(kind.getValue());
            if (git && !repository) {
                return; // a revision is typed, not browsed to
            }
            File chosen;
            if (JSON.equals(kind.getValue()) && !repository) {
                FileChooser files = new FileChooser();
                files.getExtensionFilters().add(new FileChooser.ExtensionFilter("Saved analyses", "*.json"));
                chosen = files.showOpenDialog(owner);
            } else {
                chosen = new DirectoryChooser().showDialog(owner);
            }
            if (chosen != null) {
                into.setText(chosen.getPath());
            }
        });
        return browse;
    }
}
