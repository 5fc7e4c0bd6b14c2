// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.model.FunctionDefinition;
import dev.headroom.ui.Formats;
import dev.headroom.ui.modules.WhatIfMarks;
import dev.headroom.ui.treemap.TileDescriptions;
import dev.headroom.ui.control.treemap.FlagGlyph;
import dev.headroom.ui.treemap.TreemapViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected box's figures, its declarations down to each function body, its includes and why it is included. */
public final class DetailsView extends VBox {
    private final TreemapViewModel treemap;
    private final Label title = new Label("Nothing selected");
    private final Label figures = new Label();
    private final Label whatIf = new Label();
    private final TreeView<DeclarationRow> declarations = new TreeView<>();
    private final ListView<String> includers;
    private final ListView<String> includes;
    private final ListView<String> chains = new ListView<>();
    private final Label chainsNote = new Label();
    private final Label includersTitle = new Label("Included by");
    private final Label includesTitle = new Label("Includes");

    /** A row of the declarations tree: a kind with its count, or one function body under it. */
    private record DeclarationRow(String text, FunctionDefinition function) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * @param treemap the treemap whose metric the figures are in and whose tree a double-clicked path selects in
     * @param measure     "Measure with clang" for the selected header
     * @param utilisation the selected header's utilisation by the unit on screen
     * @param whatIfs     what the JIT what-if changes, said for the selected box
     */
    public DetailsView(DetailsViewModel vm, TreemapViewModel treemap, ClangMeasureViewModel measure,
            UtilisationViewModel utilisation, ObservableValue<WhatIfMarks> whatIfs) {
        super(4);
        this.treemap = treemap;
        title.setId("detailsTitle");
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        figures.setWrapText(true);
        // A wrapping label in a VBox only grows to its wrapped height when its minimum follows its preference.
        figures.setMinHeight(Region.USE_PREF_SIZE);
        figures.getStyleClass().add("dim");
        declarations.setId("declarations");
        declarations.setShowRoot(false);
        declarations.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue().function() != null) {
                FunctionDefinition f = item.getValue().function();
                vm.showSource(f.file(), f.firstLine(), f.lastLine());
            }
        });
        includers = pathList("includers", treemap::selectPath);
        includes = pathList("includes", treemap::selectPath);
        chains.setId("chains");
        chains.setPlaceholder(new Label("Select a header"));
        chainsNote.getStyleClass().add("dim");
        chainsNote.setWrapText(true);
        VBox why = new VBox(4, chainsNote, chains);
        VBox.setVgrow(chains, Priority.ALWAYS);
        VBox relations = new VBox(4, includersTitle, includers, includesTitle, includes);
        VBox.setVgrow(includers, Priority.ALWAYS);
        VBox.setVgrow(includes, Priority.ALWAYS);
        TabPane tabs = new TabPane(new Tab("Declarations", declarations), new Tab("Includes", relations),
                new Tab("Why included", why));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        setPadding(new Insets(6));
        whatIf.setId("whatIfReason");
        whatIf.setWrapText(true);
        whatIf.setMinHeight(Region.USE_PREF_SIZE);
        whatIf.setGraphic(FlagGlyph.create());
        Runnable whatIfWhy = () -> {
            Details d = vm.detailsProperty().get();
            whatIf.setText(d == null ? "" : whatIfs.getValue().reason(d.node()).orElse(""));
        };
        whatIf.visibleProperty().bind(whatIf.textProperty().isNotEmpty());
        whatIf.managedProperty().bind(whatIf.visibleProperty());
        vm.detailsProperty().addListener((o, a, d) -> whatIfWhy.run());
        whatIfs.addListener((o, a, b) -> whatIfWhy.run());
        // The button goes above the lines computed in the background: a line arriving must not move it from under
        // the pointer of someone about to click it.
        getChildren().addAll(title, figures, whatIf, lineWhileSet("unitFigure", vm.unitFigureProperty()),
                measureRow(measure), lineWhileSet("headerUtilisation", utilisation.lineProperty()), tabs);
        vm.detailsProperty().addListener((o, a, d) -> show(d));
        treemap.sizeByProperty().addListener((o, a, b) -> show(vm.detailsProperty().get()));
    }

    private void show(Details d) {
        if (d == null) {
            title.setText("Nothing selected");
            figures.setText("");
            declarations.setRoot(null);
            includers.getItems().clear();
            includes.getItems().clear();
            includersTitle.setText("Included by");
            includesTitle.setText("Includes");
            chains.getItems().clear();
            chainsNote.setText("");
            return;
        }
        HeaderNode n = d.node();
        title.setText(n.isHeader() ? n.path() : n.label());
        String measured = TileDescriptions.measured(n, treemap.state().measuredTimesProperty().get());
        figures.setText(TileDescriptions.figures(n, treemap.sizeByProperty().get())
                + treemap.figureSource(n).map(from -> "\n" + from).orElse("") + (measured == null ? "" : "\n" + measured));
        declarations.setRoot(declarationTree(d));
        includers.getItems().setAll(d.includers());
        includes.getItems().setAll(d.includes());
        includersTitle.setText("Included by (" + d.includers().size() + ")");
        includesTitle.setText("Includes (" + d.includes().size() + ")");
        chains.getItems().setAll(d.chains().stream().map(DetailsView::chainText).toList());
        chainsNote.setText(d.unit() == null ? "" : d.chains().isEmpty() ? "Not reached from " + d.unit()
                : "Shortest include chains from " + d.unit() + ": showing " + d.chains().size() + " of " + d.totalChains());
    }

    private static ListView<String> pathList(String id, Consumer<String> open) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String path, boolean empty) {
                super.updateItem(path, empty);
                setText(empty || path == null ? null : Formats.fileName(path));
                setTooltip(empty || path == null ? null : new Tooltip(path));
            }
        });
        list.setOnMouseClicked(e -> {
            String path = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && path != null) {
                open.accept(path);
            }
        });
        return list;
    }

    private static String chainText(List<String> chain) {
        return String.join(" → ", chain.stream().map(Formats::fileName).toList());
    }

    private static TreeItem<DeclarationRow> declarationTree(Details d) {
        TreeItem<DeclarationRow> root = new TreeItem<>(new DeclarationRow("", null));
        for (Details.DeclarationGroup group : d.declarations()) {
            TreeItem<DeclarationRow> kind = new TreeItem<>(new DeclarationRow(
                    TileDescriptions.kindName(group.kind()) + "  " + Formats.count(group.count()), null));
            for (FunctionDefinition f : group.functions()) {
                kind.getChildren().add(new TreeItem<>(new DeclarationRow(f.qualifiedName() + " — "
                        + Formats.count(f.bodyNodes()) + " body nodes, line " + f.firstLine(), f)));
            }
            root.getChildren().add(kind);
        }
        return root;
    }

    /** The button and, once clang has answered, the measured figures beside the estimate. */
    private static VBox measureRow(ClangMeasureViewModel measure) {
        Button button = new Button("Measure with clang");
        button.setId("measureWithClang");
        button.setTooltip(new Tooltip("Compile the selected unit with clang as it is and with this header empty"
                + " (nothing on disk changes), and show clang's figures beside the estimate"));
        button.disableProperty().bind(measure.canMeasure().not());
        button.setOnAction(e -> measure.measure());
        return new VBox(2, button, lineWhileSet("measuredByClang", measure.resultProperty()));
    }

    /** A wrapping label showing {@code text}, taking no room while it is empty. */
    private static Label lineWhileSet(String id, javafx.beans.value.ObservableValue<String> text) {
        Label line = new Label();
        line.setId(id);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.textProperty().bind(text);
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
