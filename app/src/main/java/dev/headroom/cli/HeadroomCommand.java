// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code headroom} command line: subcommands for scripts and CI. */
@Command(name = "headroom",
        mixinStandardHelpOptions = true,
        versionProvider = HeadroomCommand.Version.class,
        description = "Measure where the AST weight of C/C++ translation units comes from.",
        subcommands = {AnalyzeCommand.class, ReportCommand.class, CheckCommand.class, DiffCommand.class,
            SuggestCommand.class, PatchCommand.class, CalibrateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Windows:",
                "  headroom [PATH...]     open the explorer on a workspace (none: the last one or the sample)",
                "  headroom compare A B   open two revisions side by side (folders or saved --json analyses)",
                "  headroom compare --git REPO REV_A [REV_B]   the same for two git revisions (no B: the working tree)",
                "", "Exit codes: 0 ok, 1 analysis completed with problems, 2 bad usage or input."})
public final class HeadroomCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code: everything analysed without a problem. */
    public static final int OK = 0;
    /** Exit code: the analysis completed but met problems (unresolved includes, syntax errors, bad inputs). */
    public static final int PROBLEMS = 1;
    /** Exit code: bad usage, or nothing could be analysed. */
    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return create().execute(args);
    }

    /** The names of the subcommands ({@code analyze}, {@code help}, ...), so a launcher can route without picocli. */
    public static java.util.Set<String> subcommandNames() {
        return java.util.Set.copyOf(create().getSubcommands().keySet());
    }

    /** A command line with Headroom's exit codes and error handling. */
    public static CommandLine create() {
        CommandLine cli = new CommandLine(new HeadroomCommand());
        // -I, -D and friends repeat, as compilers allow; each occurrence calls its setter in order.
        cli.setOverwrittenOptionsAllowed(true);
        cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("headroom: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_INPUT;
        });
        return cli;
    }

    /** Reads the version the build wrote into the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HeadroomCommand.class.getPackage().getImplementationVersion();
            return new String[] {"headroom " + (v == null ? "(development build)" : v)};
        }
    }
}
