// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.analysis.UnitCosts;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.Problem;
import dev.headroom.model.SourceFile;
import dev.headroom.ui.ExplorerViewModel.Details;
import dev.headroom.ui.ExplorerViewModel.UnitRow;
import dev.headroom.ui.treemap.TreemapView;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.BreadCrumbBar;
import org.controlsfx.control.StatusBar;

/**
 * The explorer's main window: menus and toolbar on top, units on the left, the treemap with its breadcrumb in the
 * centre above the header table and problems, details and source on the right, the status bar below. Every view
 * reads the {@link ExplorerViewModel} and calls its commands; none holds state of its own beyond what is on screen.
 */
public final class ExplorerWindow {
    private static final String BASE_CSS = "/dev/headroom/ui/headroom.css";
    private static final String DARK_CSS = "/dev/headroom/ui/headroom-dark.css";

    private final Stage stage;
    private final ExplorerViewModel vm;
    private final UiSettings settings;
    private final Scene scene;
    private final TreemapView<HeaderNode> treemap = new TreemapView<>();
    /** The tile the treemap's context menu was opened on. */
    private HeaderNode contextTile;
    private final BreadCrumbBar<HeaderNode> breadcrumb = new BreadCrumbBar<>();
    private final TreeTableView<HeaderNode> table = new TreeTableView<>();
    private final TextField search = new TextField();
    private final TextField tableFilter = new TextField();
    private final ListView<String> sourceView = new ListView<>();
    private final CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
    private final HBox legend = new HBox(10);
    private Map<HeaderNode, TreeItem<HeaderNode>> rowsByNode = new IdentityHashMap<>();
    private boolean syncingSelection;

