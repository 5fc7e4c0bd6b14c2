// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.SessionException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code headroom merge}: the parts of a sharded analysis, as one analysis. */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Merge the parts 'analyze --shard I/N --json PART' wrote into the analysis one run gives.",
            "Run it where the shards ran: the same commit at the same path, the same compiler; it reads the inputs"
                    + " again (no parse) to check that."},
        footer = {"", "Exit codes: 0 ok, 1 analysis completed with problems, 2 bad usage, a part missing, twice or"
                + " of another run.", "The table or JSON goes to stdout."})
public final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PART", arity = "1..*", description = "every part of the run, in any order")
    List<Path> parts = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE",
            description = "write the merged model as JSON to FILE (written atomically); '-' writes it to standard output instead of the table")
    Path jsonFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "what to print on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    AnalyzeCommand.Format format;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "rows in the table (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "cache folder for toolchain answers (default: ~/.cache/headroom)")
    Path cacheDir;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 0 or more, was " + top);
        }
        AnalysedWorkspace merged;
        try {
            merged = AnalysisSession.bundled().merge(parts, cacheDir,
                    quiet ? dev.headroom.session.Progress.SILENT : new StderrProgress(err));
        } catch (SessionException e) {
            err.println("headroom: " + e.problem());
            return HeadroomCommand.BAD_INPUT;
        }
        return AnalyzeCommand.render(merged, jsonFile, format, top, out, err);
    }
}
