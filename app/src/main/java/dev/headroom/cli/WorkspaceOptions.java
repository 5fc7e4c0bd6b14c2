// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.PreparedAnalysis;
import dev.headroom.session.Progress;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and compiler flags every analysing command takes, as a session request, and the run it leads to. */
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

    /** Parser (and clang) threads as asked: {@code 0} for one per core. */
    int threadCount() {
        return threads == null ? 0 : Math.max(1, threads);
    }

    /** Progress on {@code err}, or none with {@code -q}. */
    Progress progress(PrintWriter err) {
        return quiet ? Progress.SILENT : new StderrProgress(err);
    }

    /** The request these options describe: the inputs, the compiler flags in command order, how to run. */
    AnalysisRequest request() {
        return new AnalysisRequest(inputs, flags, Path.of("").toAbsolutePath(), threads == null ? 0 : Math.max(1, threads),
                !noUses, cacheDir, !noCache, null, null, false, List.of());
    }

    /**
     * Prepares and runs {@code request} through the session, printing input problems and progress to {@code err};
     * empty, with the reason printed, when it cannot be analysed.
     */
    Optional<AnalysedWorkspace> analyse(AnalysisRequest request, PrintWriter err) {
        try {
            PreparedAnalysis prepared = AnalysisSession.bundled().prepare(request);
            prepared.inputProblems().forEach(p -> err.println("headroom: " + p));
            return Optional.of(prepared.run(quiet ? Progress.SILENT : new StderrProgress(err), () -> false));
        } catch (SessionException e) {
            err.println("headroom: " + e.problem());
        } catch (SessionCancelledException e) {
            err.println("headroom: " + e.getMessage());
        }
        return Optional.empty();
    }
}
