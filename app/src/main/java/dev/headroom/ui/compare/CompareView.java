// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.diff.DeclarationChange;
import dev.headroom.diff.HeaderDelta;
import dev.headroom.diff.ModuleLoadDelta;
import dev.headroom.diff.SizeDelta;
import dev.headroom.ui.Formats;
import dev.headroom.ui.control.treemap.TreemapView;
import dev.headroom.ui.treemap.ColourMode;
import dev.headroom.ui.treemap.TileColours;
import dev.headroom.ui.treemap.TileDescriptions;
import dev.headroom.ui.treemap.TreemapViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The compare view: revision A's and B's treemaps side by side on one unit, kept on the same selection, zoom and
 * search, or one delta map of both (a tile per header, sized by the larger of its two areas); below them the bloaty-style delta table, the selected header's side-by-side text diff, what changed in it
 * (declarations by kind, include directives) and the JIT budget before and after.
 */
public final class CompareView extends BorderPane {
    private static final String ALL_UNITS = "All units";

    private final CompareViewModel vm;

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        setId("compareView");
        setTop(toolbar());
        SplitPane sides = new SplitPane(side("A", vm.beforeMap(), true), side("B", vm.afterMap(), false));
        VBox delta = deltaMap();
        BorderPane maps = new BorderPane(vm.deltaMapShownProperty().get() ? delta : sides);
        vm.deltaMapShownProperty().addListener((o, a, on) -> maps.setCenter(on ? delta : sides));
        TabPane tabs = new TabPane(new Tab("Delta", deltaTable()), new Tab("Text diff", new TextDiffView(vm)),
                new Tab("Declarations & includes", changes()), new Tab("JIT budget", budgetTable()));
        tabs.setId("compareTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane centre = new SplitPane(maps, tabs);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        setCenter(centre);
        Label status = new Label();
        status.setId("compareStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(3, 6, 3, 6));
        setBottom(status);
    }

    private HBox toolbar() {
        ComboBox<String> unit = new ComboBox<>();
        unit.setId("compareUnit");
        vm.units().addListener((javafx.collections.ListChangeListener<String>) c -> {
            List<String> items = new ArrayList<>(List.of(ALL_UNITS));
            items.addAll(vm.units());
            unit.getItems().setAll(items);
        });
        vm.scopeProperty().addListener((o, a, s) -> unit.setValue(s == null ? ALL_UNITS : s));
        unit.setOnAction(e -> {
            String chosen = unit.getValue();
            String wanted = chosen == null || chosen.equals(ALL_UNITS) ? null : chosen;
            if (!java.util.Objects.equals(wanted, vm.scopeProperty().get())) {
                vm.showUnit(wanted);
            }
        });
        TextField search = new TextField();
        search.setId("compareSearch");
        search.setPromptText("Find header on both sides");
        search.textProperty().addListener((o, a, text) -> vm.search(text));
        javafx.scene.control.CheckBox byChange = new javafx.scene.control.CheckBox(
                "Colour by change (red grew, green shrank, blue new, purple deleted)");
        byChange.setId("colourByChange");
        byChange.setSelected(vm.colourByChangeProperty().get());
        byChange.selectedProperty().addListener((o, a, on) -> vm.colourByChange(on));
        javafx.scene.control.CheckBox oneMap = new javafx.scene.control.CheckBox("One delta map");
        oneMap.setId("deltaMapShown");
        oneMap.setSelected(vm.deltaMapShownProperty().get());
        oneMap.selectedProperty().addListener((o, a, on) -> vm.showDeltaMap(on));
        HBox bar = new HBox(8, new Label("Unit"), unit, search, byChange, oneMap);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private VBox side(String which, TreemapViewModel map, boolean isBefore) {
        TreemapView<HeaderNode> treemap = new TreemapView<>();
        treemap.setId(isBefore ? "treemapBefore" : "treemapAfter");
        treemap.setChildrenFunction(HeaderNode::children);
        treemap.setWeightFunction(HeaderNode::weight);
        treemap.setLabelFunction(HeaderNode::label);
        treemap.setTooltipFunction(n -> TileDescriptions.tooltip(n, map.sizeByProperty().get(),
                map.state().measuredTimesProperty().get()));
        treemap.setOnZoomIn(map::zoomIn);
        treemap.setOnZoomOut(map::zoomOut);
        treemap.rootProperty().bind(map.displayRootProperty());
        treemap.selectedItemProperty().addListener((o, a, node) -> {
            if (node != map.state().selectedProperty().get()) {
                map.select(node);
            }
        });
        map.state().selectedProperty().addListener((o, a, node) -> treemap.setSelectedItem(node));
        map.searchMatchesProperty().addListener((o, a, hits) -> treemap.setHighlight(
                hits.isEmpty() ? null : n -> n.isHeader() && hits.contains(n.path())));
        // One colour mode for both sides, so a header has the same colour left and right.
        Runnable recolour = () -> {
            var analysed = map.state().analysed();
            if (vm.colourByChangeProperty().get()) {
                treemap.setFillFunction(DeltaColours.of(path -> vm.change(isBefore, path)));
                return;
            }
            String root = analysed == null ? null : analysed.workspace().root();
            List<String> files = analysed == null ? List.of() : analysed.workspace().files().stream()
                    .map(f -> f.path()).toList();
            treemap.setFillFunction(new TileColours(ColourMode.ORIGIN, false, map.treeProperty().get(), root,
                    files)::of);
        };
        map.treeProperty().addListener((o, a, tree) -> recolour.run());
        vm.colourByChangeProperty().addListener((o, a, on) -> recolour.run());
        vm.scopeProperty().addListener((o, a, unit) -> recolour.run());
        Label title = new Label();
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var c = vm.comparisonProperty().get();
            if (c == null) {
                return which;
            }
            String label = isBefore ? c.delta().beforeLabel() : c.delta().afterLabel();
            var unit = map.state().selectedUnitProperty().get();
            return which + ": " + label + (unit == null ? "" : "  ·  " + unit.name());
        }, vm.comparisonProperty(), map.state().selectedUnitProperty()));
        title.setPadding(new Insets(2, 6, 2, 6));
        VBox.setVgrow(treemap, Priority.ALWAYS);
        return new VBox(title, treemap);
    }

    /**
     * Both revisions of the unit in one treemap: a tile per header sized by the larger of its two areas, coloured by
     * what the change did to it, labelled with its signed delta.
     */
    private VBox deltaMap() {
        TreemapView<HeaderNode> treemap = new TreemapView<>();
        treemap.setId("treemapDelta");
        treemap.setChildrenFunction(HeaderNode::children);
        treemap.setWeightFunction(HeaderNode::weight);
        treemap.setLabelFunction(HeaderNode::label);
        // Only a change is labelled: a map of zeros would hide the few tiles that moved.
        treemap.setSizeLabelFunction(n -> vm.changeOf(n.path()).filter(d -> d.self().delta() != 0)
                .map(d -> signed(d.self().delta())).orElse(""));
        treemap.setFillFunction(DeltaColours.of(vm::changeOf));
        treemap.setTooltipFunction(n -> n.path() + vm.changeOf(n.path()).map(d -> "\n" + figure(d.self())
                + (d.presence().marker().isEmpty() ? "" : "  [" + d.presence().marker() + "]")).orElse(""));
        treemap.setOnZoomIn(vm::zoomDeltaIn);
        treemap.setOnZoomOut(vm::zoomDeltaOut);
        treemap.rootProperty().bind(vm.deltaDisplayRootProperty());
        treemap.selectedItemProperty().addListener((o, a, node) -> {
            if (node != null && node.isHeader()) {
                vm.selectKey(node.path());
            }
        });
        // The delta map's paths are the keys, so the selected key finds its tile.
        vm.selectedKeyProperty().addListener((o, a, key) -> treemap.setSelectedItem(inDeltaMap(
                vm.deltaMapProperty().get(), key)));
        vm.deltaMapProperty().addListener((o, a, map) -> treemap.setSelectedItem(inDeltaMap(map,
                vm.selectedKeyProperty().get())));
        Runnable highlight = () -> {
            var c = vm.comparisonProperty().get();
            var hitsA = vm.beforeMap().searchMatchesProperty().get();
            var hitsB = vm.afterMap().searchMatchesProperty().get();
            treemap.setHighlight(c == null || (hitsA.isEmpty() && hitsB.isEmpty()) ? null : n -> n.isHeader()
                    && (hitsA.contains(CompareViewModel.pathIn(c.before(), n.path()))
                    || hitsB.contains(CompareViewModel.pathIn(c.after(), n.path()))));
        };
        vm.beforeMap().searchMatchesProperty().addListener((o, a, hits) -> highlight.run());
        vm.afterMap().searchMatchesProperty().addListener((o, a, hits) -> highlight.run());
        Label title = new Label();
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var c = vm.comparisonProperty().get();
            String unit = vm.scopeProperty().get();
            if (c == null) {
                return "A → B";
            }
            return c.delta().beforeLabel() + " → " + c.delta().afterLabel() + (unit == null
                    ? "  ·  pick a unit to see its delta map" : "  ·  " + unit + "  ·  area: the larger of before and after");
        }, vm.comparisonProperty(), vm.scopeProperty()));
        title.setPadding(new Insets(2, 6, 2, 6));
        VBox.setVgrow(treemap, Priority.ALWAYS);
        return new VBox(title, treemap);
    }

    private static HeaderNode inDeltaMap(HeaderNode map, String key) {
        return map == null || key == null ? null : CompareViewModel.find(map, key);
    }

    private TableView<DeltaRow> deltaTable() {
        TableView<DeltaRow> table = new TableView<>(vm.rows());
        table.setId("deltaTable");
        table.getColumns().add(column("header", 320, r -> r.key()));
        table.getColumns().add(column("before", 90, r -> Formats.bytes(r.before())));
        table.getColumns().add(column("after", 90, r -> Formats.bytes(r.after())));
        table.getColumns().add(column("delta", 90, r -> signed(r.delta())));
        table.getColumns().add(column("delta %", 70, r -> percent(r.before(), r.after())));
        table.getColumns().add(column("", 50, DeltaRow::marker));
        table.setRowFactory(t -> new DeltaTableRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectKey(row.key());
            }
        });
        vm.selectedKeyProperty().addListener((o, a, key) -> {
            DeltaRow shown = table.getSelectionModel().getSelectedItem();
            if (key != null && (shown == null || !shown.key().equals(key))) {
                vm.rows().stream().filter(r -> r.key().equals(key)).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                });
            }
        });
        return table;
    }

    private ListView<String> changes() {
        ListView<String> list = new ListView<>();
        list.setId("headerChanges");
        vm.selectedHeaderProperty().addListener((o, a, h) -> list.getItems().setAll(h == null
                ? List.of("Select a header in a treemap or the table.") : describe(h)));
        return list;
    }

    /** What changed in one header, one line each. */
    static List<String> describe(HeaderDelta h) {
        List<String> out = new ArrayList<>();
        out.add(h.key() + (h.presence().marker().isEmpty() ? "" : "  [" + h.presence().marker() + "]"));
        out.add("own bytes " + figure(h.self()) + "; inclusive " + figure(h.inclusive()) + "; retained over units "
                + figure(h.retained()) + "; units " + h.unitsBefore() + " → " + h.unitsAfter());
        for (DeclarationChange d : h.declarations()) {
            out.add(String.format(Locale.ROOT, "%+d %s (%d → %d)", d.delta(),
                    d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), d.before(), d.after()));
        }
        h.inlineBodiesRemoved().forEach(n -> out.add("− inline body " + n));
        h.inlineBodiesAdded().forEach(n -> out.add("+ inline body " + n));
        h.includesRemoved().forEach(i -> out.add("− #include " + i.spelled()));
        h.includesAdded().forEach(i -> out.add("+ #include " + i.spelled()));
        return out;
    }

    private TableView<ModuleLoadDelta> budgetTable() {
        TableView<ModuleLoadDelta> table = new TableView<>(vm.budget());
        table.setId("budgetTable");
        table.getColumns().add(column("module", 160, ModuleLoadDelta::namespace));
        table.getColumns().add(column("headers before", 100, m -> Formats.bytes(m.header().before())));
        table.getColumns().add(column("headers after", 100, m -> Formats.bytes(m.header().after())));
        table.getColumns().add(column("delta", 90, m -> signed(m.header().delta())));
        table.getColumns().add(column("generated", 90, m -> Formats.bytes(m.generated().after())));
        table.getColumns().add(column("codegen", 90, m -> Formats.bytes(m.codegen().after())));
        table.getColumns().add(column("at load before", 110, m -> Formats.bytes(m.atLoad().before())));
        table.getColumns().add(column("at load after", 110, m -> Formats.bytes(m.atLoad().after())));
        table.getColumns().add(column("", 50, m -> m.presence().marker()));
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }

    static String signed(long bytes) {
        return bytes == 0 ? "0" : (bytes > 0 ? "+" : "−") + Formats.bytes(Math.abs(bytes));
    }

    private static String percent(long before, long after) {
        if (before == 0) {
            return after == 0 ? "" : "new";
        }
        return String.format(Locale.ROOT, "%+.1f%%", 100.0 * (after - before) / before);
    }

    private static String figure(SizeDelta d) {
        return Formats.bytes(d.before()) + " → " + Formats.bytes(d.after()) + " (" + signed(d.delta()) + ")";
    }

    /** Growth red, shrink green, as bloaty's readers expect. */
    private static final class DeltaTableRow extends javafx.scene.control.TableRow<DeltaRow> {
        private final SimpleObjectProperty<DeltaRow> shown = new SimpleObjectProperty<>();

        @Override
        protected void updateItem(DeltaRow row, boolean empty) {
            super.updateItem(row, empty);
            shown.set(row);
            getStyleClass().removeAll("delta-grew", "delta-shrank");
            if (!empty && row != null && row.delta() != 0) {
                getStyleClass().add(row.delta() > 0 ? "delta-grew" : "delta-shrank");
            }
        }
    }
}
