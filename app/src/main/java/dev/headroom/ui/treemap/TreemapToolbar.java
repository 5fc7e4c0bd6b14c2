// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

import dev.headroom.analysis.SizeMetric;
import dev.headroom.ui.control.treemap.FlagGlyph;
import dev.headroom.ui.modules.WhatIfMarks;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** How the treemap is sized, coloured and nested, the header search, and the legend of the colours. */
public final class TreemapToolbar extends ToolBar {
    private final HBox legend;
    private final HBox find;
    private final TextField search = new TextField();

    /**
     * @param whatIfs  what the JIT what-if flags, explained in the legend while a tile of the tree carries a flag
     * @param onEscape where the focus goes when the search is left with Escape
     */
    public TreemapToolbar(TreemapViewModel vm, ObservableValue<WhatIfMarks> whatIfs, Runnable onEscape) {
        ComboBox<SizeMetric> size = new ComboBox<>(vm.sizeMetrics());
        size.setId("sizeBy");
        size.getSelectionModel().select(vm.sizeByProperty().get());
        size.valueProperty().addListener((o, a, b) -> {
            // The items change when traces are imported or dropped; the box may pass through null meanwhile.
            if (b != null && b != vm.sizeByProperty().get()) {
                vm.sizeBy(b);
            }
        });
        vm.sizeByProperty().addListener((o, a, b) -> size.getSelectionModel().select(b));
        Runnable offered = () -> size.setTooltip(new Tooltip(vm.sizeMetrics().contains(SizeMetric.MEASURED_MEMORY)
                ? SizeMetric.MEASURED_MEMORY.title() + ": clang's figure for each unit it measured, shared out among"
                + " the unit's files by the estimate's shares; a unit it has not measured falls back, and says so"
                : SizeMetric.MEASURED_MEMORY.title() + " is offered once clang has measured a unit of this workspace:"
                + " Measure with clang in the details pane, then reload (F5), or headroom analyze --measure-with-clang"));
        offered.run();
        vm.sizeMetrics().addListener((ListChangeListener<SizeMetric>) c -> offered.run());
        Label sizeNote = new Label();
        sizeNote.setId("sizeNote");
        sizeNote.getStyleClass().add("dim");
        sizeNote.setMaxWidth(180);
        // A few words, the whole note in the tooltip: at 1024 px a longer one pushed "Nest by" behind the chevron.
        sizeNote.textProperty().bind(vm.sizeTagProperty());
        sizeNote.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> vm.sizeNoteProperty().get().isEmpty() ? null : new Tooltip(vm.sizeNoteProperty().get()),
                vm.sizeNoteProperty()));
        sizeNote.visibleProperty().bind(vm.sizeNoteProperty().isNotEmpty());
        sizeNote.managedProperty().bind(sizeNote.visibleProperty());
        ComboBox<ColourMode> colour = new ComboBox<>();
        colour.getItems().setAll(ColourMode.values());
        colour.setId("colourBy");
        colour.getSelectionModel().select(vm.colourByProperty().get());
        colour.valueProperty().addListener((o, a, b) -> vm.colourBy(b));
        ComboBox<Hierarchy> nesting = new ComboBox<>();
        nesting.getItems().setAll(Hierarchy.values());
        nesting.setId("hierarchy");
        nesting.getSelectionModel().select(vm.hierarchyProperty().get());
        nesting.valueProperty().addListener((o, a, b) -> vm.hierarchy(b));
        search.setId("search");
        search.setPromptText("Find header (Ctrl+F)");
        search.setPrefColumnCount(18);
        search.textProperty().addListener((o, a, b) -> vm.search(b));
        search.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ESCAPE -> {
                    search.clear();
                    onEscape.run();
                }
                case ENTER -> {
                    if (e.isShiftDown()) {
                        vm.previousMatch();
                    } else {
                        vm.nextMatch();
                    }
                }
                case DOWN -> vm.nextMatch();
                case UP -> vm.previousMatch();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        search.setTooltip(new Tooltip("Enter or Down: next match · Shift+Enter or Up: previous · Escape: clear"));
        Label matches = new Label();
        matches.setId("searchMatches");
        matches.getStyleClass().add("dim");
        Runnable count = () -> {
            int n = vm.searchResults().size();
            int at = vm.currentMatchProperty().get();
            matches.setText(vm.searchTextProperty().get().isEmpty() ? ""
                    : at >= 0 ? (at + 1) + " of " + n : n + (n == 1 ? " match" : " matches"));
        };
        vm.searchMatchesProperty().addListener((o, a, b) -> count.run());
        vm.currentMatchProperty().addListener((o, a, b) -> count.run());
        HBox legend = new HBox(10);
        legend.setAlignment(Pos.CENTER_LEFT);
        Runnable refreshLegend = () -> {
            legend.getChildren().clear();
            TileColours colours = new TileColours(vm.colourByProperty().get(), false, vm.treeProperty().get(),
                    vm.state().analysed() == null ? null : vm.state().analysed().workspace().root(), TileColours.filesOf(vm));
            for (Map.Entry<String, Color> e : colours.legendEntries()) {
                Label l = new Label(e.getKey(), new Rectangle(12, 12, e.getValue()));
                l.getStyleClass().add("legend-entry");
                legend.getChildren().add(l);
            }
            if (whatIfs.getValue().anyIn(vm.treeProperty().get())) {
                Label flag = new Label("What-if", FlagGlyph.create());
                flag.setId("whatIfLegend");
                flag.getStyleClass().add("legend-entry");
                flag.setTooltip(new Tooltip("Flagged tiles: headers in the JIT what-if's precompiled header (parsed"
                        + " once, not per module) and modules it takes out of the JIT (ahead of time, lazy loading)"));
                legend.getChildren().add(flag);
            }
        };
        whatIfs.addListener((o, a, b) -> refreshLegend.run());
        vm.colourByProperty().addListener((o, a, b) -> refreshLegend.run());
        vm.treeProperty().addListener((o, a, b) -> refreshLegend.run());
        refreshLegend.run();
        getItems().addAll(new Label("Size by"), size, sizeNote, new Label("Colour by"), colour, new Label("Nest by"), nesting);
        this.find = new HBox(6, search, matches);
        find.setAlignment(Pos.CENTER_LEFT);
        find.getStyleClass().add("find");
        this.legend = legend;
        legend.setId("legend");
        legend.getStyleClass().add("legend");
    }

    /**
     * The header search and its count of matches, for the shell to place: on a 1024 px window the tool bar had hidden
     * it behind its overflow chevron, where Ctrl+F could not reach it.
     */
    public HBox find() {
        return find;
    }

    /**
     * The legend of the tiles' colours, for the shell to place: in the tool bar it went behind the overflow chevron
     * once a workspace had four libraries, and a hidden legend explains nothing.
     */
    public HBox legend() {
        return legend;
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
    }
}
