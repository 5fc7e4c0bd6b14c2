// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.ui.session.SessionViewModel;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Startup milestones of the explorer, timed from the start of the process, for {@code samples/tools/startup-times.sh}:
 * with {@code -Dheadroom.startupTrace=true} each milestone is written to standard error once, as
 * {@code headroom startup: first window at 612 ms}; with {@code =exit} the explorer also quits once the final
 * treemap is painted, so a script can start it again and again. Without the property nothing is recorded.
 */
public final class StartupTrace {
    static final String PROPERTY = "headroom.startupTrace";

    private static final Set<String> marked = ConcurrentHashMap.newKeySet();
    private static volatile PrintStream out;

    private StartupTrace() {
    }

    /** Starts tracing to {@code err} if the property asks for it. */
    static void install(PrintStream err) {
        String value = System.getProperty(PROPERTY, "");
        if (value.equals("true") || value.equals("exit")) {
            out = err;
            mark("launcher reached");
        }
    }

    static boolean enabled() {
        return out != null;
    }

    /** Records {@code milestone} the first time it is reached; later calls are ignored. */
    static void mark(String milestone) {
        PrintStream to = out;
        if (to == null || !marked.add(milestone)) {
            return;
        }
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long ms = Duration.between(start, Instant.now()).toMillis();
        to.println(String.format(Locale.ROOT, "headroom startup: %s at %d ms", milestone, ms));
        to.flush();
    }

    /**
     * Watches one explorer window: the window shown, the first treemap painted while analysing and the treemap of
     * the finished analysis; a tree set on the control is painted by the layout pass of the next pulse, after which
     * the post-layout listener runs.
     */
    static void watch(Scene scene, Explorer explorer) {
        if (!enabled()) {
            return;
        }
        // The window is the stage the scene was set on before this is called; it is shown afterwards.
        scene.getWindow().showingProperty().addListener((o, was, now) -> {
            if (now) {
                afterPulse(scene, "first window");
            }
        });
        explorer.treemap().displayRootProperty().addListener((o, a, root) -> {
            if (root != null) {
                afterPulse(scene, "first treemap");
            }
        });
        explorer.session().stateProperty().addListener((o, a, state) -> {
            if (state != SessionViewModel.AnalysisState.RUNNING && state != SessionViewModel.AnalysisState.IDLE) {
                String milestone = "final treemap (" + state.name().toLowerCase(Locale.ROOT) + ")";
                boolean exit = System.getProperty(PROPERTY, "").equals("exit");
                afterPulse(scene, () -> {
                    mark(milestone);
                    if (exit) {
                        Platform.exit();
                    }
                });
                if (exit) {
                    // A run that quits is measured by a script, which must not wait for ever on a pulse that a
                    // window with nothing left to draw may never have.
                    Thread fallback = new Thread(() -> {
                        try {
                            Thread.sleep(5_000);
                        } catch (InterruptedException e) {
                            return;
                        }
                        mark(milestone + " without a pulse");
                        Platform.exit();
                    }, "headroom-startup-trace");
                    fallback.setDaemon(true);
                    fallback.start();
                }
            }
        });
    }

    private static void afterPulse(Scene scene, String milestone) {
        afterPulse(scene, () -> mark(milestone));
    }

    private static void afterPulse(Scene scene, Runnable then) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }
}
