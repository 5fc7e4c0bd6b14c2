// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import dev.headroom.session.CompareRequest;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * {@code headroom compare A B} (two folders or two saved analyses), {@code headroom compare --git REPO REV_A [REV_B]}
 * (no B: the working tree) or {@code headroom compare FOLDER --plan PLAN} (B: the folder with a refactor plan applied)
 * as a JavaFX application; started through the GUI launcher, never as the main class.
 */
public final class CompareApp extends Application {
    @Override
    public void start(Stage stage) {
        CompareWindow.open(stage, request(getParameters().getRaw()));
    }

    /** The request the arguments name; {@link #usage} says whether they name one. */
    static CompareRequest request(List<String> args) {
        if (args.size() >= 3 && args.get(0).equals("--git")) {
            return CompareRequest.ofGit(Path.of(args.get(1)), args.get(2), args.size() > 3 ? args.get(3) : null);
        }
        if (args.size() == 3 && args.get(1).equals("--plan")) {
            return CompareRequest.ofPlan(Path.of(args.get(0)), Path.of(args.get(2)));
        }
        return CompareRequest.ofPaths(Path.of(args.get(0)), Path.of(args.get(1)));
    }

    /** What is wrong with the arguments, or {@code null} when they name two revisions. */
    public static String usage(List<String> args) {
        boolean git = (args.size() == 3 || args.size() == 4) && args.get(0).equals("--git");
        boolean paths = args.size() == 2 && !args.get(0).startsWith("-") && !args.get(1).startsWith("-");
        boolean plan = args.size() == 3 && !args.get(0).startsWith("-") && args.get(1).equals("--plan");
        return git || paths || plan ? null
                : "compare takes two folders or JSON files (headroom compare A B), --git REPO REV_A [REV_B],"
                        + " or FOLDER --plan PLAN";
    }
}
