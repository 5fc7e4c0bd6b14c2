// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.session.CompareRequest;
import dev.headroom.ui.Formats;
import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The refactor panel beside the treemap: the suggestions (kind, header, estimated saving over the units it changes;
 * what stays and why for the selected one) above the plan (its steps in order with their estimated and measured
 * savings, undo, redo, remove; the total, the JIT peak and each unit before and after) and the plan's commands.
 */
public final class RefactorPanel extends SplitPane {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");

    /**
     * @param compare opens the compare window on a request (the window belongs to the shell, not to this panel)
     */
    public RefactorPanel(RefactorViewModel vm, Consumer<CompareRequest> compare) {
        setId("refactorPanel");
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(suggestions(vm), plan(vm, compare));
        setDividerPositions(0.45);
        // The plan's undo and redo answer the usual keys while focus is anywhere in the panel.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && vm.canUndoProperty().get()) {
                vm.undo();
                e.consume();
            } else if ((REDO.match(e) || REDO_Y.match(e)) && vm.canRedoProperty().get()) {
                vm.redo();
                e.consume();
            }
        });
    }


    private static VBox suggestions(RefactorViewModel vm) {
        Label title = heading("Suggestions");
        Button again = new Button("Find again");
        again.setId("suggestAgain");
        again.setOnAction(e -> vm.suggest());
        HBox head = row(title, again);
        Label state = wrapped(vm.suggestionsTextProperty());
        state.getStyleClass().add("dim");

        ListView<SuggestionRow> list = new ListView<>(vm.suggestions());
        list.setId("suggestions");
        list.setCellFactory(l -> new TwoLineCell<>(s -> s.kind() + "  " + s.header(),
                s -> Formats.bytes(s.savedBytes()) + " over " + s.units() + (s.units() == 1 ? " unit" : " units")
                        + " (estimated)", SuggestionRow::title));
        list.setPrefHeight(140);
        VBox.setVgrow(list, Priority.ALWAYS);

        TextArea why = new TextArea();
        why.setId("suggestionBlockers");
        why.setEditable(false);
        why.setWrapText(true);
        why.setPrefRowCount(2);
        why.setPromptText("Select a suggestion to see what stays and why.");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> why.setText(s == null ? ""
                : s.title() + (s.blockers().isEmpty() ? "\nNothing stays." : "\nStays (" + s.blockers().size() + "):\n"
                + String.join("\n", s.blockers()))));

        Button add = new Button("Add to plan");
        add.setId("addToPlan");
        add.setDefaultButton(false);
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> vm.add(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                vm.add(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox box = new VBox(4, head, state, list, why, add);
        box.setPadding(new Insets(6));
        return box;
    }

    private static VBox plan(RefactorViewModel vm, Consumer<CompareRequest> compare) {
        Label title = heading("Plan");
        ListView<StepRow> steps = new ListView<>(vm.steps());
        steps.setId("planSteps");
        steps.setCellFactory(l -> new TwoLineCell<>(s -> s.number() + ". " + s.kind() + "  " + s.header(),
                s -> "estimated " + (s.predicted() == null ? "…" : Formats.bytes(s.predicted()))
                        + (s.measured() == null ? "" : " · measured " + Formats.bytes(s.measured())),
                s -> s.title() + (s.blockers().isEmpty() ? "" : "\nStays: " + String.join("\n", s.blockers()))));
        steps.setPrefHeight(90);
        steps.setMinHeight(50);
        // The units the plan changes get the room a tall window has; the steps list scrolls beyond a few.
        steps.setMaxHeight(180);
        VBox.setVgrow(steps, Priority.SOMETIMES);
        steps.setPlaceholder(new Label("No step yet"));

        Button undo = new Button("Undo");
        undo.setId("undoPlan");
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        undo.setTooltip(new Tooltip("Undo the last change to the plan (" + UNDO.getDisplayText() + ")"));
        Button redo = new Button("Redo");
        redo.setId("redoPlan");
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        redo.setTooltip(new Tooltip("Redo it (" + REDO.getDisplayText() + ")"));
        Button remove = new Button("Remove");
        remove.setId("removeStep");
        remove.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(steps.getSelectionModel().getSelectedIndex()));
        Button arrange = new Button("Arrange…");
        arrange.setId("arrangeSplit");
        arrange.setTooltip(new Tooltip("Move the selected split's declarations between its pieces"));
        arrange.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            StepRow step = steps.getSelectionModel().getSelectedItem();
            return step == null || !step.kind().equals("split");
        }, steps.getSelectionModel().selectedItemProperty()));
        arrange.setOnAction(e -> {
            int index = steps.getSelectionModel().getSelectedIndex();
            StepRow step = steps.getSelectionModel().getSelectedItem();
            new SplitPiecesDialog(arrange.getScene().getWindow(), step.header(), vm.splitPieces(index),
                    vm.splitPieceUsers(index)).ask()
                    .ifPresent(pieces -> vm.rearrangeSplit(index, pieces));
        });
        HBox head = row(title, undo, redo, arrange, remove);

        Label predicted = wrapped(vm.predictedTextProperty());
        predicted.setId("predictedSaving");
        predicted.getStyleClass().add("estimate");
        Label jit = wrapped(vm.jitTextProperty());
        jit.setId("jitSaving");
        Label measured = wrapped(vm.measuredTextProperty());
        measured.setId("measuredSaving");
        // Green only for clang's figures: "not yet" and a failure must not read as a measurement.
        measured.getStyleClass().add("dim");
        vm.verifiedProperty().addListener((o, a, yes) -> measured.getStyleClass().setAll("label",
                yes ? "measured" : "dim"));

        TableView<ModuleRow> units = modules(vm);

        Button verify = command("Verify with clang", "verifyPlan", vm);
        verify.setOnAction(e -> vm.verify());
        verify.disableProperty().unbind();
        verify.disableProperty().bind(vm.predictedProperty().not().or(vm.verifyingProperty()));
        verify.setTooltip(new Tooltip("Apply the patch to a copy with git, compile what it touches with clang and"
                + " measure the affected units before and after"));
        Button preview = command("Preview patch", "previewPatch", vm);
        preview.setOnAction(e -> vm.previewPatch(text -> PatchPreview.show(preview.getScene().getWindow(), text)));
        Button export = command("Export…", "exportPatches", vm);
        export.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export the plan's patches to a folder outside the analysed tree");
            File folder = chooser.showDialog(export.getScene().getWindow());
            if (folder != null) {
                vm.export(folder.toPath());
            }
        });
        Button before = command("Compare before/after", "comparePlan", vm);
        before.setOnAction(e -> vm.compare(compare));
        before.setTooltip(new Tooltip("Open the compare window on the analysed tree (A) and the tree with the plan"
                + " applied (B), analysed as a real change would be"));
        GridPane commands = new GridPane();
        commands.setHgap(4);
        commands.setVgap(4);
        commands.addRow(0, verify, preview);
        commands.addRow(1, export, before);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            commands.getColumnConstraints().add(half);
        }

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        Label doing = new Label();
        doing.textProperty().bind(vm.progressTextProperty());
        doing.getStyleClass().add("dim");
        Button cancel = new Button("Cancel");
        cancel.setId("cancelRefactor");
        cancel.setOnAction(e -> vm.cancel());
        HBox progress = row(busy, doing, cancel);
        // Its row is kept while hidden: taking it back when a job starts would move the buttons above it from under
        // the pointer.
        progress.visibleProperty().bind(vm.runningProperty());

        VBox.setVgrow(units, Priority.ALWAYS);
        VBox box = new VBox(4, head, steps, predicted, jit, measured, units, commands, progress);
        box.setPadding(new Insets(6));
        return box;
    }

    private static TableView<ModuleRow> modules(RefactorViewModel vm) {
        TableView<ModuleRow> table = new TableView<>(vm.modules());
        table.setId("planModules");
        table.setPlaceholder(new Label("The units the plan changes show here"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ModuleRow, String> unit = column("Unit", ModuleRow::unit, 105);
        TableColumn<ModuleRow, String> ast = column("Est. AST", r -> "−" + Formats.bytes(r.astSaved()), 80);
        TableColumn<ModuleRow, String> peak = column("Est. peak", r -> "−" + Formats.bytes(r.peakBefore()
                - r.peakAfter()), 75);
        TableColumn<ModuleRow, String> measured = column("Measured", r -> r.measuredSaved() == null ? ""
                : "−" + Formats.bytes(r.measuredSaved()), 80);
        // The savings fit the narrow side; the figures they come from are a hover away.
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ModuleRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.unit() + "\nAST (estimated): "
                        + range(row.astBefore(), row.astAfter()) + "\nPeak (estimated): "
                        + range(row.peakBefore(), row.peakAfter()) + (row.measuredSaved() == null ? ""
                        : "\nAST saved as clang measured it: " + Formats.bytes(row.measuredSaved()))));
            }
        });
        table.getColumns().addAll(java.util.List.of(unit, ast, peak, measured));
        table.setPrefHeight(110);
        table.setMinHeight(70);
        return table;
    }

    /** Before and after in one short cell: {@code 6.0 → 5.5 MB}, the unit said once when both share it. */
    static String range(long before, long after) {
        String a = Formats.bytes(before);
        String b = Formats.bytes(after);
        int space = a.lastIndexOf(' ');
        return space > 0 && a.substring(space).equals(b.substring(b.lastIndexOf(' ')))
                ? a.substring(0, space) + " → " + b : a + " → " + b;
    }

    private static TableColumn<ModuleRow, String> column(String name, java.util.function.Function<ModuleRow, String> text,
            double width) {
        TableColumn<ModuleRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static Button command(String text, String id, RefactorViewModel vm) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        // Each needs the plan's estimate: until it is there they would only say "not yet".
        b.disableProperty().bind(vm.predictedProperty().not());
        return b;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        l.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(l, Priority.ALWAYS);
        return l;
    }

    private static Label wrapped(javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.visibleProperty().bind(Bindings.isNotEmpty(l.textProperty()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox h = new HBox(4, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /** A list cell of two lines, the second dimmer, with the whole text in a tooltip. */
    private static final class TwoLineCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> first;
        private final java.util.function.Function<T, String> second;
        private final java.util.function.Function<T, String> tip;
        private final Label top = new Label();
        private final Label bottom = new Label();
        private final VBox box = new VBox(1, top, bottom);
        private final Tooltip tooltip = new Tooltip();

        TwoLineCell(java.util.function.Function<T, String> first, java.util.function.Function<T, String> second,
                java.util.function.Function<T, String> tip) {
            this.first = first;
            this.second = second;
            this.tip = tip;
            bottom.getStyleClass().add("dim");
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                setText(null);
                return;
            }
            top.setText(first.apply(item));
            bottom.setText(second.apply(item));
            tooltip.setText(tip.apply(item));
            setText(null);
            setGraphic(box);
            setTooltip(tooltip);
        }
    }
}
