// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.ingest.AnalysisCancelledException;
import dev.headroom.ingest.AnalysisListener;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.WorkspaceAnalyzer;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.CompilerFlags;
import dev.headroom.workspace.WorkspaceInputs;
import dev.headroom.workspace.WorkspaceLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and compiler flags every analysing command takes, and the analysis they lead to. */
final class WorkspaceOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files or folders to analyse")
    List<Path> inputs = new ArrayList<>();

    /** Compiler flags in command order: -D and -U are applied in the order given. */
    private final List<String> flags = new ArrayList<>();

    @Option(names = "-I", paramLabel = "DIR", description = "add an include folder (-Idir or -I dir)")
    void include(String dir) {
        flags.add("-I" + dir);
    }

    @Option(names = "-isystem", paramLabel = "DIR", description = "add a system include folder")
    void includeSystem(String dir) {
        flags.addAll(List.of("-isystem", dir));
    }

    @Option(names = "-iquote", paramLabel = "DIR", description = "add a folder for \"...\" includes only")
    void includeQuote(String dir) {
        flags.addAll(List.of("-iquote", dir));
    }

    @Option(names = "-D", paramLabel = "NAME[=VALUE]", description = "define a macro")
    void define(String macro) {
        flags.add("-D" + macro);
    }

    @Option(names = "-U", paramLabel = "NAME", description = "undefine a macro")
    void undefine(String macro) {
        flags.add("-U" + macro);
    }

    @Option(names = {"-std", "--std"}, paramLabel = "STD", description = "language standard, e.g. c++17 (-std=c++17)")
    void std(String std) {
        flags.add("-std=" + std);
    }

    @Option(names = "-include", paramLabel = "FILE", description = "include FILE before each unit")
    void forceInclude(String file) {
        flags.addAll(List.of("-include", file));
    }

    @Option(names = "--threads", paramLabel = "N", description = "parser threads (default: one per core)")
    Integer threads;

    @Option(names = "--no-cache", description = "parse everything again; neither read nor write the unit cache")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "cache folder (default: ~/.cache/headroom)")
    Path cacheDir;

    @Option(names = "--no-uses", description = "skip name resolution (no cross-file dependencies; faster)")
    boolean noUses;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    /** The inputs as loaded; input problems are printed to {@code err}. */
    WorkspaceInputs load(PrintWriter err) {
        WorkspaceInputs loaded = WorkspaceLoader.load(inputs, CompilerFlags.parse(flags, Path.of("").toAbsolutePath()).options());
        loaded.problems().forEach(p -> err.println("headroom: " + p));
        return loaded;
    }

    /** Analyses loaded inputs, or says why not (empty result, message printed). */
    Optional<Workspace> analyze(WorkspaceInputs loaded, PrintWriter err) {
        if (loaded.units().isEmpty()) {
            err.println("headroom: nothing to analyse in " + inputs + "; give C/C++ files, a compile_commands.json,"
                    + " .jank modules, a headroom.json or a folder holding them");
            return Optional.empty();
        }
        AnalysisOptions options = new AnalysisOptions(
                threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors(),
                !noUses, cacheDir != null ? cacheDir : AnalysisOptions.defaultCacheDir(), !noCache);
        try {
            return Optional.of(new WorkspaceAnalyzer(options)
                    .analyze(loaded, quiet ? AnalysisListener.SILENT : new StderrProgress(err), () -> false));
        } catch (AnalysisCancelledException e) {
            err.println("headroom: " + e.getMessage());
            return Optional.empty();
        }
    }
}
