// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.ingest.AnalysisListener;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.WorkspaceAnalyzer;
import dev.headroom.model.Problem;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.WorkspaceInputs;
import dev.headroom.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;

/**
 * Loads and analyses a workspace off the FX thread. Progress is units done of units total; the message names the
 * unit being parsed; cancelling stops the analyzer at its next check.
 */
final class AnalysisTask extends Task<AnalysisTask.Result> {

    /**
     * What an analysis yields: the workspace, and the JIT budget's constants as its project file sets them (the seed's
     * where it sets none; {@code settingsProblem} says why when its settings are wrong).
     */
    record Result(Workspace workspace, JitSettings jitSettings, Problem settingsProblem) {
    }

    private final List<Path> inputs;
    private final AnalysisOptions options;

    AnalysisTask(List<Path> inputs, AnalysisOptions options) {
        this.inputs = List.copyOf(inputs);
        this.options = options;
    }

    @Override
    protected Result call() throws Exception {
        updateMessage("Reading " + inputs.size() + (inputs.size() == 1 ? " input" : " inputs"));
        WorkspaceInputs loaded = WorkspaceLoader.load(inputs, CompileOptions.empty());
        if (loaded.units().isEmpty()) {
            String why = loaded.problems().isEmpty() ? "" : ": " + loaded.problems().get(0).message();
            throw new IllegalArgumentException("nothing to analyse in " + inputs + why
                    + " (open C/C++ files, a compile_commands.json, .jank modules, a headroom.json or a folder of those)");
        }
        updateProgress(0, loaded.units().size());
        AnalysisListener listener = new AnalysisListener() {
            @Override
            public void note(String message) {
                updateMessage(message);
            }

            @Override
            public void unitStarted(String unit, int done, int total) {
                updateMessage("Parsing " + unit + " (" + done + " of " + total + " done)");
                updateProgress(done, total);
            }

            @Override
            public void unitFinished(String unit, int done, int total, long millis, boolean cached) {
                updateMessage((cached ? "Cached " : "Parsed ") + unit + " (" + done + " of " + total + " done)");
                updateProgress(done, total);
            }
        };
        Workspace workspace = new WorkspaceAnalyzer(options).analyze(loaded, listener, this::isCancelled);
        JitSettings settings = JitSettings.seedDefaults();
        Problem settingsProblem = null;
        if (!loaded.jit().isEmpty()) {
            try {
                settings = settings.with(loaded.jit(), loaded.projectFile().getFileName().toString());
            } catch (IllegalArgumentException e) {
                settingsProblem = new Problem(loaded.projectFile().toString(), 0,
                        e.getMessage() + "; the seed's constants are used instead", Problem.Source.INPUT);
            }
        }
        return new Result(workspace, settings, settingsProblem);
    }
}
