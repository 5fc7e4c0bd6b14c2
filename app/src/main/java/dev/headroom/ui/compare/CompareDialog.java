// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import dev.headroom.session.CompareRequest;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
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

/**
 * File → Compare…: two folders, two saved analyses, a git repository and two revisions, or a folder and a refactor
 * plan (revision B is the folder with the plan applied in memory). OK stays disabled until the fields name a compare.
 */
final class CompareDialog {
    static final String FOLDERS = "Two folders";
    static final String JSON = "Two saved analyses (.json)";
    static final String GIT = "Git repository, two revisions";
    static final String PLAN = "A folder and a refactor plan";

    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final TextField repository = new TextField();
    private final TextField a = new TextField("HEAD~1");
    private final TextField b = new TextField("HEAD");
    private final Label aLabel = new Label("A (before)");
    private final Label bLabel = new Label("B (after)");
    private final Dialog<CompareRequest> dialog = new Dialog<>();

    private CompareDialog(Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Compare two revisions");
        kind.setId("compareKind");
        repository.setId("compareRepository");
        a.setId("compareA");
        b.setId("compareB");
        kind.getItems().addAll(GIT, FOLDERS, JSON, PLAN);
        kind.setValue(GIT);
        repository.setPromptText("repository folder");
        b.setPromptText("empty: the working tree");
        kind.setOnAction(e -> kindChanged());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Compare"), kind);
        grid.addRow(1, new Label("Repository"), repository, browse(repository, true, owner));
        grid.addRow(2, aLabel, a, browse(a, false, owner));
        grid.addRow(3, bLabel, b, browse(b, false, owner));
        repository.setPrefColumnCount(36);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("compareOk");
        ok.disableProperty().bind(complete().not());
        dialog.setResultConverter(button -> button == ButtonType.OK ? request() : null);
    }

    /** Asks for two revisions; empty when the user cancels. */
    static Optional<CompareRequest> ask(Window owner) {
        return new CompareDialog(owner).dialog.showAndWait();
    }

    /** The dialog, not yet shown (tests show it without blocking). */
    static Dialog<CompareRequest> create(Window owner) {
        return new CompareDialog(owner).dialog;
    }

    private void kindChanged() {
        String k = kind.getValue();
        boolean git = GIT.equals(k);
        repository.setDisable(!git);
        a.setText(git ? "HEAD~1" : "");
        b.setText(git ? "HEAD" : "");
        b.setPromptText(git ? "empty: the working tree" : "");
        aLabel.setText(PLAN.equals(k) ? "Folder (A)" : "A (before)");
        bLabel.setText(PLAN.equals(k) ? "Plan (.json)" : "B (after)");
    }

    /** Whether the fields name a compare: a blank git B is the working tree, every other field is needed. */
    private BooleanBinding complete() {
        return Bindings.createBooleanBinding(() -> {
            boolean git = GIT.equals(kind.getValue());
            return git ? !repository.getText().isBlank() && !a.getText().isBlank() && path(repository) != null
                    : path(a) != null && path(b) != null;
        }, kind.valueProperty(), repository.textProperty(), a.textProperty(), b.textProperty());
    }

    private CompareRequest request() {
        return switch (kind.getValue()) {
            case GIT -> CompareRequest.ofGit(path(repository), a.getText().strip(), b.getText().strip());
            case PLAN -> CompareRequest.ofPlan(path(a), path(b));
            default -> CompareRequest.ofPaths(path(a), path(b));
        };
    }

    private static Path path(TextField field) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Button browse(TextField into, boolean isRepository, Window owner) {
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            String k = kind.getValue();
            if (GIT.equals(k) && !isRepository) {
                return; // a revision is typed, not browsed to
            }
            boolean jsonFile = (JSON.equals(k) && !isRepository) || (PLAN.equals(k) && into == b);
            File chosen;
            if (jsonFile) {
                FileChooser files = new FileChooser();
                files.getExtensionFilters().add(new FileChooser.ExtensionFilter(PLAN.equals(k) ? "Refactor plans"
                        : "Saved analyses", "*.json"));
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
