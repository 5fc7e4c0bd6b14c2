// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import dev.headroom.session.AnalysisSession;
import dev.headroom.session.CompareRequest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The compare view in a window of its own, opened from File → Compare… or {@code headroom compare A B}. */
public final class CompareWindow {
    private static final String BASE_CSS = "/dev/headroom/ui/headroom.css";
    private static final String COMPARE_CSS = "/dev/headroom/ui/compare/compare.css";

    private CompareWindow() {
    }

    /** Asks for two revisions (File → Compare…) and, unless the user cancels, opens a window comparing them. */
    public static void ask(Window owner) {
        CompareDialog.ask(owner).ifPresent(request -> open(new Stage(), request));
    }

    /** Shows a compare window on {@code stage} and starts comparing {@code request} in the background. */
    public static CompareViewModel open(Stage stage, CompareRequest request) {
        ExecutorService background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "headroom-compare");
            t.setDaemon(true);
            return t;
        });
        CompareViewModel vm = new CompareViewModel(AnalysisSession.bundled(), background, Platform::runLater);
        show(stage, vm);
        stage.setOnHidden(e -> {
            vm.cancel();
            background.shutdownNow();
        });
        vm.open(request);
        return vm;
    }

    /** Lays the compare view of {@code vm} out on {@code stage}. */
    public static void show(Stage stage, CompareViewModel vm) {
        Scene scene = new Scene(new CompareView(vm), 1500, 950);
        var base = CompareWindow.class.getResource(BASE_CSS);
        if (base != null) {
            scene.getStylesheets().add(base.toExternalForm());
        }
        scene.getStylesheets().add(CompareWindow.class.getResource(COMPARE_CSS).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var c = vm.comparisonProperty().get();
            return c == null ? "Headroom — compare" : "Headroom — " + c.delta().beforeLabel() + " → "
                    + c.delta().afterLabel();
        }, vm.comparisonProperty()));
        stage.show();
    }
}
