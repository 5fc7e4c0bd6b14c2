// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import dev.headroom.ui.Formats;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The source pane: the file's numbered lines, scrolled to and highlighting the lines asked for, each include line
 * followed by what it costs in the unit.
 */
public final class SourceView extends VBox {
    private final DetailsViewModel vm;
    private final ListView<String> lines = new ListView<>();

    public SourceView(DetailsViewModel vm) {
        super(4);
        this.vm = vm;
        lines.setId("source");
        lines.setPlaceholder(new Label("Select a header or double-click a problem"));
        lines.setItems(vm.sourceLines());
        lines.setCellFactory(v -> new SourceLineCell());
        vm.annotationsProperty().addListener((o, a, notes) -> lines.refresh());
        vm.sourceProperty().addListener((o, a, at) -> {
            lines.refresh();
            if (at != null && at.firstLine() > 0) {
                lines.scrollTo(Math.max(0, at.firstLine() - 4));
                lines.getSelectionModel().select(at.firstLine() - 1);
            } else {
                lines.scrollTo(0);
            }
        });
        Label title = new Label("Source");
        title.getStyleClass().add("pane-title");
        vm.sourceProperty().addListener((o, a, at) -> title.setText(at == null ? "Source"
                : Formats.fileName(at.path()) + (at.firstLine() > 0 ? ":" + at.firstLine() : "")));
        setPadding(new Insets(6));
        VBox.setVgrow(lines, Priority.ALWAYS);
        getChildren().addAll(title, lines);
    }

    /** A numbered source line, highlighted when inside the selected lines. */
    private final class SourceLineCell extends ListCell<String> {
        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("highlighted-line");
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int number = getIndex() + 1;
            setText(String.format(Locale.ROOT, "%5d  %s", number, line.replace("\t", "    ")));
            String note = vm.annotationsProperty().get().note(number);
            if (note == null) {
                setGraphic(null);
                setTooltip(null);
            } else {
                Label cost = new Label("  ◂ " + note);
                cost.getStyleClass().add("include-cost");
                setGraphic(cost);
                setContentDisplay(ContentDisplay.RIGHT);
                setTooltip(new Tooltip(vm.annotationsProperty().get().detail(number)));
            }
            SourceLocation at = vm.sourceProperty().get();
            if (at != null && at.firstLine() > 0 && number >= at.firstLine() && number <= at.lastLine()) {
                getStyleClass().add("highlighted-line");
            }
        }
    }
}
