// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.settings;

import dev.headroom.session.WorkspaceSettings.Field;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The workspace settings dialog over {@link WorkspaceSettingsViewModel}: one field per setting with its problem
 * beneath it, Apply, Save and Cancel. It does not block the window, so the figures an Apply gives can be looked at
 * before choosing to Save; it closes when the view model stops showing (saved, cancelled, another workspace).
 */
public final class WorkspaceSettingsDialog {
    private static final List<String> STANDARDS = List.of("", "c++11", "c++14", "c++17", "c++20", "c++23", "gnu++17",
            "gnu++20", "c11", "c17", "gnu17");

    private final Stage stage = new Stage();
    private final WorkspaceSettingsViewModel vm;

    public WorkspaceSettingsDialog(Window owner, WorkspaceSettingsViewModel vm, List<String> stylesheets) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Workspace settings");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = add(grid, row, Field.INCLUDE_DIRS, "Include folders (-I)", list(Field.INCLUDE_DIRS,
                "one folder per line, relative to the project file's folder"));
        row = add(grid, row, Field.SYSTEM_INCLUDE_DIRS, "System include folders", list(Field.SYSTEM_INCLUDE_DIRS,
                "-isystem: their headers count as third-party"));
        row = add(grid, row, Field.DEFINES, "Defines (-D)", list(Field.DEFINES,
                "NAME=VALUE per line; NAME alone is 1, NAME= an empty macro"));
        row = add(grid, row, Field.STD, "Language standard", standard());
        add(grid, row, Field.PROJECT_FOLDERS, "Project folders", list(Field.PROJECT_FOLDERS,
                "folders whose headers are the project's own wherever they lie"));

        Label file = new Label();
        file.setId("settingsFile");
        file.textProperty().bind(vm.fileProperty());
        file.getStyleClass().add("dim");
        Label message = new Label();
        message.setId("settingsMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        Button apply = new Button("Apply");
        apply.setId("settingsApply");
        apply.setTooltip(new Tooltip("Analyse the workspace with these settings; nothing is written"));
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.apply());
        Button save = new Button("Save");
        save.setId("settingsSave");
        save.setDefaultButton(true);
        save.setTooltip(new Tooltip("Write these settings into the project file, then analyse"));
        save.disableProperty().bind(vm.canApplyProperty().not());
        save.setOnAction(e -> vm.save());
        Button cancel = new Button("Cancel");
        cancel.setId("settingsCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        ButtonBar.setButtonData(apply, ButtonBar.ButtonData.APPLY);
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(apply, save, cancel);

        VBox bottom = new VBox(8, message, buttons);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        BorderPane root = new BorderPane(grid, file, null, bottom, null);
        BorderPane.setMargin(file, new Insets(0, 0, 10, 0));
        root.setPadding(new Insets(14));
        root.getStyleClass().add("workspace-settings");
        root.setId("workspaceSettings");
        Scene scene = new Scene(root, 640, 500);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> vm.cancel());
        vm.showingProperty().addListener((o, was, now) -> {
            if (!now) {
                stage.hide();
            }
        });
    }

    /** Shows the dialog on the settings of the workspace on screen. */
    public void show() {
        vm.edit();
        if (vm.showingProperty().get()) {
            stage.show();
            stage.toFront();
        }
    }

    /** The dialog's window, for tests. */
    public Stage stage() {
        return stage;
    }

    private int add(GridPane grid, int row, Field field, String label, Node input) {
        Label name = new Label(label);
        name.setLabelFor(input);
        GridPane.setValignment(name, VPos.TOP);
        name.setPadding(new Insets(4, 0, 0, 0));
        Label problem = new Label();
        problem.setId(field.key() + "Problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty(field));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        VBox cell = new VBox(2, input, problem);
        cell.setPadding(new Insets(0, 0, 8, 0));
        grid.add(name, 0, row);
        grid.add(cell, 1, row);
        vm.problemProperty(field).addListener((o, was, now) -> {
            input.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                input.getStyleClass().add("invalid");
            }
        });
        return row + 1;
    }

    private TextArea list(Field field, String prompt) {
        TextArea area = new TextArea();
        area.setId(field.key());
        area.setPromptText(prompt);
        area.setPrefRowCount(3);
        area.setWrapText(false);
        area.textProperty().bindBidirectional(vm.field(field));
        return area;
    }

    private ComboBox<String> standard() {
        ComboBox<String> box = new ComboBox<>();
        box.setId(Field.STD.key());
        box.setEditable(true);
        box.getItems().addAll(STANDARDS);
        box.setPromptText("the compiler's default");
        box.setMaxWidth(Double.MAX_VALUE);
        box.getEditor().textProperty().bindBidirectional(vm.field(Field.STD));
        return box;
    }
}
