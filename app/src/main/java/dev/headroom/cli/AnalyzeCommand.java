// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.export.WorkspaceJson;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.PreparedAnalysis;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

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

    @CommandLine.Mixin
    WorkspaceOptions workspaceOptions;

    /** Where {@code --json} writes, or {@code null}; {@link #STDOUT} for standard output. */
    Path jsonFile;

    /** {@code --json -}: the JSON goes to standard output, in place of the table. */
    static final Path STDOUT = Path.of("-");

    @Option(names = "--json", paramLabel = "FILE",
            description = "write the model as JSON to FILE (written atomically); '-' writes it to standard output instead of the table")
    void json(String file) {
        if (jsonFile != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--json given twice (" + jsonFile + ", " + file + "); give one file");
        }
        if (file.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--json needs a file name; '-' writes to standard output");
        }
        jsonFile = Path.of(file);
    }

    @Option(names = "--time-trace", paramLabel = "FILE",
            description = "import clang -ftime-trace JSON: measured parse time per header beside the estimates")
    List<Path> timeTraces = new ArrayList<>();

    @Option(names = "--measure-with-clang",
            description = "also run clang++ -fsyntax-only -Xclang -print-stats on every unit and show its figures beside the estimates")
    boolean measureWithClang;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "what to print on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    int top;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "rows in the table (default: ${DEFAULT-VALUE})")
    void top(int n) {
        if (n < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 0 or more, was " + n);
        }
        top = n;
    }

    /** {@code --shard I/N}: the 1-based shard and the shard count, or {@code null} for the whole analysis. */
    int[] shard;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "analyse only shard I of N (1 <= I <= N; a stable split of the units) and write its part"
                    + " to --json FILE for 'headroom merge'")
    void shard(String spelled) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})/(\\d{1,6})").matcher(spelled.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--shard takes I/N with 1 <= I <= N (e.g. --shard 2/8), was '" + spelled + "'");
        }
        shard = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** What {@code --format} can print. */
    enum Format { table, json, none }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (shard != null) {
            return runShard(out, err);
        }
        Optional<AnalysedWorkspace> analysed = workspaceOptions.analyse(
                workspaceOptions.request().withMeasurements(measureWithClang, timeTraces), err);
        if (analysed.isEmpty()) {
            return HeadroomCommand.BAD_INPUT;
        }
        return render(analysed.get(), jsonFile, format, top, out, err);
    }

    /** Writes and prints an analysed workspace as {@code --json}, {@code --format} and {@code --top} ask. */
    static int render(AnalysedWorkspace result, Path jsonFile, Format format, int top, PrintWriter out, PrintWriter err) {
        Workspace workspace = result.workspace();
        Format shown = STDOUT.equals(jsonFile) ? Format.json : format;
        if (jsonFile != null && !STDOUT.equals(jsonFile)) {
            try {
                WorkspaceJson.write(workspace, result.costs(), result.measurements(), result.jitSettings(),
                        result.figures(), jsonFile);
            } catch (IOException e) {
                err.println("headroom: " + e.getMessage()); // the message names the file and the reason
                return HeadroomCommand.BAD_INPUT;
            }
        }
        switch (shown) {
            case table -> out.print(new TopListTable(workspace, result.costs(), result.measurements(),
                    result.costModel().calibration(), result.figures(), top).render()
                    + MeasuredTimesTable.render(result.measurements(), workspace.root(), top));
            case json -> {
                try {
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                    WorkspaceJson.write(workspace, result.costs(), result.measurements(), result.jitSettings(),
                            result.figures(), buffer);
                    out.print(buffer.toString(StandardCharsets.UTF_8));
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

    private int runShard(PrintWriter out, PrintWriter err) {
        if (jsonFile == null || STDOUT.equals(jsonFile)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--shard writes its part to a file: give --json FILE (and 'headroom merge' every part)");
        }
        if (measureWithClang || !timeTraces.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--shard parses only; measure with clang (--measure-with-clang, --time-trace) in a whole run");
        }
        try {
            PreparedAnalysis prepared = AnalysisSession.bundled().prepare(workspaceOptions.request());
            prepared.inputProblems().forEach(p -> err.println("headroom: " + p));
            List<String> problems = prepared.runShard(shard[0] - 1, shard[1], jsonFile,
                    workspaceOptions.progress(err), () -> false);
            if (format == Format.table) {
                out.println("shard " + shard[0] + "/" + shard[1] + " of " + prepared.unitCount() + " units written to "
                        + jsonFile + "; 'headroom merge' every part for the analysis");
            }
            out.flush();
            problems.stream().limit(20).forEach(p -> err.println("headroom: " + p));
            return problems.isEmpty() && prepared.inputProblems().isEmpty() ? HeadroomCommand.OK : HeadroomCommand.PROBLEMS;
        } catch (SessionException e) {
            err.println("headroom: " + e.problem());
        } catch (SessionCancelledException e) {
            err.println("headroom: " + e.getMessage());
        }
        return HeadroomCommand.BAD_INPUT;
    }
}
