// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.cost.CostModels;
import dev.headroom.export.Measurements;
import dev.headroom.export.WorkspaceJson;
import dev.headroom.ingest.AnalysisCancelledException;
import dev.headroom.ingest.AnalysisListener;
import dev.headroom.ingest.ClangMeasurer;
import dev.headroom.measure.ClangException;
import dev.headroom.measure.ClangStats;
import dev.headroom.measure.HeaderTimes;
import dev.headroom.measure.TimeTrace;
import dev.headroom.measure.TimeTraceException;
import dev.headroom.measure.TimeTraceImport;
import dev.headroom.model.MeasuredUnit;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.WorkspaceInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--json", paramLabel = "FILE", description = "write the model as JSON to FILE (written atomically)")
    Path jsonFile;

    @Option(names = "--time-trace", paramLabel = "FILE",
            description = "import clang -ftime-trace JSON: measured parse time per header beside the estimates")
    List<Path> timeTraces = new ArrayList<>();

    @Option(names = "--measure-with-clang",
            description = "also run clang++ -fsyntax-only -Xclang -print-stats on every unit and show its figures beside the estimates")
    boolean measureWithClang;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "what to print on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "rows in the table (default: ${DEFAULT-VALUE})")
    int top;

    /** What {@code --format} can print. */
    enum Format { table, json, none }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkspaceInputs loaded = workspaceOptions.load(err);
        Optional<Workspace> analysed = workspaceOptions.analyze(loaded, err);
        if (analysed.isEmpty()) {
            return HeadroomCommand.BAD_INPUT;
        }
        Workspace workspace = analysed.get();
        Measurements measured;
        try {
            List<TimeTrace> traces = new ArrayList<>();
            for (Path trace : timeTraces) {
                traces.add(TimeTraceImport.read(trace));
            }
            Map<String, MeasuredUnit> clangUnits = Map.of();
            if (measureWithClang) {
                clangUnits = new ClangMeasurer(ClangStats.locate()).measure(loaded,
                        workspaceOptions.quiet ? AnalysisListener.SILENT : new StderrProgress(err), () -> false);
            }
            measured = new Measurements(clangUnits, HeaderTimes.merge(traces));
        } catch (TimeTraceException | ClangException e) {
            err.println("headroom: " + e.getMessage());
            return HeadroomCommand.BAD_INPUT;
        } catch (AnalysisCancelledException e) {
            err.println("headroom: " + e.getMessage());
            return HeadroomCommand.BAD_INPUT;
        }
        CostModel model = CostModels.bundled();
        WorkspaceCosts costs = WorkspaceCosts.of(workspace, model);
        if (jsonFile != null) {
            try {
                WorkspaceJson.write(workspace, costs, measured, jsonFile);
            } catch (IOException e) {
                err.println("headroom: " + e.getMessage()); // the message names the file and the reason
                return HeadroomCommand.BAD_INPUT;
            }
        }
        switch (format) {
            case table -> out.print(new TopListTable(workspace, costs, measured, model.calibration(), top).render() + MeasuredTimesTable.render(measured, workspace.root(), top));
            case json -> {
                try {
                    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                    WorkspaceJson.write(workspace, costs, measured, buffer);
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
