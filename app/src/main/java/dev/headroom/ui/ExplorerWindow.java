// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.ui.details.DetailsView;
import dev.headroom.ui.details.SourceView;
import dev.headroom.ui.compare.CompareWindow;
import dev.headroom.ui.modules.ModulesView;
import dev.headroom.ui.refactor.RefactorPanel;
import dev.headroom.ui.session.StatusBarView;
import dev.headroom.ui.settings.WorkspaceSettingsDialog;
import dev.headroom.ui.table.HeaderTableView;
import dev.headroom.ui.table.ProblemsView;
import dev.headroom.ui.treemap.SearchResultsView;
import dev.headroom.ui.treemap.TreemapPane;
import dev.headroom.ui.treemap.TreemapToolbar;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The explorer's window, a shell: menus and the treemap's toolbar on top, the modules on the left, the treemap above
 * the header table and problems in the centre, details and source or the refactor panel on the right, the status bar
 * below. Each region
 * is one feature's view over its view model; the shell only lays them out and owns the window's own concerns
 * (file choosers, drops, theme, title, remembered size and recent workspaces).
 */
public final class ExplorerWindow {
    private static final String BASE_CSS = "/dev/headroom/ui/headroom.css";
    private static final String DARK_CSS = "/dev/headroom/ui/headroom-dark.css";

    private final Stage stage;
    private final Explorer explorer;
    private final UiSettings settings;
    private final Scene scene;
    private final TreemapPane treemap;
    private final TreemapToolbar toolbar;
    private final CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
    private final CollapsiblePane side;
    private final CollapsiblePane bottom;
    private WorkspaceSettingsDialog settingsDialog;

