// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.session.ParseWorkers;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;

/** Starts the explorer window, or explains in one line why it cannot. */
public final class GuiLauncher {
    /** Exit code when there is no screen to show the window on. */
    public static final int NO_DISPLAY = 2;
    private static final String SAMPLE = "samples/vybe-sdf";

    private GuiLauncher() {
    }

    /**
     * Opens the explorer on {@code inputs}, or, when there are none, on the last workspace or the bundled sample.
     * Blocks until the window is closed.
     *
     * @return 0 when the window was shown and closed, {@link #NO_DISPLAY} when no window can be shown
     */
    public static int run(List<Path> inputs, PrintStream err) {
        String missing = missingDisplay(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (missing != null) {
            err.println("headroom: " + missing);
            return NO_DISPLAY;
        }
        List<Path> open = inputs.isEmpty() ? defaultInputs(UiSettings.user(), codeLocation(), Path.of("")) : inputs;
        // The explorer lives long: its reanalyses and verifications reuse warm parse workers.
        ParseWorkers.keepWarmBetweenAnalyses();
        try {
            Application.launch(HeadroomApp.class, open.stream().map(Path::toString).toArray(String[]::new));
            return 0;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            err.println("headroom: cannot open the explorer window: " + root.getMessage()
                    + "; use 'headroom analyze PATH' for the command line");
            return NO_DISPLAY;
        }
    }

    /**
     * Opens the compare window on two revisions ({@code A B}, or {@code --git REPO REV_A REV_B}); blocks until it is
     * closed.
     *
     * @return 0 when the window was shown and closed, 2 for bad arguments or when no window can be shown
     */
    public static int compare(List<String> args, PrintStream err) {
        String usage = dev.headroom.ui.compare.CompareApp.usage(args);
        if (usage != null) {
            err.println("headroom: " + usage);
            return NO_DISPLAY;
        }
        String missing = missingDisplay(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (missing != null) {
            err.println("headroom: " + missing + "; 'headroom diff' compares on the command line");
            return NO_DISPLAY;
        }
        Application.launch(dev.headroom.ui.compare.CompareApp.class, args.toArray(String[]::new));
        return 0;
    }

    /**
     * Why no window can be shown, or {@code null} if one can: on Linux and other X11 systems a display must be
     * named, unless a headless glass platform was chosen.
     */
    static String missingDisplay(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || glassPlatform != null) {
            return null;
        }
        if (isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            return "no display to open the explorer on (DISPLAY is not set); run 'headroom analyze PATH' for the"
                    + " command line, or start the explorer under xvfb-run";
        }
        return null;
    }

    /** The last workspace if its inputs still exist, else the bundled sample if it can be found, else nothing. */
    static List<Path> defaultInputs(UiSettings settings, Path codeLocation, Path workingDir) {
        List<Path> last = settings.lastWorkspace();
        if (!last.isEmpty() && last.stream().allMatch(Files::exists)) {
            return last;
        }
        List<Path> candidates = new ArrayList<>();
        if (codeLocation != null) {
            // app/target/headroom-app.jar (or app/target/classes) sits two levels under the repository root.
            Path dir = Files.isDirectory(codeLocation) ? codeLocation : codeLocation.getParent();
            for (Path at = dir; at != null; at = at.getParent()) {
                candidates.add(at.resolve(SAMPLE));
            }
        }
        candidates.add(workingDir.toAbsolutePath().resolve(SAMPLE));
        return candidates.stream().filter(Files::isDirectory).findFirst().map(p -> List.of(p.normalize())).orElse(List.of());
    }

    private static Path codeLocation() {
        try {
            return Path.of(GuiLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
