// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.table;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.SourceFile;
import dev.headroom.ui.Formats;
import dev.headroom.ui.modules.ModulesViewModel;
import dev.headroom.ui.modules.WhatIfMenus;
import dev.headroom.ui.treemap.TreemapViewModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The header table below the treemap: the same tree as rows, with every figure as a sortable column, a path filter,
 * and selection shared with the treemap through the explorer state.
 */
public final class HeaderTableView extends VBox {
    private final TreemapViewModel vm;
    private final TreeTableView<HeaderNode> table = new TreeTableView<>();
    private final TextField filter = new TextField();
    private Map<HeaderNode, TreeItem<HeaderNode>> rowsByNode = new IdentityHashMap<>();
    /** Set while the table follows the state, so following is not taken for the user's choice. */
    private boolean following;

    public HeaderTableView(TreemapViewModel vm, ModulesViewModel modules) {
        super(4);
        this.vm = vm;
        table.setId("headerTable");
        table.setRowFactory(t -> {
            TreeTableRow<HeaderNode> row = new TreeTableRow<>();
            row.setContextMenu(WhatIfMenus.precompiledHeader(modules, row::getItem));
            return row;
        });
        table.setShowRoot(true);
        // Unconstrained: squeezing eleven columns into the pane cut every figure to "1.2…"; a scroll bar reads better.
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        addColumns();
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!following && item != null && item.getValue() != vm.state().selectedProperty().get()) {
                vm.select(item.getValue());
            }
        });
        table.setOnKeyPressed(e -> {
            TreeItem<HeaderNode> item = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                vm.zoomIn(item.getValue());
            }
        });
        vm.treeProperty().addListener((o, a, b) -> rebuild());
        vm.sizeByProperty().addListener((o, a, b) -> table.refresh());
        vm.state().selectedProperty().addListener((o, a, node) -> selectRow(node));
        filter.setId("tableFilter");
        filter.setPromptText("Filter headers by path");
        filter.textProperty().addListener((o, a, b) -> rebuild());
        setPadding(new Insets(4));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filter, table);
    }

    private void addColumns() {
        TreeTableColumn<HeaderNode, String> name = new TreeTableColumn<>("Header");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().label()));
        name.setPrefWidth(260);
        table.getColumns().add(name);
        table.getColumns().add(column("Self", HeaderNode::self, true));
        table.getColumns().add(column("Inclusive", HeaderNode::inclusive, true));
        table.getColumns().add(column("Retained", HeaderNode::retained, true));
        table.getColumns().add(measuredColumn());
        table.getColumns().add(column("Declarations", n -> n.file() == null ? 0
                : n.file().declarations().values().stream().mapToLong(Integer::longValue).sum(), false));
        table.getColumns().add(column("Types", n -> n.file() == null ? 0 : n.file().typeDeclarations(), false));
        table.getColumns().add(column("Functions", n -> n.file() == null ? 0
                : n.file().declarations(DeclarationKind.FUNCTION_DECLARATION), false));
        table.getColumns().add(column("Inline bodies", n -> n.file() == null ? 0 : n.file().inlineBodies(), false));
        table.getColumns().add(column("Macros", n -> n.file() == null ? 0
                : n.file().declarations(DeclarationKind.MACRO_DEFINITION), false));
        table.getColumns().add(column("Fan-in", HeaderNode::fanIn, false));
        table.getColumns().add(column("Units reaching", n -> n.file() == null ? 0 : n.file().unitsReaching(), false));
    }

    private TreeTableColumn<HeaderNode, Long> measuredColumn() {
        TreeTableColumn<HeaderNode, Long> measured = new TreeTableColumn<>("Measured");
        measured.setId("measuredColumn");
        measured.setCellValueFactory(c -> {
            HeaderNode n = c.getValue().getValue();
            MeasuredHeaderTime t = n.isHeader() ? vm.state().measuredTimesProperty().get().get(n.path()) : null;
            return new ReadOnlyObjectWrapper<>(t == null ? null : t.selfMicros());
        });
        measured.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Long v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.millis(v));
            }
        });
        measured.getStyleClass().add("number");
        measured.setPrefWidth(84);
        measured.setMinWidth(72);
        measured.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.state().measuredTimesProperty().get().isEmpty(), vm.state().measuredTimesProperty()));
        return measured;
    }

    /** Kinds that declare a type: what a forward declaration could stand in for. */
    private TreeTableColumn<HeaderNode, Long> column(String title, ToLongFunction<HeaderNode> value, boolean inMetric) {
        TreeTableColumn<HeaderNode, Long> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue().getValue())));
        column.setCellFactory(c -> new TreeTableCell<>() {
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

    private void rebuild() {
        HeaderNode tree = vm.treeProperty().get();
        rowsByNode = new IdentityHashMap<>();
        if (tree == null) {
            table.setRoot(null);
            return;
        }
        String text = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
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
            boolean matches = text.isEmpty() || (n.path() != null && n.path().toLowerCase(Locale.ROOT).contains(text));
            if (matches || !kids.isEmpty() || n == tree) {
                TreeItem<HeaderNode> item = new TreeItem<>(n);
                item.getChildren().setAll(kids);
                item.setExpanded(!text.isEmpty() || n == tree);
                built.put(n, item);
                rowsByNode.put(n, item);
            }
        }
        table.setRoot(built.get(tree));
        if (table.getSortOrder().isEmpty() && table.getColumns().size() > 3) {
            TreeTableColumn<HeaderNode, ?> retained = table.getColumns().get(3);
            retained.setSortType(TreeTableColumn.SortType.DESCENDING);
            table.getSortOrder().add(retained);
        }
        table.sort();
        selectRow(vm.state().selectedProperty().get());
    }

    private void selectRow(HeaderNode node) {
        TreeItem<HeaderNode> item = node == null ? null : rowsByNode.get(node);
        boolean was = following;
        following = true;
        try {
            if (item == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<HeaderNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            table.getSelectionModel().select(item);
            int row = table.getRow(item);
            if (row >= 0) {
                table.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            following = was;
        }
    }
}