    public ExplorerWindow(Stage stage, Explorer explorer, UiSettings settings) {
        this.stage = stage;
        this.explorer = explorer;
        this.settings = settings;
        treemap = new TreemapPane(explorer.treemap(), explorer.modules(), explorer.session(), explorer.refactor());
        toolbar = new TreemapToolbar(explorer.treemap(), explorer.modules().whatIfMarksProperty(), treemap::focusTreemap);
        SplitPane centre = new SplitPane(treemap);
        centre.setOrientation(Orientation.VERTICAL);
        bottom = new CollapsiblePane(centre, bottomTabs(), 0.66, "bottomPane", "the tables",
                "▴ Headers · Problems · Matches · All modules");
        centre.setDividerPositions(0.66);
        SplitPane details = new SplitPane(new DetailsView(explorer.details(), explorer.treemap(), explorer.measure(),
                explorer.utilisation(), explorer.modules().whatIfMarksProperty()),
                new SourceView(explorer.details()));
        details.setOrientation(Orientation.VERTICAL);
        details.setDividerPositions(0.5);
        ModulesView modules = new ModulesView(explorer.modules(), explorer.state());
        SplitPane main = new SplitPane(modules, centre);
        side = new CollapsiblePane(main, sideTabs(details), 0.72, "sidePane", "the details and refactor pane", "«");
        main.setDividerPositions(0.17, 0.72);
        SplitPane.setResizableWithParent(modules, false);
        side.collapsedProperty().set(settings.sideCollapsed());
        bottom.collapsedProperty().set(settings.bottomCollapsed());
        side.collapsedProperty().addListener((o, a, now) -> settings.sideCollapsed(now));
        bottom.collapsedProperty().addListener((o, a, now) -> settings.bottomCollapsed(now));
        // The search and the legend ride on the menu bar's row, which has room to spare at any width.
        MenuBar menus = menuBar();
        HBox menuRow = new HBox(12, menus, toolbar.find(), toolbar.legend());
        menuRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(menus, Priority.ALWAYS);
        menuRow.getStyleClass().add("menu-row");
        BorderPane top = new BorderPane(toolbar, menuRow, null, null, null);
        BorderPane root = new BorderPane(main, top, null, new StatusBarView(explorer.session(), explorer.traces(),
                explorer.exports(), explorer.refactor(), explorer.watch()), null);
        root.getStyleClass().add("explorer");
        // A size remembered on a larger screen would put the window's edges, and its status bar, off this one.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(settings.windowWidth(), screen.getWidth()),
                Math.min(settings.windowHeight(), screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(BASE_CSS)).toExternalForm());
        darkTheme.setSelected(settings.darkTheme());
        applyTheme();
        acceptDroppedFiles();
        stage.setScene(scene);
        stage.setTitle("Headroom");
        stage.setOnHidden(e -> {
            // The watched folders are let go too; settings applied and not saved are simply not saved.
            explorer.stopBackgroundWork();
            settings.windowSize(scene.getWidth(), scene.getHeight());
            settings.flush();
        });
        explorer.watch().setEnabled(settings.watchFiles());
        explorer.state().analysedProperty().addListener((o, a, ws) -> {
            if (ws != null && !explorer.state().partialProperty().get()) {
                stage.setTitle("Headroom — " + ws.workspace().name());
                settings.remember(explorer.state().inputsProperty().get());
            }
        });
    }

    /** The settings dialog, made the first time it is asked for. */
    private WorkspaceSettingsDialog settingsDialog() {
        if (settingsDialog == null) {
            settingsDialog = new WorkspaceSettingsDialog(stage, explorer.settings(), scene.getStylesheets());
        }
        return settingsDialog;
    }

    /** The scene, for tests and snapshots. */
    public Scene scene() {
        return scene;
    }

    public void show() {
        stage.show();
    }

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
        MenuItem reload = new MenuItem("Reload");
        reload.setId("reload");
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.setOnAction(e -> explorer.reload());
        reload.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> explorer.state().inputsProperty().get().isEmpty(), explorer.state().inputsProperty())
                .or(explorer.session().runningProperty()));
        MenuItem workspaceSettings = new MenuItem("Workspace settings…");
        workspaceSettings.setId("workspaceSettingsMenu");
        workspaceSettings.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma"));
        workspaceSettings.setOnAction(e -> settingsDialog().show());
        // The settings are a headroom.json's; a workspace opened from files or a folder without one has none.
        workspaceSettings.disableProperty().bind(explorer.settings().availableProperty().not());
        MenuItem importTrace = new MenuItem("Import clang time trace…");
        importTrace.setId("importTrace");
        importTrace.setOnAction(e -> importTimeTraces());
        // Times belong to the files of a workspace; with none shown there is nothing to size by them.
        importTrace.disableProperty().bind(explorer.state().analysedProperty().isNull());
        MenuItem exportTable = new MenuItem("Header table as CSV…");
        exportTable.setId("exportTable");
        exportTable.setOnAction(e -> chooseExport("headers.csv", "CSV", "*.csv")
                .ifPresent(f -> explorer.exports().exportTable(f)));
        MenuItem exportImage = new MenuItem("Treemap as PNG…");
        exportImage.setId("exportImage");
        exportImage.setOnAction(e -> chooseExport("treemap.png", "PNG image", "*.png").ifPresent(f -> {
            TreemapPane.Picture picture = treemap.picture();
            explorer.exports().exportImage(f, picture.width(), picture.height(), picture.argb());
        }));
        Menu export = new Menu("Export", null, exportTable, exportImage);
        export.disableProperty().bind(explorer.treemap().treeProperty().isNull());
        MenuItem compare = new MenuItem("Compare…");
        compare.setId("compare");
        compare.setOnAction(e -> dev.headroom.ui.compare.CompareWindow.ask(stage));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, openFiles, openFolder, recent, reload, workspaceSettings,
                new SeparatorMenuItem(), compare,
                importTrace, export, new SeparatorMenuItem(), quit);

        MenuItem find = new MenuItem("Find header");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(e -> toolbar.focusSearch());
        MenuItem zoomIn = new MenuItem("Zoom into selection");
        zoomIn.setAccelerator(KeyCombination.keyCombination("Shortcut+Equals"));
        zoomIn.setOnAction(e -> {
            if (explorer.state().selectedProperty().get() != null) {
                explorer.treemap().zoomIn(explorer.state().selectedProperty().get());
            }
        });
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        zoomOut.setOnAction(e -> explorer.treemap().zoomOut());
        darkTheme.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        darkTheme.setOnAction(e -> {
            settings.darkTheme(darkTheme.isSelected());
            applyTheme();
        });
        CheckMenuItem cushions = new CheckMenuItem("Cushion shading");
        cushions.setId("cushions");
        cushions.selectedProperty().bindBidirectional(treemap.cushionsProperty());
        CheckMenuItem sidePane = new CheckMenuItem("Details and refactor pane");
        sidePane.setId("showSidePane");
        sidePane.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+D"));
        sidePane.setSelected(!side.collapsedProperty().get());
        side.collapsedProperty().addListener((o, a, now) -> sidePane.setSelected(!now));
        sidePane.setOnAction(e -> side.collapsedProperty().set(!sidePane.isSelected()));
        CheckMenuItem bottomPane = new CheckMenuItem("Tables pane");
        bottomPane.setId("showBottomPane");
        bottomPane.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+T"));
        bottomPane.setSelected(!bottom.collapsedProperty().get());
        bottom.collapsedProperty().addListener((o, a, now) -> bottomPane.setSelected(!now));
        bottomPane.setOnAction(e -> bottom.collapsedProperty().set(!bottomPane.isSelected()));
        CheckMenuItem watch = new CheckMenuItem("Watch files");
        watch.setId("watchFiles");
        watch.setSelected(explorer.watch().enabledProperty().get());
        explorer.watch().enabledProperty().addListener((o, a, now) -> watch.setSelected(now));
        watch.setOnAction(e -> {
            explorer.watch().setEnabled(watch.isSelected());
            settings.watchFiles(explorer.watch().enabledProperty().get());
        });
        Menu view = new Menu("View", null, find, zoomIn, zoomOut, new SeparatorMenuItem(), sidePane, bottomPane,
                new SeparatorMenuItem(), watch, new SeparatorMenuItem(), cushions, darkTheme);
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (List<Path> inputs : settings.recentWorkspaces()) {
            MenuItem item = new MenuItem(String.join(", ", inputs.stream().map(Path::toString).toList()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> explorer.session().open(inputs));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private TabPane bottomTabs() {
        Tab headers = new Tab("Headers", new HeaderTableView(explorer.treemap(), explorer.modules()));
        Tab problems = lazyTab("Problems", () -> new ProblemsView(explorer.state().problems(), explorer.details()::showProblem));
        problems.textProperty().bind(Bindings.size(explorer.state().problems()).asString("Problems (%d)"));
        Tab matches = lazyTab("Matches", () -> new SearchResultsView(explorer.treemap()));
        matches.textProperty().bind(Bindings.size(explorer.treemap().searchResults()).asString("Matches (%d)"));
        Tab report = lazyTab("All modules", () -> new dev.headroom.ui.report.ReportView(explorer.report()));
        report.setId("reportTab");
        report.selectedProperty().addListener((o, was, now) -> explorer.report().setActive(now));
        report.setTooltip(new Tooltip("The report's rankings over all modules: headers, include"
                + " lines to cut, hubs and cycles"));
        TabPane tabs = new TabPane(headers, problems, matches, report);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /**
     * Details and source in one tab, the refactor panel in the other: both want the side's height, and the panel's
     * suggestions are only worked out once it is first shown.
     */
    private TabPane sideTabs(SplitPane details) {
        Tab detailsTab = new Tab("Details", details);
        Tab refactorTab = lazyTab("Refactor", () -> new RefactorPanel(explorer.refactor(),
                request -> CompareWindow.open(new Stage(), request)));
        refactorTab.setId("refactorTab");
        refactorTab.setOnSelectionChanged(e -> {
            if (refactorTab.isSelected()) {
                explorer.refactor().suggestOnce();
            }
        });
        explorer.state().analysedProperty().addListener((o, a, ws) -> {
            // Suggestions over a part of the workspace would be superseded within seconds.
            if (ws != null && refactorTab.isSelected() && !explorer.state().partialProperty().get()) {
                explorer.refactor().suggestOnce();
            }
        });
        TabPane tabs = new TabPane(detailsTab, refactorTab);
        tabs.setId("sideTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(260);
        return tabs;
    }

    /**
     * A tab whose content is made the first time it is shown: the window's first frame need not build, style and lay
     * out panels nobody has looked at yet.
     */
    private static Tab lazyTab(String title, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
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
            explorer.session().open(files.stream().map(File::toPath).toList());
        }
    }

    /** Asks where to export, suggesting a name after the workspace and unit on screen. */
    private java.util.Optional<Path> chooseExport(String suffix, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        var ws = explorer.state().analysed();
        var unit = explorer.state().selectedUnitProperty().get();
        chooser.setInitialFileName((ws == null ? "" : ws.workspace().name() + "-")
                + (unit == null ? "" : unit.name() + "-") + suffix);
        File chosen = chooser.showSaveDialog(stage);
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }

    private void importTimeTraces() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import clang -ftime-trace files");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Clang time traces", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            explorer.traces().importTimeTraces(files.stream().map(File::toPath).toList());
        }
    }

    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of .jank modules, headers or a headroom.json");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            explorer.session().open(List.of(folder.toPath()));
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
                explorer.traces().drop(e.getDragboard().getFiles().stream().map(File::toPath).toList(),
                        explorer.session()::open);
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
        treemap.darkProperty().set(darkTheme.isSelected());
    }
}
