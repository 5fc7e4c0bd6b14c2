// SPDX-License-Identifier: Apache-2.0
package dev.headroom;

import dev.headroom.cli.HeadroomCommand;
import dev.headroom.cli.ParseWorkerEntry;
import dev.headroom.ui.GuiLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * The program's entry point. It is not a JavaFX {@code Application}: launching one of those straight from
 * the class path fails with "JavaFX runtime components are missing", and the command line must start
 * without JavaFX at all.
 *
 * <p>No arguments open the explorer on the last workspace or the bundled sample; {@code headroom PATH...} opens it
 * on those inputs; a subcommand ({@code analyze}, {@code help}) or an option ({@code -h}, {@code --help},
 * {@code -V}) runs the command line; {@code headroom compare A B} opens the compare window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (ParseWorkerEntry.wanted(args)) {
            System.exit(ParseWorkerEntry.run());
        }
        // Java's preferences follow user.home, which ignores $HOME; the explorer's remembered settings should not.
        String home = System.getenv("HOME");
        if (home != null && !home.isBlank() && System.getProperty("java.util.prefs.userRoot") == null) {
            // The preferences go under USERROOT/.java/.userPrefs, as they do under user.home by default.
            System.setProperty("java.util.prefs.userRoot", home);
        }
        if (args.length > 0 && args[0].equals("compare")) {
            System.exit(GuiLauncher.compare(Arrays.asList(args).subList(1, args.length), System.err));
        }
        if (wantsCommandLine(args, HeadroomCommand.subcommandNames())) {
            System.exit(HeadroomCommand.execute(args));
        }
        System.exit(GuiLauncher.run(Arrays.stream(args).map(Path::of).toList(), System.err));
    }

    /** Whether {@code args} are for the command line rather than the explorer window. */
    static boolean wantsCommandLine(String[] args, Set<String> subcommands) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        // A bare word that names no file is a mistyped command ("anlyze"): picocli says so and suggests one,
        // where the explorer would only say it found nothing to open.
        boolean bareWord = !first.contains("/") && !first.contains(".") && !Files.exists(Path.of(first));
        return first.startsWith("-") || subcommands.contains(first) || bareWord;
    }
}
