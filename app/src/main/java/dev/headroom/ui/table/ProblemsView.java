// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.table;

import dev.headroom.model.Problem;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** The problems list: each problem with its stage, opened at its file and line by double-click or Enter. */
public final class ProblemsView extends ListView<Problem> {

    /** @param open shows where a problem is */
    public ProblemsView(ObservableList<Problem> problems, Consumer<Problem> open) {
        super(problems);
        setId("problems");
        setPlaceholder(new Label("No problems"));
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : "[" + p.source().name().toLowerCase(Locale.ROOT) + "] " + p);
            }
        });
        setOnMouseClicked(e -> {
            Problem p = getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null) {
                open.accept(p);
            }
        });
        setOnKeyPressed(e -> {
            Problem p = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && p != null) {
                open.accept(p);
            }
        });
    }
}
