// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.session.AnalysisSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The explorer as a JavaFX application. Its raw parameters are the inputs to open. Started through
 * {@link GuiLauncher}, never as the main class, because JavaFX on the class path refuses a main class that extends
 * {@code Application}.
 */
public final class HeadroomApp extends Application {
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "headroom-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        UiSettings settings = UiSettings.user();
        Explorer explorer = Explorer.over(AnalysisSession.bundled(), UnaryOperator.identity(), background, Platform::runLater);
        ExplorerWindow window = new ExplorerWindow(stage, explorer, settings);
        StartupTrace.mark("window built");
        StartupTrace.watch(window.scene(), explorer);
        window.show();
        // The analysis starts at once, as it always did: deferring it to after the first frame was tried and gave no
        // earlier window, only a later treemap (docs/decisions/0020).
        List<Path> inputs = getParameters().getRaw().stream().map(Path::of).toList();
        explorer.session().open(inputs);
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
