// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.export.WorkspaceJson;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
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

    /** What {@code --format} can print. */
    enum Format { table, json, none }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<AnalysedWorkspace> analysed = workspaceOptions.analyse(
                workspaceOptions.request().withMeasurements(measureWithClang, timeTraces), err);
        if (analysed.isEmpty()) {
            return HeadroomCommand.BAD_INPUT;
        }
        AnalysedWorkspace result = analysed.get();
        Workspace workspace = result.workspace();
        Format shown = STDOUT.equals(jsonFile) ? Format.json : format;
        if (jsonFile != null && !STDOUT.equals(jsonFile)) {
            try {
                WorkspaceJson.write(workspace, result.costs(), result.measurements(), result.jitSettings(),
                        jsonFile);
            } catch (IOException e) {
                err.println("headroom: " + e.getMessage()); // the message names the file and the reason
                return HeadroomCommand.BAD_INPUT;
            }
        }
        switch (shown) {
            case table -> out.print(new TopListTable(workspace, result.costs(), result.measurements(),
                    result.costModel().calibration(), top).render()
                    + MeasuredTimesTable.render(result.measurements(), workspace.root(), top));
            case json -> {
                try {
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                    WorkspaceJson.write(workspace, result.costs(), result.measurements(), result.jitSettings(),
                            buffer);
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
}
