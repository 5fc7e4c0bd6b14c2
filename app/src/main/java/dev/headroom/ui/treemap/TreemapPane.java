// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.ui.Formats;
import dev.headroom.ui.control.treemap.TreemapView;
import dev.headroom.ui.modules.ModulesViewModel;
import dev.headroom.ui.modules.WhatIfMenus;
import dev.headroom.ui.refactor.RefactorMenus;
import dev.headroom.ui.refactor.RefactorViewModel;
import dev.headroom.ui.session.SessionViewModel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.BreadCrumbBar;

/**
 * The treemap with its breadcrumb: tiles drawn from the view model's zoomed tree, selection shared through the
 * explorer state, a tile's menu offering the JIT what-ifs and the refactors of its header, a mark on every header
 * the refactor plan changes and a flag on every header and module the JIT what-if changes.
 */
public final class TreemapPane extends VBox {
    private final TreemapViewModel vm;
    private final TreemapView<HeaderNode> treemap = new TreemapView<>();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    /** The tile the context menu was opened on. */
    private HeaderNode contextTile;

    public TreemapPane(TreemapViewModel vm, ModulesViewModel modules, SessionViewModel session,
            RefactorViewModel refactor) {
        this.vm = vm;
        treemap.setId("treemap");
        treemap.setChildrenFunction(HeaderNode::children);
        treemap.setWeightFunction(HeaderNode::weight);
        treemap.setLabelFunction(HeaderNode::label);
        treemap.setSizeLabelFunction(n -> sizeLabel(vm.sizeByProperty().get(), n));
        // The size text follows the metric; a new function makes the skin place the labels again.
        vm.sizeByProperty().addListener((o, a, b) -> treemap.setSizeLabelFunction(n -> sizeLabel(b, n)));
        treemap.setTooltipFunction(n -> TileDescriptions.tooltip(n, vm.sizeByProperty().get(),
                vm.state().measuredTimesProperty().get()) + vm.figureSource(n).map(from -> "\n" + from).orElse("")
                + modules.whatIfMarksProperty().get().reason(n).map(why -> "\n" + why).orElse(""));
        treemap.setOnZoomIn(vm::zoomIn);
        treemap.setOnZoomOut(vm::zoomOut);
        treemap.rootProperty().bind(vm.displayRootProperty());
        treemap.selectedItemProperty().addListener((o, a, node) -> {
            if (node != vm.state().selectedProperty().get()) {
                vm.select(node);
            }
        });
        vm.state().selectedProperty().addListener((o, a, node) -> treemap.setSelectedItem(node));
        vm.searchMatchesProperty().addListener((o, a, hits) -> treemap.setHighlight(
                hits.isEmpty() ? null : n -> n.isHeader() && hits.contains(n.path())));
        vm.colourByProperty().addListener((o, a, b) -> refreshColours());
        vm.treeProperty().addListener((o, a, b) -> refreshColours());
        dark.addListener((o, a, b) -> refreshColours());
        refreshColours();
        // A filter, so the tile under the pointer is known before the control's own handler opens the menu.
        treemap.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            contextTile = treemap.itemAt(e.getX(), e.getY()).orElse(null);
            if (contextTile != null) {
                vm.select(contextTile);
            }
        });
        javafx.scene.control.ContextMenu menu = WhatIfMenus.precompiledHeader(modules, () -> contextTile);
        RefactorMenus.addTo(menu, refactor, () -> contextTile);
        treemap.setContextMenu(menu);
        refactor.touchedProperty().addListener((o, a, paths) -> treemap.setMarked(
                paths.isEmpty() ? null : n -> n.isHeader() && paths.contains(n.path())));
        modules.whatIfMarksProperty().addListener((o, a, marks) -> treemap.setFlagged(marks.any() ? marks::marks : null));

        Label empty = new Label();
        empty.getStyleClass().add("dim");
        empty.setId("treemapEmpty");
        empty.textProperty().bind(Bindings.when(session.runningProperty())
                .then(session.headlineProperty()).otherwise("Open a workspace: File → Open, or drop files here."));
        empty.visibleProperty().bind(vm.displayRootProperty().isNull());
        StackPane stack = new StackPane(treemap, empty);
        VBox.setVgrow(stack, Priority.ALWAYS);
        getChildren().addAll(crumbs(session), stack);
    }

    /**
     * A tile's size text: its area, except a group of flat tiles, whose areas overlap (each header with all it
     * brings) and add up to more than the group: that one shows its real total and says so.
     */
    static String sizeLabel(dev.headroom.analysis.SizeMetric metric, HeaderNode n) {
        if (!n.isHeader() && n.weight() > n.inclusive()) {
            return Formats.of(metric, n.inclusive()) + " · tiles overlap";
        }
        return Formats.of(metric, n.weight());
    }

    /** Whether tiles are drawn as cushions rather than flat. */
    public BooleanProperty cushionsProperty() {
        return treemap.cushionsProperty();
    }

    /** Whether tiles are coloured for the dark theme. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /**
     * A picture of the treemap as it is on screen, its pixels row by row (ARGB); taken on the FX thread, encoded
     * elsewhere.
     */
    public Picture picture() {
        javafx.scene.image.WritableImage image = treemap.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                argb, 0, width);
        return new Picture(width, height, argb);
    }

    /** Pixels of a snapshot. */
    public record Picture(int width, int height, int[] argb) {
    }

    /** Gives the treemap the keyboard focus. */
    public void focusTreemap() {
        treemap.requestFocus();
    }

    /**
     * A crumb's label: the tile's, or with its folder when a neighbouring crumb has the same one (libstdc++'s
     * {@code math.h} including glibc's reads "12/math.h › include/math.h", not "math.h › math.h").
     */
    static String crumbLabel(javafx.scene.control.TreeItem<HeaderNode> item) {
        HeaderNode node = item.getValue();
        boolean clash = (item.getParent() != null && item.getParent().getValue() != null
                && item.getParent().getValue().label().equals(node.label()))
                || item.getChildren().stream().anyMatch(c -> c.getValue() != null
                && c.getValue().label().equals(node.label()));
        return clash && node.isHeader() ? qualified(node.path()) : node.label();
    }

    /** The file name with the folder holding it: {@code include/math.h}. */
    static String qualified(String path) {
        int slash = path.lastIndexOf('/');
        int before = slash > 0 ? path.lastIndexOf('/', slash - 1) : -1;
        return before >= 0 ? path.substring(before + 1) : path;
    }

    private HBox crumbs(SessionViewModel session) {
        BreadCrumbBar<HeaderNode> breadcrumb = new BreadCrumbBar<>();
        breadcrumb.setId("breadcrumb");
        breadcrumb.setAutoNavigationEnabled(false);
        breadcrumb.setCrumbFactory(item -> new BreadCrumbBar.BreadCrumbButton(
                item.getValue() == null ? "" : crumbLabel(item)));
        breadcrumb.setOnCrumbAction(e -> vm.zoomTo(e.getSelectedCrumb().getValue()));
        vm.zoomPath().addListener((ListChangeListener<HeaderNode>) c -> {
            List<HeaderNode> path = List.copyOf(vm.zoomPath());
            breadcrumb.setSelectedCrumb(path.isEmpty() ? null : BreadCrumbBar.buildTreeModel(path.toArray(HeaderNode[]::new)));
        });
        Button up = new Button("Zoom out");
        up.setId("zoomOut");
        up.setOnAction(e -> vm.zoomOut());
        up.disableProperty().bind(Bindings.size(vm.zoomPath()).lessThan(2));
        breadcrumb.setMinHeight(24);
        HBox.setHgrow(breadcrumb, Priority.ALWAYS);
        // Over a partial treemap: which part of the workspace it is.
        Label analysing = new Label();
        analysing.setId("analysingNote");
        analysing.getStyleClass().add("analysing");
        analysing.textProperty().bind(session.headlineProperty());
        analysing.visibleProperty().bind(vm.state().partialProperty());
        analysing.managedProperty().bind(analysing.visibleProperty());
        analysing.setMinWidth(Label.USE_PREF_SIZE);
        HBox crumbs = new HBox(6, breadcrumb, analysing, up);
        crumbs.setAlignment(Pos.CENTER_LEFT);
        crumbs.setPadding(new Insets(4, 6, 4, 6));
        return crumbs;
    }

    private void refreshColours() {
        TileColours colours = new TileColours(vm.colourByProperty().get(), dark.get(), vm.treeProperty().get(),
                vm.state().analysed() == null ? null : vm.state().analysed().workspace().root(), TileColours.filesOf(vm));
        treemap.setFillFunction(colours::of);
    }
}
