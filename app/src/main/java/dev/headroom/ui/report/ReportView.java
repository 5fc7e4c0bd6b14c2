// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.report;

import dev.headroom.analysis.HeaderReport;
import dev.headroom.ui.Formats;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The report's rankings over all modules in one tab: headers, include lines to cut, hubs, cycles. Choosing a row
 * shows its header in the treemap.
 */
public final class ReportView extends VBox {
    public ReportView(ReportViewModel vm) {
        super(4);
        setPadding(new Insets(4, 0, 0, 0));
        TableView<HeaderReport.HeaderRow> headers = headers(vm);
        TableView<HeaderReport.EdgeRow> edges = edges(vm);
        TableView<HeaderReport.HubRow> hubs = hubs(vm);
        TableView<ReportViewModel.Cycle> cycles = cycles(vm);
        StackPane tables = new StackPane(headers, edges, hubs, cycles);
        VBox.setVgrow(tables, Priority.ALWAYS);
        ToggleButton headersButton = choice("Headers", "reportHeaders", headers, tables);
        SegmentedButton kinds = new SegmentedButton(headersButton,
                choice("Include lines to cut", "reportEdges", edges, tables),
                choice("Hubs", "reportHubs", hubs, tables),
                choice("Cycles", "reportCycles", cycles, tables));
        headersButton.setSelected(true);
        showOnly(headers, tables);
        // The choices keep their width; the summary beside them gives way.
        kinds.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setMinWidth(0);
        status.getStyleClass().add("dim");
        status.textProperty().bind(vm.statusProperty());
        HBox top = new HBox(12, kinds, status);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(top, tables);
    }

    private static ToggleButton choice(String text, String id, TableView<?> table, StackPane tables) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                showOnly(table, tables);
            } else if (button.getToggleGroup() != null && button.getToggleGroup().getSelectedToggle() == null) {
                button.setSelected(true); // one ranking is always on screen
            }
        });
        return button;
    }

    private static void showOnly(TableView<?> table, StackPane tables) {
        tables.getChildren().forEach(n -> n.setVisible(n == table));
    }

    private static TableView<HeaderReport.HeaderRow> headers(ReportViewModel vm) {
        TableView<HeaderReport.HeaderRow> t = table("reportHeaderTable", vm.headers(), "No headers");
        t.getColumns().addAll(List.of(text("header", r -> Formats.fileName(r.path()), 220), text("library",
                ReportViewModel::library, 110), bytes("self", HeaderReport.HeaderRow::self),
                bytes("inclusive", HeaderReport.HeaderRow::inclusive),
                bytes("largest retained", HeaderReport.HeaderRow::retained),
                text("in module", HeaderReport.HeaderRow::retainedIn, 120), count("modules", r -> r.units()),
                count("inline bodies", r -> r.inlineBodies()), text("path", HeaderReport.HeaderRow::path, 420)));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.show(r.path(), r.retainedIn());
            }
        });
        return t;
    }

    private static TableView<HeaderReport.EdgeRow> edges(ReportViewModel vm) {
        TableView<HeaderReport.EdgeRow> t = table("reportEdgeTable", vm.edges(), "No include lines");
        t.getColumns().addAll(List.of(text("include line", r -> Formats.fileName(r.includer()) + ":" + r.line(), 200),
                text("includes", r -> Formats.fileName(r.target()), 200),
                bytes("saved if cut, all modules", HeaderReport.EdgeRow::cut),
                bytes("largest in one module", HeaderReport.EdgeRow::largestCut), count("modules", r -> r.units()),
                text("includer", HeaderReport.EdgeRow::includer, 420)));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.show(r.target(), null);
            }
        });
        return t;
    }

    private static TableView<HeaderReport.HubRow> hubs(ReportViewModel vm) {
        TableView<HeaderReport.HubRow> t = table("reportHubTable", vm.hubs(), "No hubs");
        t.getColumns().addAll(List.of(text("header", r -> Formats.fileName(r.path()), 220),
                count("included from", r -> r.fanIn()), bytes("inclusive", HeaderReport.HubRow::inclusive),
                bytes("score (fan-in × inclusive)", HeaderReport.HubRow::score),
                text("path", HeaderReport.HubRow::path, 420)));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.show(r.path(), null);
            }
        });
        return t;
    }

    private static TableView<ReportViewModel.Cycle> cycles(ReportViewModel vm) {
        TableView<ReportViewModel.Cycle> t = table("reportCycleTable", vm.cycles(),
                "No include cycles: every header's includes form a tree of guards");
        t.getColumns().addAll(List.of(count("files", c -> c.files().size()), text("cycle", c -> c.files().stream()
                .map(Formats::fileName).collect(Collectors.joining(" → ")) + " → "
                + Formats.fileName(c.files().get(0)), 700)));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                vm.show(c.files().get(0), null);
            }
        });
        return t;
    }

    private static <R> TableView<R> table(String id, ObservableList<R> rows, String empty) {
        SortedList<R> sorted = new SortedList<>(rows);
        TableView<R> t = new TableView<>(sorted);
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setId(id);
        t.setPlaceholder(new Label(empty));
        return t;
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <R> TableColumn<R, Long> bytes(String title, ToLongFunction<R> value) {
        TableColumn<R, Long> c = number(title, value);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.bytes(v));
            }
        });
        c.setPrefWidth(130);
        return c;
    }

    private static <R> TableColumn<R, Long> count(String title, ToLongFunction<R> value) {
        TableColumn<R, Long> c = number(title, value);
        c.setPrefWidth(90);
        return c;
    }

    private static <R> TableColumn<R, Long> number(String title, ToLongFunction<R> value) {
        TableColumn<R, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.applyAsLong(f.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
