// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.cost.CostModels;
import dev.headroom.ingest.AnalysisOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The explorer as a JavaFX application. Its raw parameters are the inputs to open. Started through
 * {@link GuiLauncher}, never as the main class, because JavaFX on the class path refuses a main class that extends
 * {@code Application}.
 */
public final class HeadroomApp extends Application {
    private final ExecutorService analysis = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "headroom-analysis");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) {
        UiSettings settings = UiSettings.user();
        // CostModels.bundled() stands in until the calibrated CostModel is merged; swap it here.
        ExplorerViewModel vm = new ExplorerViewModel(CostModels.bundled(), AnalysisOptions.defaults(), analysis);
        ExplorerWindow window = new ExplorerWindow(stage, vm, settings);
        window.show();
        List<Path> inputs = getParameters().getRaw().stream().map(Path::of).toList();
        vm.open(inputs);
    }

    @Override
    public void stop() {
        analysis.shutdownNow();
    }
}
