// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.session;

import dev.headroom.files.FolderWatch;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.ui.ExplorerState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * View → Watch files: the workspace is analysed again (the reload F5 does) a moment after one of its own files
 * changes: its project file, a unit's main file or a project header it entered, never the system's headers. A
 * change while an analysis runs is kept for one more run after it, however many changes come meanwhile.
 *
 * <p>A {@link FolderWatch} watches the folders of those files on its own thread; what it hears comes to the FX
 * thread, where the commands are called. Registering folders runs on {@code executor}. Closing the watch (turned off,
 * window closed) lets every folder go.
 */
public final class FileWatchViewModel implements AutoCloseable {
    private final ExplorerState state;
    private final SessionViewModel session;
    private final Runnable reload;
    private final Executor executor;
    private final Executor fxThread;
    private final Duration quiet;

    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper folders = new ReadOnlyIntegerWrapper(this, "folders");
    private final ReadOnlyIntegerWrapper reloads = new ReadOnlyIntegerWrapper(this, "reloads");

    /** The watch of the workspace on screen, while enabled; its folders are registered on the executor. */
    private FolderWatch watch;
    /** Files changed while an analysis ran: one more run is due when it ends. */
    private Set<Path> pending = Set.of();
    /** The reload the watch started and is waiting for, so the status can say what it is for. */
    private boolean reloading;

    /**
     * @param reload   analyses the workspace on screen again, keeping what is shown (the explorer's F5)
     * @param executor where folders are registered; never the FX thread
     * @param fxThread where changes are handled: the thread commands are called on
     * @param quiet    how long files must stay unchanged before the workspace is analysed again
     */
    public FileWatchViewModel(ExplorerState state, SessionViewModel session, Runnable reload, Executor executor,
            Executor fxThread, Duration quiet) {
        this.state = Objects.requireNonNull(state, "state");
        this.session = Objects.requireNonNull(session, "session");
        this.reload = Objects.requireNonNull(reload, "reload");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        state.analysedProperty().addListener((o, was, now) -> {
            if (now != null && !state.partialProperty().get()) {
                follow(now);
            }
        });
        state.inputsProperty().addListener((o, was, now) -> {
            if (!Objects.equals(was, now)) {
                // Changes to the workspace before are not the next one's to analyse.
                pending = Set.of();
            }
        });
        session.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                analysisEnded();
            }
        });
    }

    /** Whether files are watched. */
    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    /**
     * For the status bar: "Watching 3 folders", "changed: engine.hpp — analysing…", "changed: math.h — analysing
     * after this run…"; empty while off.
     */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How many folders are watched. */
    public ReadOnlyIntegerProperty foldersProperty() {
        return folders.getReadOnlyProperty();
    }

    /** How many times a change made the workspace be analysed again. */
    public ReadOnlyIntegerProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    /** Turns the watch on or off. */
    public void setEnabled(boolean on) {
        if (on == enabled.get()) {
            return;
        }
        enabled.set(on);
        if (!on) {
            close();
            return;
        }
        try {
            AtomicReference<FolderWatch> self = new AtomicReference<>();
            FolderWatch started = new FolderWatch(quiet, changed -> fxThread.execute(() -> heard(self.get(), changed)));
            self.set(started);
            watch = started;
            status.set("Watching…");
            AnalysedWorkspace shown = state.analysed();
            if (shown != null && !state.partialProperty().get()) {
                follow(shown);
            }
        } catch (IOException e) {
            enabled.set(false);
            status.set("Cannot watch files: " + e.getMessage());
        }
    }

    /** Stops watching and lets every folder go; the watch stays off until turned on again. */
    @Override
    public void close() {
        enabled.set(false);
        pending = Set.of();
        reloading = false;
        folders.set(0);
        status.set("");
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /** Watches the own files of {@code analysed} from now on. */
    private void follow(AnalysedWorkspace analysed) {
        FolderWatch current = watch;
        if (current == null) {
            return;
        }
        Set<Path> files = analysed.ownFiles();
        executor.execute(() -> {
            String said;
            int count;
            try {
                count = current.watch(files);
                said = null;
            } catch (IOException e) {
                count = 0;
                said = "Cannot watch files: " + e.getMessage();
            }
            int n = count;
            String why = said;
            fxThread.execute(() -> {
                if (watch == current) {
                    folders.set(n);
                    if (why != null) {
                        status.set(why);
                    } else if (!reloading) {
                        status.set(watching());
                    }
                }
            });
        });
    }

    private void heard(FolderWatch from, Set<Path> changed) {
        if (from == null || from != watch || !enabled.get()) {
            return;
        }
        if (session.runningProperty().get()) {
            Set<Path> all = new LinkedHashSet<>(pending);
            all.addAll(changed);
            pending = Set.copyOf(all);
            status.set("changed: " + names(pending) + " — analysing after this run…");
            return;
        }
        start(changed);
    }

    private void analysisEnded() {
        if (!enabled.get()) {
            return;
        }
        if (!pending.isEmpty()) {
            Set<Path> due = pending;
            pending = Set.of();
            start(due);
        } else {
            reloading = false;
            status.set(watching());
        }
    }

    private void start(Set<Path> changed) {
        reloading = true;
        reloads.set(reloads.get() + 1);
        status.set("changed: " + names(changed) + " — analysing…");
        reload.run();
        if (!session.runningProperty().get()) {
            // Nothing to analyse (no inputs), or an analysis that was done at once.
            reloading = false;
            status.set(watching());
        }
    }

    private String watching() {
        int n = folders.get();
        return "Watching " + n + (n == 1 ? " folder" : " folders");
    }

    private static String names(Set<Path> changed) {
        List<String> names = changed.stream().map(p -> p.getFileName() == null ? p.toString()
                : p.getFileName().toString()).sorted().toList();
        return names.size() <= 2 ? String.join(", ", names) : names.get(0) + " and " + (names.size() - 1) + " more";
    }
}
