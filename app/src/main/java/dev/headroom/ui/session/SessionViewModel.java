// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.session;

import dev.headroom.analysis.cost.Calibration;
import dev.headroom.model.AnalysisStats;
import dev.headroom.model.Problem;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.Progress;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import dev.headroom.ui.ExplorerState;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Opening a workspace: the analysis in the background with progress and Cancel, what it came to, and the totals and
 * calibration the status bar shows. A newer open or a cancel makes an older run's result be dropped; a failed open
 * leaves the workspace on screen and lists why above its problems.
 *
 * <p>Commands are called on the FX thread; the opener runs on {@code executor} and reports back through
 * {@code fxThread}.
 */
public final class SessionViewModel {
    /** Where the analysis is. */
    public enum AnalysisState { IDLE, RUNNING, SUCCEEDED, CANCELLED, FAILED }

    private final ExplorerState state;
    private final WorkspaceOpener opener;
    private final Executor executor;
    private final Executor fxThread;

    private final ReadOnlyObjectWrapper<AnalysisState> analysisState = new ReadOnlyObjectWrapper<>(this, "state", AnalysisState.IDLE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "No workspace");
    private final ReadOnlyStringWrapper calibrationText = new ReadOnlyStringWrapper(this, "calibrationText");
    private final ReadOnlyStringWrapper trustText = new ReadOnlyStringWrapper(this, "trustText", "");
    private final ReadOnlyStringWrapper trustDetail = new ReadOnlyStringWrapper(this, "trustDetail", "");
    private final ReadOnlyBooleanWrapper beyondModel = new ReadOnlyBooleanWrapper(this, "beyondModel");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyBooleanWrapper settingsTried = new ReadOnlyBooleanWrapper(this, "settingsTried");
    /** Project files read from these texts rather than the disk: settings applied, not saved. */
    private Map<Path, String> projectTexts = Map.of();

    /**
     * The least time between two partial workspaces, and how many times its build the wait is at least: a
     * workspace of thousands of units costs a while to build, and the parse should keep most of the machine.
     */
    private static final long PARTIAL_INTERVAL_MILLIS = 250;
    private static final int PARTIAL_WAIT_FACTOR = 4;

    /** The run whose results are wanted; older runs' reports are dropped. */
    private Run current;
    /** Whether traces were imported while the current run was analysing; they then belong to its workspace. */
    private boolean importedWhileOpening;

    /**
     * @param calibration how the cost model was fitted, for the status bar
     * @param executor    where the opener runs; never the FX thread
     * @param fxThread    where results come back: the thread commands are called on
     */
    public SessionViewModel(ExplorerState state, WorkspaceOpener opener, Calibration calibration, Executor executor,
            Executor fxThread) {
        this.state = Objects.requireNonNull(state, "state");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        calibrationText.set(describe(calibration));
        state.tracesProperty().addListener((o, a, b) -> {
            if (running.get() && !b.isEmpty()) {
                importedWhileOpening = true;
            }
        });
    }

