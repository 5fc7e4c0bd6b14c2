// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.session;

import dev.headroom.ui.export.ExportViewModel;
import dev.headroom.ui.refactor.RefactorViewModel;
import dev.headroom.ui.traces.TraceImportViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: the analysis's progress with Cancel, the workspace's totals, what the last export and the refactor
 * panel's last command did, settings applied and not saved, what the file watch is at, what traces cover, the
 * calibration.
 */
public final class StatusBarView extends StatusBar {

    public StatusBarView(SessionViewModel vm, TraceImportViewModel traces, ExportViewModel exports,
            RefactorViewModel refactor, FileWatchViewModel watch) {
        setId("status");
        textProperty().bind(Bindings.when(vm.runningProperty())
                .then(vm.progressMessageProperty())
                .otherwise(Bindings.createStringBinding(() -> {
                    String msg = vm.progressMessageProperty().get();
                    SessionViewModel.AnalysisState state = vm.stateProperty().get();
                    return state == SessionViewModel.AnalysisState.CANCELLED || state == SessionViewModel.AnalysisState.FAILED
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
        Label exported = new Label();
        exported.setId("exportStatus");
        exported.textProperty().bind(exports.messageProperty());
        exported.setPadding(new Insets(0, 12, 0, 0));
        Label refactored = new Label();
        refactored.setId("refactorStatus");
        refactored.textProperty().bind(refactor.messageProperty());
        refactored.setPadding(new Insets(0, 12, 0, 0));
        // The totals on the left must stay readable; a long message gives way and keeps its whole text in a tooltip.
        refactored.setMaxWidth(320);
        Tooltip said = new Tooltip();
        said.textProperty().bind(refactor.messageProperty());
        refactored.setTooltip(said);
        Label measured = new Label();
        measured.setId("measuredStatus");
        measured.textProperty().bind(traces.measuredTextProperty());
        // Whether the traces matched the workspace's paths must stay readable; the calibration gives way and keeps
        // its whole text in a tooltip.
        measured.setMinWidth(Region.USE_PREF_SIZE);
        measured.setPadding(new Insets(0, 12, 0, 0));
        // How far the figures are trusted here: said beside the cost model's own calibration, a warning in colour.
        Label trust = new Label();
        trust.setId("trustStatus");
        trust.textProperty().bind(vm.trustTextProperty());
        trust.setMaxWidth(720);
        trust.setMinWidth(Region.USE_PREF_SIZE);
        trust.setPadding(new Insets(0, 12, 0, 0));
        Tooltip trustTip = new Tooltip();
        trustTip.textProperty().bind(vm.trustDetailProperty());
        trustTip.setWrapText(true);
        trustTip.setMaxWidth(600);
        trust.setTooltip(trustTip);
        vm.beyondModelProperty().addListener((o, a, beyond) -> {
            if (beyond) {
                trust.getStyleClass().add("warning");
            } else {
                trust.getStyleClass().remove("warning");
            }
        });
        Label watching = new Label();
        watching.setId("watchStatus");
        watching.textProperty().bind(watch.statusProperty());
        watching.setMinWidth(Region.USE_PREF_SIZE);
        watching.setPadding(new Insets(0, 12, 0, 0));
        // Settings applied from the dialog and not saved: the figures are not the saved file's.
        Label tried = new Label("Settings applied, not saved");
        tried.setId("settingsTriedStatus");
        tried.getStyleClass().add("warning");
        tried.setMinWidth(Region.USE_PREF_SIZE);
        tried.setPadding(new Insets(0, 12, 0, 0));
        tried.visibleProperty().bind(vm.settingsTriedProperty());
        tried.managedProperty().bind(vm.settingsTriedProperty());
        Label calibration = new Label();
        calibration.textProperty().bind(vm.calibrationTextProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.calibrationTextProperty());
        calibration.setTooltip(tip);
        calibration.getStyleClass().add("dim");
        // The workspace's own figures say more than the bundled model's provenance; that gives way first.
        calibration.setMaxWidth(240);
        getRightItems().addAll(progress, cancel, exported, refactored, tried, watching, measured, trust, calibration);
    }
}
