// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import com.github.difflib.text.DiffRow;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The selected header's text, A on the left and B on the right, one row per line pair, scrolled to the first change. */
final class TextDiffView extends BorderPane {
    TextDiffView(CompareViewModel vm) {
        TableView<DiffRow> table = new TableView<>();
        table.setId("textDiff");
        table.getStyleClass().add("text-diff");
        TableColumn<DiffRow, String> a = new TableColumn<>("A");
        a.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getOldLine()));
        TableColumn<DiffRow, String> b = new TableColumn<>("B");
        b.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getNewLine()));
        a.prefWidthProperty().bind(table.widthProperty().multiply(0.49));
        b.prefWidthProperty().bind(table.widthProperty().multiply(0.49));
        table.getColumns().add(a);
        table.getColumns().add(b);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DiffRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("diff-insert", "diff-delete", "diff-change");
                if (!empty && row != null && row.getTag() != DiffRow.Tag.EQUAL) {
                    getStyleClass().add("diff-" + row.getTag().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        Label note = new Label("Select a header to see its text in both revisions.");
        note.setId("textDiffNote");
        vm.textDiffProperty().addListener((o, old, diff) -> {
            if (diff == null) {
                table.getItems().clear();
                note.setText(vm.selectedKeyProperty().get() == null ? "" : "Reading " + vm.selectedKeyProperty().get() + "…");
                return;
            }
            table.getItems().setAll(diff.rows());
            note.setText(diff.key() + ": " + diff.changedRows() + " rows differ"
                    + (diff.note().isEmpty() ? "" : " (" + diff.note() + ")"));
            if (diff.firstChange() >= 0) {
                table.scrollTo(Math.max(0, diff.firstChange() - 3));
            }
        });
        setTop(note);
        setCenter(table);
    }
}
