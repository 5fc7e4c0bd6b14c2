// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.ui.Formats;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;

/** The headers the search matches, heaviest first; choosing one selects it and zooms the treemap to it. */
public final class SearchResultsView extends ListView<HeaderNode> {
    /** Set while the list follows the view model, so following is not taken for the user's choice. */
    private boolean following;

    public SearchResultsView(TreemapViewModel vm) {
        super(vm.searchResults());
        setId("searchResults");
        setPlaceholder(new Label("Type in Find header (Ctrl+F) to list matches"));
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(HeaderNode n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null
                        : n.label() + "  ·  " + Formats.of(vm.sizeByProperty().get(), n.weight()) + "  ·  " + n.path());
                setTooltip(empty || n == null ? null : new Tooltip(n.path()));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, node) -> {
            if (!following && node != null) {
                vm.showMatch(node);
            }
        });
        vm.currentMatchProperty().addListener((o, a, at) -> {
            following = true;
            try {
                if (at.intValue() >= 0 && at.intValue() < getItems().size()) {
                    getSelectionModel().select(at.intValue());
                    scrollTo(Math.max(0, at.intValue() - 2));
                } else {
                    getSelectionModel().clearSelection();
                }
            } finally {
                following = false;
            }
        });
    }
}
