// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.export.WorkspaceJson;
import dev.headroom.ingest.AnalysisCancelledException;
import dev.headroom.ingest.AnalysisListener;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.WorkspaceAnalyzer;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.CompilerFlags;
import dev.headroom.workspace.WorkspaceInputs;
import dev.headroom.workspace.WorkspaceLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code headroom analyze}: parse the inputs and write the model. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Parse translation units with CDT and report what each header adds.",
            "Inputs: C/C++ headers and sources, compile_commands.json, jank modules (.jank), a headroom.json project,"
                    + " or folders of those."},
        footer = {"", "Exit codes: 0 ok, 1 analysis completed with problems, 2 bad usage or input.",
            "Progress goes to stderr; the table or JSON to stdout."})
public final class AnalyzeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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

    @Option(names = "--json", paramLabel = "FILE", description = "write the model as JSON to FILE (written atomically)")
    Path jsonFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "what to print on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "rows in the table (default: ${DEFAULT-VALUE})")
    int top;

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

    /** What {@code --format} can print. */
    enum Format { table, json, none }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        WorkspaceInputs loaded = WorkspaceLoader.load(inputs, CompilerFlags.parse(flags, cwd).options());
        loaded.problems().forEach(p -> err.println("headroom: " + p));
        if (loaded.units().isEmpty()) {
            err.println("headroom: nothing to analyse in " + inputs + "; give C/C++ files, a compile_commands.json,"
                    + " .jank modules, a headroom.json or a folder holding them");
            return HeadroomCommand.BAD_INPUT;
        }
        Path cache = cacheDir != null ? cacheDir : AnalysisOptions.defaultCacheDir();
        AnalysisOptions options = new AnalysisOptions(
                threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors(),
                !noUses, cache, !noCache);
        WorkspaceAnalyzer analyzer = new WorkspaceAnalyzer(options);
        Workspace workspace;
        try {
            workspace = analyzer.analyze(loaded, quiet ? AnalysisListener.SILENT : new StderrProgress(err),
                    () -> false);
        } catch (AnalysisCancelledException e) {
            err.println("headroom: " + e.getMessage());
            return HeadroomCommand.BAD_INPUT;
        }
        if (jsonFile != null) {
            try {
                WorkspaceJson.write(workspace, jsonFile);
            } catch (IOException e) {
                err.println("headroom: cannot write " + jsonFile + ": " + e.getMessage());
                return HeadroomCommand.BAD_INPUT;
            }
        }
        switch (format) {
            case table -> out.print(new TopListTable(workspace, top).render());
            case json -> {
                try {
                    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                    WorkspaceJson.write(workspace, buffer);
                    out.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
                } catch (IOException e) {
                    err.println("headroom: " + e.getMessage());
                    return HeadroomCommand.BAD_INPUT;
                }
            }
            case none -> { }
        }
        out.flush();
        workspace.units().forEach(u -> u.problems().stream().limit(20).forEach(p -> err.println("headroom: " + p)));
        return workspace.allProblems().isEmpty() ? HeadroomCommand.OK : HeadroomCommand.PROBLEMS;
    }
}
