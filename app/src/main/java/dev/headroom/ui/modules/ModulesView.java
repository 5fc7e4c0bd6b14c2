// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.modules;

import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.ui.ExplorerState;
import dev.headroom.ui.Formats;
import dev.headroom.ui.control.treemap.FlagGlyph;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The modules pane: every unit with its bar against the JIT budget, the budget field and the what-if controls. */
public final class ModulesView extends VBox {
    private final ModulesViewModel vm;

    public ModulesView(ModulesViewModel vm, ExplorerState state) {
        super(6);
        this.vm = vm;
        ListView<UnitRow> list = new ListView<>(vm.units());
        list.setId("units");
        list.setCellFactory(v -> new UnitCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectUnit(row.name());
            }
        });
        Runnable follow = () -> list.getItems().stream().filter(r -> r.unit() == state.selectedUnitProperty().get())
                .findFirst().ifPresent(r -> list.getSelectionModel().select(r));
        state.selectedUnitProperty().addListener((o, a, unit) -> follow.run());
        vm.units().addListener((ListChangeListener<UnitRow>) c -> follow.run());
        VBox.setVgrow(list, Priority.ALWAYS);

        Label title = new Label("Modules");
        title.getStyleClass().add("pane-title");
        setPadding(new Insets(6));
        setMinWidth(180);
        // The controls sit above the list and the texts below it, so a summary that grows never moves a control.
        getChildren().addAll(title, budgetRow(), whatIfRow(), list, summary());
    }

    /** The budget field: the workspace's limit, or the user's override of it with a way back. */
    private VBox budgetRow() {
        TextField budget = new TextField();
        budget.setId("budget");
        budget.setPrefColumnCount(6);
        Runnable show = () -> budget.setText(String.format(Locale.ROOT, "%.0f", vm.budgetMegabytesProperty().get()));
        show.run();
        vm.budgetMegabytesProperty().addListener((o, a, b) -> show.run());
        budget.setOnAction(e -> apply(budget));
        budget.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                apply(budget);
            }
        });
        Button back = new Button("↺");
        back.setId("clearBudgetOverride");
        back.setTooltip(new Tooltip("Use the workspace's own limit again"));
        back.visibleProperty().bind(vm.budgetOverriddenProperty());
        back.managedProperty().bind(vm.budgetOverriddenProperty());
        back.setOnAction(e -> vm.clearBudgetOverride());
        HBox field = new HBox(6, new Label("JIT budget"), budget, new Label("MB"), back);
        field.setAlignment(Pos.CENTER_LEFT);
        Label source = new Label();
        source.setId("budgetSource");
        source.getStyleClass().add("dim");
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        Runnable explain = () -> source.setText(vm.budgetOverriddenProperty().get() ? "override, set here"
                : vm.budgetSourceProperty().get().isEmpty() ? "" : "limit from " + vm.budgetSourceProperty().get());
        explain.run();
        vm.budgetSourceProperty().addListener((o, a, b) -> explain.run());
        vm.budgetOverriddenProperty().addListener((o, a, b) -> explain.run());
        return new VBox(2, field, source);
    }

    private void apply(TextField field) {
        try {
            double mb = Double.parseDouble(field.getText().strip());
            if (mb != vm.budgetMegabytesProperty().get()) {
                vm.overrideBudget(mb);
            }
            field.getStyleClass().remove("invalid");
        } catch (IllegalArgumentException e) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        }
    }

    private VBox whatIfRow() {
        CheckBox lazy = new CheckBox("Lazy loading");
        lazy.setId("lazyLoading");
        lazy.setTooltip(new Tooltip("What-if: load only the entry module and what it requires at start-up"));
        lazy.setOnAction(e -> vm.toggleLazyLoading());
        CheckBox incremental = new CheckBox("Incremental JIT");
        incremental.setId("incrementalJit");
        incremental.setTooltip(new Tooltip("What-if (estimated): each module builds only the header declarations it"
                + " uses and their closure; counting uses parses each module once more"));
        incremental.setOnAction(e -> vm.toggleIncremental());
        vm.scenarioProperty().addListener((o, a, s) -> incremental.setSelected(s.incremental()));
        vm.countingProperty().addListener((o, a, busy) -> incremental.setSelected(busy
                || vm.scenarioProperty().get().incremental()));
        incremental.disableProperty().bind(vm.whatIfsAvailableProperty().not().or(vm.countingProperty()));
        Button reset = new Button("Reset what-ifs");
        reset.setId("resetWhatIfs");
        reset.setOnAction(e -> vm.resetWhatIfs());
        vm.scenarioProperty().addListener((o, a, s) -> lazy.setSelected(s.lazy()));
        lazy.disableProperty().bind(vm.whatIfsAvailableProperty().not());
        reset.disableProperty().bind(vm.whatIfsAvailableProperty().not()
                .or(vm.scenarioProperty().isEqualTo(JitScenario.AS_IS)));
        HBox row = new HBox(6, lazy, reset);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, incremental);
    }

    private VBox summary() {
        Label summary = new Label();
        summary.setId("budgetSummary");
        summary.setWrapText(true);
        // A wrapping label in a VBox only grows to its wrapped height when its minimum follows its preference.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.budgetSummaryProperty());
        Label why = new Label();
        why.setId("whatIfExplanation");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.getStyleClass().add("dim");
        why.textProperty().bind(vm.whatIfExplanationProperty());
        why.visibleProperty().bind(vm.whatIfExplanationProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        return new VBox(4, summary, why);
    }

    /**
     * A unit's name and estimated cost, with a bar of that cost against the budget; a jank module's menu compiles
     * it ahead of time in the what-if.
     */
    private final class UnitCell extends ListCell<UnitRow> {
        private final Label name = new Label();
        private final Label cost = new Label();
        private final HBox fill = new HBox();
        private final StackPane bar = new StackPane(fill);
        private final VBox box = new VBox(2, name, bar, cost);
        private final Tooltip breakdown = new Tooltip();

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
            Tooltip.install(bar, breakdown);
        }

        @Override
        protected void updateItem(UnitRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText(row.name());
            // Flagged as the module's tile is, with the same reason.
            String why = vm.whatIfMarksProperty().get().moduleReason(row.name()).orElse(null);
            name.setGraphic(why == null ? null : FlagGlyph.create());
            name.setTooltip(why == null ? null : new Tooltip(why));
            name.getStyleClass().remove("what-if-flagged");
            if (why != null) {
                name.getStyleClass().add("what-if-flagged");
            }
            double share = row.budgetShare();
            if (!row.loaded()) {
                cost.setText(row.leftOut() + " · not in the JIT");
            } else {
                // "at load" takes the room "of budget" had, which the pane's minimum width cannot give both.
                // The budget runs on the bundled estimates (decision 0019), and says so.
                cost.setText("est. " + Formats.bytes(row.estimatedBytes()) + (row.jankModule() ? " at load · " : " · ")
                        + String.format(Locale.ROOT, "%.1f%%", share * 100) + (row.jankModule() ? "" : " of budget"));
            }
            fill.prefWidthProperty().bind(bar.widthProperty().multiply(Math.min(1, Math.max(0.004, share))));
            fill.getChildren().clear();
            StringBuilder tip = new StringBuilder();
            for (UnitRow.Part part : row.parts()) {
                Region segment = new Region();
                segment.getStyleClass().addAll("budget-part", "budget-part-" + part.kind().name().toLowerCase(Locale.ROOT));
                if (row.overBudget()) {
                    segment.getStyleClass().add("over-budget");
                }
                double ofRow = row.estimatedBytes() == 0 ? 0 : (double) part.bytes() / row.estimatedBytes();
                segment.prefWidthProperty().bind(fill.prefWidthProperty().multiply(ofRow));
                segment.setMinWidth(0);
                fill.getChildren().add(segment);
                tip.append(tip.isEmpty() ? "" : "\n").append(Formats.bytes(part.bytes())).append("  ").append(part.kind().title());
            }
            breakdown.setText(tip.isEmpty() ? row.name() : tip.toString());
            setGraphic(box);
        }
    }
}
