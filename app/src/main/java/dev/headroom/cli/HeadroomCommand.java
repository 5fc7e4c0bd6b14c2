// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code headroom} command line: subcommands for scripts and CI. */
@Command(name = "headroom",
        mixinStandardHelpOptions = true,
        versionProvider = HeadroomCommand.Version.class,
        description = "Measure where the AST weight of C/C++ translation units comes from.",
        subcommands = {AnalyzeCommand.class, MergeCommand.class, ReportCommand.class, CheckCommand.class, DiffCommand.class,
            SuggestCommand.class, PatchCommand.class, CalibrateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Windows:",
                "  headroom [PATH...]     open the explorer on a workspace (none: the last one or the sample)",
                "  headroom compare A B   open two revisions side by side (folders or saved --json analyses)",
                "  headroom compare --git REPO REV_A [REV_B]   the same for two git revisions (no B: the working tree)",
                "  headroom compare FOLDER --plan PLAN   a folder before and after a refactor plan, applied in memory",
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

    /**
     * The names of the subcommands ({@code analyze}, {@code help}, ...), so a launcher can route without picocli:
     * read from the {@code @Command} annotations, because building picocli's model costs a cold start ~0.2 s and
     * {@link #execute} builds it again anyway.
     */
    public static java.util.Set<String> subcommandNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Class<?> sub : HeadroomCommand.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            names.add(c.name());
            names.addAll(java.util.List.of(c.aliases()));
        }
        return java.util.Set.copyOf(names);
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

    /** Reads the version and git revision the build wrote into {@code dev/headroom/build.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {line(HeadroomCommand.class.getResourceAsStream("/dev/headroom/build.properties"))};
        }

        /** {@code headroom 0.1.0 (git abc1234)} from the build's properties; a development build without them says so. */
        static String line(InputStream buildProperties) {
            Properties p = new Properties();
            if (buildProperties != null) {
                try (InputStream in = buildProperties) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    p.clear();
                }
            }
            String version = p.getProperty("version", "").strip();
            if (version.isEmpty()) {
                return "headroom (development build)";
            }
            String revision = p.getProperty("revision", "").strip();
            return "headroom " + version + " (git " + (revision.isEmpty() ? "unknown" : revision) + ")";
        }
    }
}