    public ReadOnlyObjectProperty<AnalysisState> stateProperty() {
        return analysisState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Units done over units total of the running analysis, or -1 while the inputs are read. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The unit being parsed, or what the last analysis came to. */
    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /**
     * What the running analysis is at, in a line for the middle of the window ("Analysing vybe-sdf: 3 of 6
     * units…"); empty when none is running.
     */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Totals of the workspace on screen: units, files, problems, parse time. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Where the cost model's figures come from and how far to trust them. */
    public ReadOnlyStringProperty calibrationTextProperty() {
        return calibrationText.getReadOnlyProperty();
    }

    /**
     * How far the figures are trusted in this workspace, briefly: how many units clang measured and the estimate
     * error before and after this workspace's correction (leave-one-out), then how many units lie beyond what the
     * bundled model was fitted on; empty without a workspace.
     */
    public ReadOnlyStringProperty trustTextProperty() {
        return trustText.getReadOnlyProperty();
    }

    /** {@link #trustTextProperty()} in full sentences, for its tooltip. */
    public ReadOnlyStringProperty trustDetailProperty() {
        return trustDetail.getReadOnlyProperty();
    }

    /** Whether some unit clang has not measured lies beyond what the bundled model was fitted on. */
    public ReadOnlyBooleanProperty beyondModelProperty() {
        return beyondModel.getReadOnlyProperty();
    }

    /**
     * Whether the workspace is analysed with settings the user applied but has not saved: its project file is read
     * from the settings dialog's text, not from the disk, until they are saved or dropped or another workspace opens.
     */
    public ReadOnlyBooleanProperty settingsTriedProperty() {
        return settingsTried.getReadOnlyProperty();
    }

    /** The project files read from text rather than the disk ({@link #settingsTriedProperty()}); empty if none. */
    public Map<Path, String> projectTexts() {
        return projectTexts;
    }

    /** Analyses {@code paths} in the background, cancelling any analysis still running. */
    public void open(List<Path> paths) {
        projectTexts = Map.of();
        settingsTried.set(false);
        open(paths, false, () -> { });
    }

    /**
     * Analyses the inputs on screen again as {@link #reload(Runnable)} does, reading each project file in
     * {@code texts} from the text given there from now on; empty reads them from the disk again.
     */
    public void reload(Map<Path, String> texts, Runnable restore) {
        projectTexts = Map.copyOf(texts);
        settingsTried.set(!projectTexts.isEmpty());
        reload(restore);
    }

    /**
     * Analyses the inputs on screen again (files edited since are parsed again, the others come from the cache),
     * then runs {@code restore} (the explorer puts back the unit and header that were shown). The imported time
     * traces stay: they are of the same files.
     */
    public void reload(Runnable restore) {
        List<Path> inputs = state.inputsProperty().get();
        if (inputs != null && !inputs.isEmpty()) {
            open(inputs, true, restore);
        }
    }

    private void open(List<Path> paths, boolean reload, Runnable restore) {
        if (paths.isEmpty()) {
            return;
        }
        cancel();
        List<Path> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        state.opening(absolute);
        if (!reload && !state.tracesProperty().get().isEmpty()) {
            // Traces belong to the workspace they were imported for, not to the next one.
            state.setTraces(dev.headroom.session.TraceSet.EMPTY, List.of());
        }
        importedWhileOpening = reload;
        // A reload keeps the whole workspace on screen: a part of it would show less than is there.
        Run run = new Run(restore, !reload);
        current = run;
        progress.set(-1);
        progressMessage.set("Reading " + absolute.size() + (absolute.size() == 1 ? " input" : " inputs"));
        run.name = absolute.get(0).getFileName() == null ? absolute.get(0).toString()
                : absolute.get(0).getFileName().toString();
        headline.set("Analysing " + run.name + "…");
        analysisState.set(AnalysisState.RUNNING);
        running.set(true);
        Map<Path, String> texts = projectTexts;
        executor.execute(() -> run.execute(absolute, texts));
    }

    /** Stops the running analysis, if any; what was shown before stays. */
    public void cancel() {
        if (current != null) {
            current.cancelled.set(true);
        }
    }

    /** Shows a workspace analysed elsewhere (a saved analysis, a test's), as a finished open would. */
    public void show(AnalysedWorkspace analysed) {
        cancel();
        projectTexts = Map.of();
        settingsTried.set(false);
        current = null;
        headline.set("");
        running.set(false);
        analysisState.set(AnalysisState.SUCCEEDED);
        state.show(analysed, false);
        statusText.set(totals(analysed));
        trust(analysed);
    }

    private void finished(Run run, AnalysedWorkspace result, AnalysisState outcome, Problem why) {
        if (run != current) {
            return;
        }
        current = null;
        headline.set("");
        if (outcome != AnalysisState.SUCCEEDED) {
            state.abandonPartial();
        }
        running.set(false);
        analysisState.set(outcome);
        switch (outcome) {
            case SUCCEEDED -> {
                progress.set(1);
                state.show(result, importedWhileOpening);
                run.restore.run();
                statusText.set(totals(result));
                trust(result);
                progressMessage.set("Analysed " + result.workspace().units().size() + " units");
            }
            case CANCELLED -> {
                progress.set(0);
                progressMessage.set("Analysis cancelled");
            }
            default -> {
                progress.set(0);
                progressMessage.set("Analysis failed: " + why.message());
                state.failed(why);
            }
        }
        importedWhileOpening = false;
    }

    private void trust(AnalysedWorkspace analysed) {
        var figures = analysed.figures();
        int beyond = figures.unmeasuredOutsideDomain().size();
        trustText.set("Figures: " + figures.correction().brief() + (beyond == 0 ? ""
                : " · ⚠ " + beyond + (beyond == 1 ? " unit" : " units") + " beyond the model's fit"));
        trustDetail.set(figures.correction().summary() + figures.domainWarning().map(w -> ".\n" + w).orElse(""));
        beyondModel.set(beyond > 0);
    }

    private static String totals(AnalysedWorkspace analysed) {
        AnalysisStats stats = analysed.workspace().stats();
        return String.format(Locale.ROOT, "%d units · %d files · %d problems · analysed in %.1f s (%d parsed, %d shared, %d cached)",
                analysed.workspace().units().size(), analysed.workspace().files().size(), analysed.problems().size(),
                stats.wallMillis() / 1000.0, stats.unitsParsed(), stats.unitsShared(), stats.unitsCached());
    }

    private static String describe(Calibration c) {
        if (c.units() == 0 || Double.isNaN(c.spearman())) {
            return "Cost model: " + c.corpus() + " (uncalibrated)";
        }
        return String.format(Locale.ROOT, "Cost model: clang %s, %d units, Spearman %.2f, median error %.0f%% (%s)",
                c.clangVersion(), c.units(), c.spearman(), c.medianAbsErrorPct(), c.date());
    }

    /**
     * One open: its cancel flag, and progress handed back to the FX thread. Partial workspaces are built on the
     * executor one at a time, the newest only, and no more often than {@link #PARTIAL_INTERVAL_MILLIS}: several
     * units finishing together (from the cache) make one treemap, not one each.
     */
    private final class Run implements Progress {
        final AtomicBoolean cancelled = new AtomicBoolean();
        /** Set once the opener has returned: the whole workspace is on its way and no partial one is wanted. */
        final AtomicBoolean over = new AtomicBoolean();
        final Runnable restore;
        String name = "";
        private final java.util.concurrent.atomic.AtomicReference<java.util.function.Supplier<AnalysedWorkspace>>
                newest = new java.util.concurrent.atomic.AtomicReference<>();
        private final AtomicBoolean building = new AtomicBoolean();

        final boolean partials;

        Run(Runnable restore, boolean partials) {
            this.restore = restore;
            this.partials = partials;
        }

        void execute(List<Path> inputs, Map<Path, String> texts) {
            try {
                analyse(inputs, texts);
            } finally {
                over.set(true);
            }
        }

        private void analyse(List<Path> inputs, Map<Path, String> texts) {
            try {
                AnalysedWorkspace result = opener.open(inputs, texts, this, cancelled::get);
                fxThread.execute(() -> finished(this, result, cancelled.get() ? AnalysisState.CANCELLED
                        : AnalysisState.SUCCEEDED, null));
            } catch (SessionCancelledException e) {
                fxThread.execute(() -> finished(this, null, AnalysisState.CANCELLED, null));
            } catch (SessionException e) {
                fxThread.execute(() -> finished(this, null, AnalysisState.FAILED, e.problem()));
            } catch (RuntimeException | OutOfMemoryError e) {
                // A defect below must not leave the window waiting forever: it is told, and the workspace stays.
                Problem why = new Problem(null, 0, "the analysis stopped: " + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()), Problem.Source.INPUT);
                fxThread.execute(() -> finished(this, null, AnalysisState.FAILED, why));
            }
        }

        @Override
        public void note(String message) {
            fxThread.execute(() -> {
                if (current == this) {
                    progressMessage.set(message);
                }
            });
        }

        @Override
        public void unitStarted(String unit, int done, int total) {
            report("Parsing " + unit + " (" + done + " of " + total + " done)", done, total);
        }

        @Override
        public void unitFinished(String unit, int done, int total, long millis, boolean cached) {
            report((cached ? "Cached " : "Parsed ") + unit + " (" + done + " of " + total + " done)", done, total);
        }

        private void report(String message, int done, int total) {
            fxThread.execute(() -> {
                if (current == this) {
                    progressMessage.set(message);
                    progress.set(total == 0 ? -1 : (double) done / total);
                    headline.set("Analysing " + name + ": " + done + " of " + total + (total == 1 ? " unit…" : " units…"));
                }
            });
        }

        @Override
        public void unitsSoFar(java.util.function.Supplier<AnalysedWorkspace> soFar, int done, int total) {
            if (!partials || done >= total) {
                return; // the whole workspace follows at once
            }
            newest.set(soFar);
            if (building.compareAndSet(false, true)) {
                executor.execute(this::buildPartials);
            }
        }

        private void buildPartials() {
            try {
                java.util.function.Supplier<AnalysedWorkspace> next;
                while (!cancelled.get() && !over.get() && (next = newest.getAndSet(null)) != null) {
                    long start = System.nanoTime();
                    AnalysedWorkspace soFar = next.get();
                    fxThread.execute(() -> {
                        if (current == this && !cancelled.get()) {
                            state.showPartial(soFar);
                        }
                    });
                    long took = (System.nanoTime() - start) / 1_000_000;
                    Thread.sleep(Math.max(PARTIAL_INTERVAL_MILLIS, PARTIAL_WAIT_FACTOR * took));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // A partial view is a courtesy; the finished analysis says what went wrong, if anything did.
                newest.set(null);
            } finally {
                building.set(false);
            }
            // A unit may have finished between the last look and the flag's release.
            if (newest.get() != null && !cancelled.get() && !over.get() && building.compareAndSet(false, true)) {
                executor.execute(this::buildPartials);
            }
        }
    }
}
