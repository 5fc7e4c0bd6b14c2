// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.refactor.SplitPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Lets the user arrange a split's declarations: one list per piece, a declaration dragged (or moved through its
 * menu) from one to another. What comes back is the arrangement to plan again; the planner says whether it holds
 * (each piece must still include what its declarations need).
 */
final class SplitPiecesDialog extends Dialog<List<SplitPlanner.ChosenPiece>> {
    private static final DataFormat DECLARATION = new DataFormat("application/x-headroom-declaration");

    private final List<ListView<String>> lists = new ArrayList<>();
    private final List<String> files = new ArrayList<>();

    /** @param users who uses each piece as the planner arranged it, in the pieces' order (may be shorter) */
    SplitPiecesDialog(Window owner, String header, List<SplitPlanner.ChosenPiece> pieces, List<List<String>> users) {
        initOwner(owner);
        setTitle("Arrange the split of " + header);
        setHeaderText("Drag declarations between pieces (or right-click one to move it). Each includer will include"
                + " only the pieces whose declarations it uses.");
        setResizable(true);
        HBox columns = new HBox(8);
        for (int i = 0; i < pieces.size(); i++) {
            columns.getChildren().add(column(pieces.get(i), i < users.size() ? users.get(i) : List.of()));
        }
        columns.setPadding(new Insets(4));
        getDialogPane().setContent(columns);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(Math.min(1100, 240 * Math.max(2, pieces.size()) + 40));
        getDialogPane().setId("splitPieces");
        setResultConverter(button -> button == ButtonType.OK ? arrangement() : null);
    }

    /** Shows the dialog and waits; the arrangement when the user said OK. */
    Optional<List<SplitPlanner.ChosenPiece>> ask() {
        return showAndWait();
    }

    /** The pieces as they are now arranged, in their order. */
    List<SplitPlanner.ChosenPiece> arrangement() {
        List<SplitPlanner.ChosenPiece> out = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            out.add(new SplitPlanner.ChosenPiece(files.get(i), List.copyOf(lists.get(i).getItems())));
        }
        return out;
    }

    /** Moves {@code declaration} to the piece at {@code to}; a name not in any piece changes nothing. */
    void move(String declaration, int to) {
        for (ListView<String> list : lists) {
            if (list.getItems().remove(declaration)) {
                lists.get(to).getItems().add(declaration);
                return;
            }
        }
    }

    private VBox column(SplitPlanner.ChosenPiece piece, List<String> usedBy) {
        int index = lists.size();
        ListView<String> list = new ListView<>();
        list.setId("piece" + index);
        list.getItems().setAll(piece.declarations());
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setPrefHeight(320);
        list.setCellFactory(l -> cell());
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(DECLARATION)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            Object name = e.getDragboard().getContent(DECLARATION);
            if (name instanceof String declaration) {
                move(declaration, index);
                e.setDropCompleted(true);
            }
            e.consume();
        });
        lists.add(list);
        files.add(piece.file());
        Label title = new Label(piece.file());
        title.getStyleClass().add("pane-title");
        Label users = new Label(usedBy.isEmpty() ? "used by no includer yet" : "used by " + String.join(", ", usedBy));
        users.getStyleClass().add("dim");
        users.setWrapText(true);
        users.setMaxWidth(230);
        // Three lines for every piece's users, so the lists start level.
        users.setMinHeight(48);
        users.setPrefHeight(48);
        users.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        VBox box = new VBox(4, title, users, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private ListCell<String> cell() {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setContextMenu(empty ? null : moveMenu(item));
            }
        };
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.put(DECLARATION, cell.getItem());
                cell.startDragAndDrop(TransferMode.MOVE).setContent(content);
            }
            e.consume();
        });
        return cell;
    }

    private ContextMenu moveMenu(String declaration) {
        ContextMenu menu = new ContextMenu();
        for (int i = 0; i < files.size(); i++) {
            int to = i;
            if (lists.get(i).getItems().contains(declaration)) {
                continue;
            }
            MenuItem item = new MenuItem("Move to " + files.get(i));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> move(declaration, to));
            menu.getItems().add(item);
        }
        return menu;
    }
}