    public ExplorerWindow(Stage stage, ExplorerViewModel vm, UiSettings settings) {
        this.stage = stage;
        this.vm = vm;
        this.settings = settings;
        BorderPane top = new BorderPane(toolbar(), menuBar(), null, null, null);
        SplitPane centre = new SplitPane(treemapPane(), bottomTabs());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.66);
        SplitPane main = new SplitPane(unitsPane(), centre, detailsPane());
        main.setDividerPositions(0.17, 0.72);
        SplitPane.setResizableWithParent(main.getItems().get(0), false);
        BorderPane root = new BorderPane(main, top, null, statusBar(), null);
        root.getStyleClass().add("explorer");
        scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(BASE_CSS)).toExternalForm());
        darkTheme.setSelected(settings.darkTheme());
        applyTheme();
        acceptDroppedFiles();
        stage.setScene(scene);
        stage.setTitle("Headroom");
        stage.setOnHidden(e -> {
            settings.windowSize(scene.getWidth(), scene.getHeight());
            settings.flush();
        });
        vm.workspaceProperty().addListener((o, a, ws) -> {
            if (ws != null) {
                stage.setTitle("Headroom — " + ws.name());
                settings.remember(vm.inputsProperty().get());
            }
        });
    }

    /** The scene, for tests and snapshots. */
    public Scene scene() {
        return scene;
    }

    public void show() {
        stage.show();
    }

    // ---- menus and toolbar -----------------------------------------------------------------------------------

    private MenuBar menuBar() {
        MenuItem openFiles = new MenuItem("Open files…");
        openFiles.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openFiles.setOnAction(e -> openFiles());
        MenuItem openFolder = new MenuItem("Open folder…");
        openFolder.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openFolder.setOnAction(e -> openFolder());
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        MenuItem importTrace = new MenuItem("Import clang time trace…");
        importTrace.setId("importTrace");
        importTrace.setOnAction(e -> importTimeTraces());
        // Times belong to the files of a workspace; with none shown there is nothing to size by them.
        importTrace.disableProperty().bind(vm.workspaceProperty().isNull());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, openFiles, openFolder, recent, new SeparatorMenuItem(), importTrace,
                new SeparatorMenuItem(), quit);

        MenuItem find = new MenuItem("Find header");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(e -> search.requestFocus());
        MenuItem zoomIn = new MenuItem("Zoom into selection");
        zoomIn.setAccelerator(KeyCombination.keyCombination("Shortcut+Equals"));
        zoomIn.setOnAction(e -> {
            if (vm.selectedProperty().get() != null) {
                vm.zoomIn(vm.selectedProperty().get());
            }
        });
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        zoomOut.setOnAction(e -> vm.zoomOut());
        darkTheme.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        darkTheme.setOnAction(e -> {
            settings.darkTheme(darkTheme.isSelected());
            applyTheme();
        });
        Menu view = new Menu("View", null, find, zoomIn, zoomOut, new SeparatorMenuItem(), darkTheme);
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (List<Path> inputs : settings.recentWorkspaces()) {
            MenuItem item = new MenuItem(String.join(", ", inputs.stream().map(Path::toString).toList()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.open(inputs));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private ToolBar toolbar() {
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
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                treemap.requestFocus();
            }
        });
        Label matches = new Label();
        matches.getStyleClass().add("dim");
        vm.searchMatchesProperty().addListener((o, a, b) -> matches.setText(
                vm.searchTextProperty().get().isEmpty() ? "" : b.size() + (b.size() == 1 ? " match" : " matches")));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        vm.colourByProperty().addListener((o, a, b) -> refreshLegend());
        refreshLegend();
        return new ToolBar(new Label("Size by"), size, new Label("Colour by"), colour, new Label("Nest by"), nesting,
                search, matches, grow, legend);
    }

    private void refreshLegend() {
        legend.getChildren().clear();
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Map.Entry<String, javafx.scene.paint.Color> e : TileColours.legend(vm.colourByProperty().get())) {
            Rectangle swatch = new Rectangle(12, 12, e.getValue());
            Label l = new Label(e.getKey(), swatch);
            l.getStyleClass().add("legend-entry");
            legend.getChildren().add(l);
        }
    }

    private void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a project, compile_commands.json, jank modules or headers");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Headroom inputs", "*.json", "*.jank", "*.h", "*.hh", "*.hpp", "*.hxx",
                        "*.c", "*.cc", "*.cpp", "*.cxx"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            vm.open(files.stream().map(File::toPath).toList());
        }
    }

    private void importTimeTraces() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import clang -ftime-trace files");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Clang time traces", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            vm.importTimeTraces(files.stream().map(File::toPath).toList());
        }
    }

    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of .jank modules, headers or a headroom.json");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            vm.open(List.of(folder.toPath()));
        }
    }

    private void acceptDroppedFiles() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.drop(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void applyTheme() {
        String dark = Objects.requireNonNull(getClass().getResource(DARK_CSS)).toExternalForm();
        scene.getStylesheets().remove(dark);
        if (darkTheme.isSelected()) {
            scene.getStylesheets().add(dark);
        }
        refreshTreemapColours();
    }

    // ---- units -----------------------------------------------------------------------------------------------

    private VBox unitsPane() {
        ListView<UnitRow> list = new ListView<>(vm.units());
        list.setId("units");
        list.setCellFactory(v -> new UnitCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectUnit(row.name());
            }
        });
        vm.selectedUnitProperty().addListener((o, a, unit) -> list.getItems().stream()
                .filter(r -> r.unit() == unit).findFirst().ifPresent(r -> list.getSelectionModel().select(r)));
        vm.units().addListener((javafx.collections.ListChangeListener<UnitRow>) c -> list.getItems().stream()
                .filter(r -> r.unit() == vm.selectedUnitProperty().get()).findFirst()
                .ifPresent(r -> list.getSelectionModel().select(r)));
        VBox.setVgrow(list, Priority.ALWAYS);
        TextField budget = new TextField(String.format(Locale.ROOT, "%.0f", settings.budgetMegabytes()));
        budget.setId("budget");
        budget.setPrefColumnCount(6);
        vm.budgetMegabytes(settings.budgetMegabytes());
        budget.setOnAction(e -> applyBudget(budget));
        budget.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                applyBudget(budget);
            }
        });
        HBox budgetRow = new HBox(6, new Label("JIT budget"), budget, new Label("MB"));
        budgetRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox lazy = new CheckBox("Lazy loading");
        lazy.setId("lazyLoading");
        lazy.setTooltip(new Tooltip("What-if: load only the entry module and what it requires at start-up"));
        lazy.setOnAction(e -> vm.toggleLazyLoading());
        Button reset = new Button("Reset what-ifs");
        reset.setId("resetWhatIfs");
        reset.setOnAction(e -> vm.resetWhatIfs());
        vm.scenarioProperty().addListener((o, a, s) -> lazy.setSelected(s.lazy()));
        lazy.disableProperty().bind(vm.whatIfsAvailableProperty().not());
        reset.disableProperty().bind(vm.whatIfsAvailableProperty().not()
                .or(vm.scenarioProperty().isEqualTo(JitScenario.AS_IS)));
        HBox whatIfRow = new HBox(6, lazy, reset);
        whatIfRow.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("budgetSummary");
        summary.setWrapText(true);
        // A wrapping label in a VBox only grows to its wrapped height when its minimum follows its preference.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.budgetSummaryProperty());
        Label title = new Label("Modules");
        title.getStyleClass().add("pane-title");
        VBox pane = new VBox(6, title, list, budgetRow, whatIfRow, summary);
        pane.setPadding(new Insets(6));
        pane.setMinWidth(180);
        return pane;
    }

    private void applyBudget(TextField field) {
        try {
            double mb = Double.parseDouble(field.getText().strip());
            vm.budgetMegabytes(mb);
            settings.budgetMegabytes(mb);
            field.getStyleClass().remove("invalid");
        } catch (IllegalArgumentException e) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        }
    }

    /**
     * A unit's name and estimated cost, with a bar of that cost against the budget; a jank module's menu compiles
     * it ahead of time in the what-if.
     */
    private final class UnitCell extends ListCell<UnitRow> {
        private final Label name = new Label();
        private final Label cost = new Label();
        private final Region fill = new Region();
        private final StackPane bar = new StackPane(fill);
        private final VBox box = new VBox(2, name, bar, cost);

        UnitCell() {
            CheckMenuItem aot = new CheckMenuItem("Compile ahead of time (what-if)");
            aot.setOnAction(e -> {
                if (getItem() != null && getItem().jankModule()) {
                    vm.toggleAheadOfTime(getItem().name());
                }
            });
            ContextMenu menu = new ContextMenu(aot);
            // The cell is reused for other rows, so the item is read when the menu opens, not when it is built.
            menu.setOnShowing(e -> {
                UnitRow row = getItem();
                aot.setDisable(row == null || !row.jankModule());
                aot.setSelected(row != null && vm.scenarioProperty().get().aotModules().contains(row.name()));
            });
            setContextMenu(menu);
            bar.getStyleClass().add("budget-bar");
            fill.getStyleClass().add("budget-fill");
            cost.getStyleClass().add("dim");
            StackPane.setAlignment(fill, Pos.CENTER_LEFT);
            bar.setMinHeight(8);
            bar.setPrefHeight(8);
            fill.setMaxWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(UnitRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText(row.name());
            double share = row.budgetShare();
            if (!row.loaded()) {
                cost.setText(row.leftOut() + " · not in the JIT");
            } else {
                // "at load" takes the room "of budget" had, which the pane's minimum width cannot give both.
                cost.setText(Formats.bytes(row.estimatedBytes()) + (row.jankModule() ? " at load · " : " · ")
                        + String.format(Locale.ROOT, "%.1f%%", share * 100) + (row.jankModule() ? "" : " of budget"));
            }
            fill.prefWidthProperty().bind(bar.widthProperty().multiply(Math.min(1, Math.max(0.004, share))));
            fill.getStyleClass().remove("over-budget");
            if (row.overBudget()) {
                fill.getStyleClass().add("over-budget");
            }
            setGraphic(box);
        }
    }

    // ---- treemap ---------------------------------------------------------------------------------------------

    private VBox treemapPane() {
        treemap.setId("treemap");
        treemap.setChildrenFunction(HeaderNode::children);
        treemap.setWeightFunction(HeaderNode::weight);
        treemap.setLabelFunction(HeaderNode::label);
        treemap.setTooltipFunction(this::tooltip);
        treemap.setOnZoomIn(vm::zoomIn);
        treemap.setOnZoomOut(vm::zoomOut);
        treemap.rootProperty().bind(vm.displayRootProperty());
        treemap.selectedItemProperty().addListener((o, a, node) -> {
            if (!syncingSelection && node != vm.selectedProperty().get()) {
                vm.select(node);
            }
        });
        vm.selectedProperty().addListener((o, a, node) -> {
            syncingSelection = true;
            try {
                treemap.setSelectedItem(node);
                selectRow(node);
            } finally {
                syncingSelection = false;
            }
        });
        vm.searchMatchesProperty().addListener((o, a, hits) -> treemap.setHighlight(
                hits.isEmpty() ? null : n -> n.isHeader() && hits.contains(n.path())));
        vm.colourByProperty().addListener((o, a, b) -> refreshTreemapColours());
        vm.treeProperty().addListener((o, a, b) -> refreshTreemapColours());
        // A filter, so the tile under the pointer is known before the control's own handler opens the menu.
        treemap.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            contextTile = treemap.getSkin() instanceof dev.headroom.ui.treemap.TreemapSkin<?> skin
                    ? (HeaderNode) skin.itemAt(e.getX(), e.getY()).orElse(null) : null;
            if (contextTile != null) {
                vm.select(contextTile);
            }
        });
        treemap.setContextMenu(pchMenu(() -> contextTile));

        breadcrumb.setId("breadcrumb");
        breadcrumb.setAutoNavigationEnabled(false);
        breadcrumb.setCrumbFactory(item -> new BreadCrumbBar.BreadCrumbButton(
                item.getValue() == null ? "" : item.getValue().label()));
        breadcrumb.setOnCrumbAction(e -> vm.zoomTo(e.getSelectedCrumb().getValue()));
        vm.zoomPath().addListener((javafx.collections.ListChangeListener<HeaderNode>) c -> {
            List<HeaderNode> path = new ArrayList<>(vm.zoomPath());
            breadcrumb.setSelectedCrumb(path.isEmpty() ? null
                    : BreadCrumbBar.buildTreeModel(path.toArray(HeaderNode[]::new)));
        });
        Button up = new Button("Zoom out");
        up.setId("zoomOut");
        up.setOnAction(e -> vm.zoomOut());
        up.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.zoomPath()).lessThan(2));
        breadcrumb.setMinHeight(24);
        HBox.setHgrow(breadcrumb, Priority.ALWAYS);
        HBox crumbs = new HBox(6, breadcrumb, up);
        crumbs.setAlignment(Pos.CENTER_LEFT);
        crumbs.setPadding(new Insets(4, 6, 4, 6));
        Label empty = new Label("Open a workspace: File → Open, or drop files here.");
        empty.getStyleClass().add("dim");
        empty.visibleProperty().bind(vm.displayRootProperty().isNull());
        StackPane stack = new StackPane(treemap, empty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        return new VBox(crumbs, stack);
    }

    /**
     * A menu putting a header in the what-if's precompiled header, or taking it out; {@code target} is read when
     * the menu opens and when its item is chosen.
     */
    private ContextMenu pchMenu(Supplier<HeaderNode> target) {
        CheckMenuItem pch = new CheckMenuItem("Put in precompiled header (what-if)");
        pch.setOnAction(e -> {
            HeaderNode node = target.get();
            if (node != null && node.isHeader()) {
                vm.togglePrecompiledHeader(node.path());
            }
        });
        ContextMenu menu = new ContextMenu(pch);
        menu.setOnShowing(e -> {
            HeaderNode node = target.get();
            boolean header = node != null && node.isHeader();
            pch.setDisable(!header);
            pch.setSelected(header && vm.scenarioProperty().get().pchHeaders().contains(node.path()));
        });
        return menu;
    }

    private void refreshTreemapColours() {
        TileColours colours = new TileColours(vm.colourByProperty().get(), darkTheme.isSelected(), vm.treeProperty().get());
        treemap.setFillFunction(colours::of);
    }

    private String tooltip(HeaderNode node) {
        SizeMetric metric = vm.sizeByProperty().get();
        StringBuilder text = new StringBuilder(node.path() == null ? node.label() : node.path());
        if (!node.isHeader()) {
            text.append("\n").append(metric.title()).append(": ").append(Formats.of(metric, node.weight()));
            text.append("\n").append(node.children().size()).append(" nested");
            return text.toString();
        }
        text.append("\n").append(metric.title()).append(" — self ").append(Formats.of(metric, node.self()))
                .append(" · inclusive ").append(Formats.of(metric, node.inclusive()))
                .append(" · retained ").append(Formats.of(metric, node.retained()));
        String measured = measuredText(node);
        if (measured != null) {
            text.append("\n").append(measured);
        }
        SourceFile file = node.file();
        if (file != null) {
            int total = file.declarations().values().stream().mapToInt(Integer::intValue).sum();
            text.append("\n").append(Formats.count(total)).append(" declarations");
            String top = file.declarations().entrySet().stream()
                    .sorted(Map.Entry.<DeclarationKind, Integer>comparingByValue().reversed()).limit(3)
                    .map(e -> kindName(e.getKey()) + " " + Formats.count(e.getValue()))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            if (!top.isEmpty()) {
                text.append(" (").append(top).append(")");
            }
            text.append("\n").append(file.inlineBodies()).append(" inline bodies · ").append(file.origin().name()
                    .toLowerCase(Locale.ROOT).replace('_', '-'));
            text.append("\nIncluded by ").append(node.fanIn()).append(node.fanIn() == 1 ? " file" : " files")
                    .append(" · reached by ").append(file.unitsReaching()).append(file.unitsReaching() == 1 ? " unit" : " units");
        }
        return text.toString();
    }

    /** What clang measured for a header, or {@code null} when no imported trace times it. */
    private String measuredText(HeaderNode node) {
        MeasuredHeaderTime t = node.isHeader() ? vm.measuredTimesProperty().get().get(node.path()) : null;
        if (t == null) {
            return null;
        }
        // Clang's inclusive time counts only the headers it entered from this one; a header already entered
        // elsewhere (include guard) costs nothing here, unlike in the include graph's inclusive figure above.
        return "clang -ftime-trace: self " + Formats.millis(t.selfMicros()) + " · "
                + Formats.millis(t.inclusiveMicros()) + " with the headers it entered · entered " + t.entries()
                + (t.entries() == 1 ? " time" : " times");
    }

    // ---- header table and problems ---------------------------------------------------------------------------

    private TabPane bottomTabs() {
        table.setId("headerTable");
        table.setRowFactory(t -> {
            TreeTableRow<HeaderNode> row = new TreeTableRow<>();
            row.setContextMenu(pchMenu(row::getItem));
            return row;
        });
        table.setShowRoot(true);
        // Unconstrained: squeezing eleven columns into the pane cut every figure to "1.2…"; a scroll bar reads better.
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        TreeTableColumn<HeaderNode, String> name = new TreeTableColumn<>("Header");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().label()));
        name.setPrefWidth(260);
        table.getColumns().add(name);
        table.getColumns().add(metricColumn("Self", HeaderNode::self, true));
        table.getColumns().add(metricColumn("Inclusive", HeaderNode::inclusive, true));
        table.getColumns().add(metricColumn("Retained", HeaderNode::retained, true));
        TreeTableColumn<HeaderNode, Long> measured = new TreeTableColumn<>("Measured");
        measured.setId("measuredColumn");
        measured.setCellValueFactory(c -> {
            HeaderNode n = c.getValue().getValue();
            MeasuredHeaderTime t = n.isHeader() ? vm.measuredTimesProperty().get().get(n.path()) : null;
            return new ReadOnlyObjectWrapper<>(t == null ? null : t.selfMicros());
        });
        measured.setCellFactory(c -> new javafx.scene.control.TreeTableCell<>() {
            @Override
            protected void updateItem(Long v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.millis(v));
            }
        });
        measured.getStyleClass().add("number");
        measured.setPrefWidth(84);
        measured.setMinWidth(72);
        measured.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.measuredTimesProperty().get().isEmpty(), vm.measuredTimesProperty()));
        table.getColumns().add(measured);
        table.getColumns().add(metricColumn("Declarations", n -> n.file() == null ? 0
                : n.file().declarations().values().stream().mapToLong(Integer::longValue).sum(), false));
        table.getColumns().add(metricColumn("Types", n -> n.file() == null ? 0 : typeCount(n.file()), false));
        table.getColumns().add(metricColumn("Functions", n -> n.file() == null ? 0
                : n.file().declarations(DeclarationKind.FUNCTION_DECLARATION), false));
        table.getColumns().add(metricColumn("Inline bodies", n -> n.file() == null ? 0 : n.file().inlineBodies(), false));
        table.getColumns().add(metricColumn("Macros", n -> n.file() == null ? 0
                : n.file().declarations(DeclarationKind.MACRO_DEFINITION), false));
        table.getColumns().add(metricColumn("Fan-in", HeaderNode::fanIn, false));
        table.getColumns().add(metricColumn("Units reaching", n -> n.file() == null ? 0 : n.file().unitsReaching(), false));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncingSelection && item != null && item.getValue() != vm.selectedProperty().get()) {
                vm.select(item.getValue());
            }
        });
        table.setOnKeyPressed(e -> {
            TreeItem<HeaderNode> item = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                vm.zoomIn(item.getValue());
            }
        });
        vm.treeProperty().addListener((o, a, b) -> rebuildTable());
        vm.sizeByProperty().addListener((o, a, b) -> table.refresh());
        tableFilter.setId("tableFilter");
        tableFilter.setPromptText("Filter headers by path");
        tableFilter.textProperty().addListener((o, a, b) -> rebuildTable());
        VBox headers = new VBox(4, tableFilter, table);
        headers.setPadding(new Insets(4));
        VBox.setVgrow(table, Priority.ALWAYS);

        ListView<Problem> problems = new ListView<>(vm.problems());
        problems.setId("problems");
        problems.setPlaceholder(new Label("No problems"));
        problems.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : "[" + p.source().name().toLowerCase(Locale.ROOT) + "] " + p);
            }
        });
        problems.setOnMouseClicked(e -> {
            Problem p = problems.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null) {
                vm.showProblem(p);
            }
        });
        problems.setOnKeyPressed(e -> {
            Problem p = problems.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && p != null) {
                vm.showProblem(p);
            }
        });
        Tab headersTab = new Tab("Headers", headers);
        Tab problemsTab = new Tab("Problems", problems);
        problemsTab.textProperty().bind(javafx.beans.binding.Bindings.size(vm.problems()).asString("Problems (%d)"));
        TabPane tabs = new TabPane(headersTab, problemsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static long typeCount(SourceFile f) {
        return (long) f.declarations(DeclarationKind.CLASS) + f.declarations(DeclarationKind.STRUCT)
                + f.declarations(DeclarationKind.UNION) + f.declarations(DeclarationKind.ENUM)
                + f.declarations(DeclarationKind.TYPEDEF) + f.declarations(DeclarationKind.ALIAS)
                + f.declarations(DeclarationKind.TEMPLATE_CLASS);
    }

    private TreeTableColumn<HeaderNode, Long> metricColumn(String title, java.util.function.ToLongFunction<HeaderNode> value,
            boolean inMetric) {
        TreeTableColumn<HeaderNode, Long> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue().getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TreeTableCell<>() {
            @Override
            protected void updateItem(Long v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : inMetric ? Formats.of(vm.sizeByProperty().get(), v) : Formats.count(v));
            }
        });
        column.getStyleClass().add("number");
        column.setPrefWidth(inMetric ? 84 : 74);
        column.setMinWidth(inMetric ? 72 : 52);
        return column;
    }

    private void rebuildTable() {
        HeaderNode tree = vm.treeProperty().get();
        rowsByNode = new IdentityHashMap<>();
        if (tree == null) {
            table.setRoot(null);
            return;
        }
        String filter = tableFilter.getText() == null ? "" : tableFilter.getText().strip().toLowerCase(Locale.ROOT);
        // Post-order without recursion: a node is kept if it matches or keeps a child.
        Map<HeaderNode, TreeItem<HeaderNode>> built = new IdentityHashMap<>();
        Deque<HeaderNode> stack = new ArrayDeque<>(List.of(tree));
        List<HeaderNode> order = new ArrayList<>();
        while (!stack.isEmpty()) {
            HeaderNode n = stack.pop();
            order.add(n);
            n.children().forEach(stack::push);
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            HeaderNode n = order.get(i);
            List<TreeItem<HeaderNode>> kids = new ArrayList<>();
            for (HeaderNode c : n.children()) {
                TreeItem<HeaderNode> k = built.remove(c);
                if (k != null) {
                    kids.add(k);
                }
            }
            boolean matches = filter.isEmpty() || (n.path() != null && n.path().toLowerCase(Locale.ROOT).contains(filter));
            if (matches || !kids.isEmpty() || n == tree) {
                TreeItem<HeaderNode> item = new TreeItem<>(n);
                item.getChildren().setAll(kids);
                item.setExpanded(!filter.isEmpty() || n == tree);
                built.put(n, item);
                rowsByNode.put(n, item);
            }
        }
        TreeItem<HeaderNode> root = built.get(tree);
        table.setRoot(root);
        if (table.getSortOrder().isEmpty() && table.getColumns().size() > 3) {
            @SuppressWarnings("unchecked")
            TreeTableColumn<HeaderNode, ?> retained = table.getColumns().get(3);
            retained.setSortType(TreeTableColumn.SortType.DESCENDING);
            table.getSortOrder().add(retained);
        }
        table.sort();
        selectRow(vm.selectedProperty().get());
    }

    private void selectRow(HeaderNode node) {
        TreeItem<HeaderNode> item = node == null ? null : rowsByNode.get(node);
        if (item == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        for (TreeItem<HeaderNode> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        boolean was = syncingSelection;
        syncingSelection = true;
        try {
            table.getSelectionModel().select(item);
            int row = table.getRow(item);
            if (row >= 0) {
                table.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncingSelection = was;
        }
    }

    // ---- details and source ----------------------------------------------------------------------------------

    private SplitPane detailsPane() {
        Label title = new Label("Nothing selected");
        title.setId("detailsTitle");
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        Label figures = new Label();
        figures.setWrapText(true);
        // A wrapping label in a VBox only grows to its wrapped height when its minimum follows its preference.
        figures.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.getStyleClass().add("dim");

        TreeView<DeclarationRow> declarations = new TreeView<>();
        declarations.setId("declarations");
        declarations.setShowRoot(false);
        declarations.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue().function() != null) {
                FunctionDefinition f = item.getValue().function();
                vm.showSource(f.file(), f.firstLine(), f.lastLine());
            }
        });
        ListView<String> includers = pathList("includers");
        ListView<String> includes = pathList("includes");
        ListView<String> chains = new ListView<>();
        chains.setId("chains");
        chains.setPlaceholder(new Label("Select a header"));
        Label chainsNote = new Label();
        chainsNote.getStyleClass().add("dim");
        chainsNote.setWrapText(true);
        VBox why = new VBox(4, chainsNote, chains);
        VBox.setVgrow(chains, Priority.ALWAYS);
        Label includersTitle = new Label("Included by");
        Label includesTitle = new Label("Includes");
        VBox relations = new VBox(4, includersTitle, includers, includesTitle, includes);
        VBox.setVgrow(includers, Priority.ALWAYS);
        VBox.setVgrow(includes, Priority.ALWAYS);
        TabPane tabs = new TabPane(new Tab("Declarations", declarations), new Tab("Includes", relations),
                new Tab("Why included", why));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox top = new VBox(4, title, figures, tabs);
        top.setPadding(new Insets(6));

        vm.detailsProperty().addListener((o, a, d) -> {
            if (d == null) {
                title.setText("Nothing selected");
                figures.setText("");
                declarations.setRoot(null);
                includers.getItems().clear();
                includes.getItems().clear();
                chains.getItems().clear();
                chainsNote.setText("");
                return;
            }
            HeaderNode n = d.node();
            SizeMetric metric = vm.sizeByProperty().get();
            title.setText(n.isHeader() ? n.path() : n.label());
            String measured = measuredText(n);
            figures.setText(metric.title() + ": self " + Formats.of(metric, n.self()) + " · inclusive "
                    + Formats.of(metric, n.inclusive()) + " · retained " + Formats.of(metric, n.retained())
                    + (measured == null ? "" : "\n" + measured));
            declarations.setRoot(declarationTree(d));
            includers.getItems().setAll(d.includers());
            includes.getItems().setAll(d.includes());
            includersTitle.setText("Included by (" + d.includers().size() + ")");
            includesTitle.setText("Includes (" + d.includes().size() + ")");
            chains.getItems().setAll(d.chains().stream().map(ExplorerWindow::chainText).toList());
            chainsNote.setText(d.unit() == null ? "" : d.chains().isEmpty() ? "Not reached from " + d.unit()
                    : "Shortest include chains from " + d.unit() + ": showing " + d.chains().size() + " of "
                            + d.totalChains());
        });

        sourceView.setId("source");
        sourceView.setPlaceholder(new Label("Select a header or double-click a problem"));
        sourceView.setItems(vm.sourceLines());
        sourceView.setCellFactory(v -> new SourceLineCell());
        vm.sourceProperty().addListener((o, a, at) -> {
            sourceView.refresh();
            if (at != null && at.firstLine() > 0) {
                sourceView.scrollTo(Math.max(0, at.firstLine() - 4));
                sourceView.getSelectionModel().select(at.firstLine() - 1);
            } else {
                sourceView.scrollTo(0);
            }
        });
        Label sourceTitle = new Label("Source");
        sourceTitle.getStyleClass().add("pane-title");
        vm.sourceProperty().addListener((o, a, at) -> sourceTitle.setText(at == null ? "Source"
                : UnitCosts.fileName(at.path()) + (at.firstLine() > 0 ? ":" + at.firstLine() : "")));
        VBox source = new VBox(4, sourceTitle, sourceView);
        source.setPadding(new Insets(6));
        VBox.setVgrow(sourceView, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, source);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        split.setMinWidth(260);
        return split;
    }

    private ListView<String> pathList(String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String path, boolean empty) {
                super.updateItem(path, empty);
                setText(empty || path == null ? null : UnitCosts.fileName(path));
                setTooltip(empty || path == null ? null : new javafx.scene.control.Tooltip(path));
            }
        });
        list.setOnMouseClicked(e -> {
            String path = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && path != null) {
                vm.selectPath(path);
            }
        });
        return list;
    }

    private static String chainText(List<String> chain) {
        return String.join(" → ", chain.stream().map(UnitCosts::fileName).toList());
    }

    /** A row of the declarations tree: a kind with its count, or one function body under it. */
    private record DeclarationRow(String text, FunctionDefinition function) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static TreeItem<DeclarationRow> declarationTree(Details d) {
        TreeItem<DeclarationRow> root = new TreeItem<>(new DeclarationRow("", null));
        SourceFile file = d.node().file();
        if (file == null) {
            return root;
        }
        Map<DeclarationKind, List<FunctionDefinition>> bodies = new java.util.EnumMap<>(DeclarationKind.class);
        for (FunctionDefinition f : d.functions()) {
            DeclarationKind kind = f.inClass() ? DeclarationKind.FUNCTION_DEFINITION_IN_CLASS
                    : f.inline() ? DeclarationKind.FUNCTION_DEFINITION_INLINE : DeclarationKind.FUNCTION_DEFINITION_OUT_OF_LINE;
            bodies.computeIfAbsent(kind, k -> new ArrayList<>()).add(f);
        }
        file.declarations().entrySet().stream()
                .sorted(Map.Entry.<DeclarationKind, Integer>comparingByValue().reversed())
                .forEach(e -> {
                    TreeItem<DeclarationRow> kind = new TreeItem<>(new DeclarationRow(
                            kindName(e.getKey()) + "  " + Formats.count(e.getValue()), null));
                    for (FunctionDefinition f : bodies.getOrDefault(e.getKey(), List.of()).stream()
                            .sorted(Comparator.comparingInt(FunctionDefinition::bodyNodes).reversed()).toList()) {
                        kind.getChildren().add(new TreeItem<>(new DeclarationRow(f.qualifiedName() + " — "
                                + Formats.count(f.bodyNodes()) + " body nodes, line " + f.firstLine(), f)));
                    }
                    root.getChildren().add(kind);
                });
        return root;
    }

    private static String kindName(DeclarationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A numbered source line, highlighted when inside the selected lines. */
    private final class SourceLineCell extends ListCell<String> {
        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("highlighted-line");
            if (empty || line == null) {
                setText(null);
                return;
            }
            int number = getIndex() + 1;
            setText(String.format(Locale.ROOT, "%5d  %s", number, line.replace("\t", "    ")));
            var at = vm.sourceProperty().get();
            if (at != null && at.firstLine() > 0 && number >= at.firstLine() && number <= at.lastLine()) {
                getStyleClass().add("highlighted-line");
            }
        }
    }

    // ---- status bar ------------------------------------------------------------------------------------------

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status");
        bar.textProperty().bind(javafx.beans.binding.Bindings.when(vm.runningProperty())
                .then(vm.progressMessageProperty())
                .otherwise(javafx.beans.binding.Bindings.createStringBinding(() -> {
                    String msg = vm.progressMessageProperty().get();
                    var state = vm.stateProperty().get();
                    return state == ExplorerViewModel.AnalysisState.CANCELLED || state == ExplorerViewModel.AnalysisState.FAILED
                            ? msg + " · " + vm.statusTextProperty().get() : vm.statusTextProperty().get();
                }, vm.statusTextProperty(), vm.stateProperty(), vm.progressMessageProperty())));
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.setPrefWidth(180);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label measured = new Label();
        measured.setId("measuredStatus");
        measured.textProperty().bind(vm.measuredTextProperty());
        // Whether the traces matched the workspace's paths must stay readable; the calibration gives way and keeps
        // its whole text in a tooltip.
        measured.setMinWidth(Region.USE_PREF_SIZE);
        measured.setPadding(new Insets(0, 12, 0, 0));
        Label calibration = new Label();
        calibration.textProperty().bind(vm.calibrationTextProperty());
        javafx.scene.control.Tooltip calibrationTip = new javafx.scene.control.Tooltip();
        calibrationTip.textProperty().bind(vm.calibrationTextProperty());
        calibration.setTooltip(calibrationTip);
        calibration.getStyleClass().add("dim");
        bar.getRightItems().addAll(progress, cancel, measured, calibration);
        return bar;
    }
}
