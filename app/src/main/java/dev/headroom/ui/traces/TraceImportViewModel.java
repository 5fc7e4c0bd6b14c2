// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.traces;

import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.session.TraceSet;
import dev.headroom.ui.ExplorerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Importing clang {@code -ftime-trace} files for the workspace on screen, and sorting dropped files into traces and
 * workspace inputs. Files are read on {@code executor}; an import that finishes after another workspace was opened
 * is dropped, since its times belong to the workspace before.
 */
public final class TraceImportViewModel {
    private final ExplorerState state;
    private final Executor executor;
    private final Executor fxThread;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyStringWrapper measuredText = new ReadOnlyStringWrapper(this, "measuredText", "");
    /** Counts workspace openings, so a reading that arrives after one is dropped. */
    private long generation;
    private int pending;

    /**
     * @param executor where files are read; never the FX thread
     * @param fxThread where readings report back: the thread commands are called on
     */
    public TraceImportViewModel(ExplorerState state, Executor executor, Executor fxThread) {
        this.state = Objects.requireNonNull(state, "state");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        state.inputsProperty().addListener((o, a, b) -> generation++);
        state.tracesProperty().addListener((o, a, b) -> measuredText.set(describe()));
        state.analysedProperty().addListener((o, a, b) -> measuredText.set(describe()));
    }

    /** Whether trace files are being read. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** What the imported traces cover, or why an import failed; empty when nothing was imported. */
    public ReadOnlyStringProperty measuredTextProperty() {
        return measuredText.getReadOnlyProperty();
    }

    /**
     * Reads trace files in the background and adds their header times to those imported for the workspace on
     * screen; a file imported again replaces its earlier reading. Files that cannot be read are listed as problems
     * naming the file, and the others are still used.
     */
    public void importTimeTraces(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        long at = generation;
        pending++;
        importing.set(true);
        measuredText.set("Importing " + plural(files.size(), "time trace") + "…");
        executor.execute(() -> {
            TraceSet.Reading reading = TraceSet.read(files);
            fxThread.execute(() -> imported(at, reading));
        });
    }

    /**
     * Sorts dropped files: clang time traces (JSON objects with a top-level {@code traceEvents}) are imported, the
     * rest handed to {@code open} as a workspace's inputs. The files are sniffed on the executor.
     */
    public void drop(List<Path> files, Consumer<List<Path>> open) {
        // Importing from the drop on, so nobody reads "done" while the files are still being sorted.
        pending++;
        importing.set(true);
        executor.execute(() -> {
            List<Path> traces = new ArrayList<>();
            List<Path> inputs = new ArrayList<>();
            for (Path file : files) {
                boolean json = file.getFileName() != null
                        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
                (json && Files.isRegularFile(file) && TraceSet.isTrace(file) ? traces : inputs).add(file);
            }
            fxThread.execute(() -> {
                // Opened first, so traces dropped with a workspace's inputs belong to that workspace.
                open.accept(inputs);
                importTimeTraces(traces);
                pending--;
                importing.set(pending > 0);
            });
        });
    }

    private void imported(long at, TraceSet.Reading reading) {
        pending--;
        importing.set(pending > 0);
        if (at != generation) {
            return;
        }
        // The last import's failures are listed; an earlier import's were already told and fixed or not.
        state.setTraces(state.tracesProperty().get().plus(reading), reading.failed());
        String outcome = describe();
        if (!reading.failed().isEmpty()) {
            outcome = plural(reading.failed().size(), "trace") + " not imported (see Problems)"
                    + (outcome.isEmpty() ? "" : " · " + outcome);
        }
        measuredText.set(outcome);
    }

    /** How many headers the traces timed and how many of those the workspace has, which shows a path mismatch. */
    private String describe() {
        TraceSet traces = state.tracesProperty().get();
        if (traces.isEmpty()) {
            return "";
        }
        Map<String, MeasuredHeaderTime> times = traces.headerTimes();
        long known = state.analysed() == null ? 0 : times.keySet().stream().filter(state.analysed().files()::contains).count();
        // Short: it shares the status bar with the workspace totals and the calibration.
        return String.format(Locale.ROOT, "Measured: %s · %s, %d in workspace",
                plural(traces.size(), "trace"), plural(times.size(), "header"), known);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
