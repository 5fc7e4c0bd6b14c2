// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.report;

import dev.headroom.analysis.HeaderReport;
import dev.headroom.analysis.Libraries;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.model.TranslationUnit;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.ui.ExplorerState;
import dev.headroom.ui.treemap.TreemapViewModel;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The {@code report}'s rankings over all modules, for the explorer: headers by cost, include lines by what cutting
 * them saves, hubs (included from many places, pulling in much) and include cycles. Computed in the background,
 * only while the rankings are on screen ({@link #setActive}); choosing a row shows its header in the treemap, in a
 * module that enters it.
 */
public final class ReportViewModel {
    /** Rows of each ranking: as many as a reader can use. */
    static final int TOP = 200;

    /** One include cycle: its files, each including the next and the last the first. */
    public record Cycle(List<String> files) {
        public Cycle {
            files = List.copyOf(files);
        }
    }

    private final ExplorerState state;
    private final TreemapViewModel treemap;
    private final Executor executor;
    private final Executor fxThread;
    private final ObservableList<HeaderReport.HeaderRow> headers = FXCollections.observableArrayList();
    private final ObservableList<HeaderReport.EdgeRow> edges = FXCollections.observableArrayList();
    private final ObservableList<HeaderReport.HubRow> hubs = FXCollections.observableArrayList();
    private final ObservableList<Cycle> cycles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** Counts workspaces shown, so a report computed for an earlier one is dropped. */
    private long shown;
    private boolean active;
    /** The workspace the rankings are of, or {@code null} before the first computation. */
    private AnalysedWorkspace computedFor;

    public ReportViewModel(ExplorerState state, TreemapViewModel treemap, Executor executor, Executor fxThread) {
        this.state = Objects.requireNonNull(state, "state");
        this.treemap = Objects.requireNonNull(treemap, "treemap");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        state.analysedProperty().addListener((o, a, analysed) -> {
            // Rankings of part of a workspace would be superseded as soon as they were ready.
            if (active && !state.partialProperty().get()) {
                recompute(analysed);
            } else {
                clear();
            }
        });
    }

    /** Whether the rankings are on screen; they are computed when they are and the workspace is new to them. */
    public void setActive(boolean onScreen) {
        active = onScreen;
        AnalysedWorkspace analysed = state.analysedProperty().get();
        if (onScreen && analysed != computedFor && !state.partialProperty().get()) {
            recompute(analysed);
        }
    }

    public ObservableList<HeaderReport.HeaderRow> headers() {
        return headers;
    }

    public ObservableList<HeaderReport.EdgeRow> edges() {
        return edges;
    }

    public ObservableList<HeaderReport.HubRow> hubs() {
        return hubs;
    }

    public ObservableList<Cycle> cycles() {
        return cycles;
    }

    /** What the rankings cover, or that they are being computed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Shows {@code path} in the treemap: in the module on screen when it enters the file, else in {@code unitHint}
     * (the module where the row's figure was found), else in the first module that enters it.
     */
    public void show(String path, String unitHint) {
        AnalysedWorkspace analysed = state.analysedProperty().get();
        if (analysed == null || path == null) {
            return;
        }
        TranslationUnit current = state.selectedUnitProperty().get();
        if (current == null || !enters(current, path)) {
            String unit = analysed.unit(unitHint == null ? "" : unitHint).filter(u -> enters(u, path))
                    .or(() -> analysed.workspace().units().stream().filter(u -> enters(u, path)).findFirst())
                    .map(TranslationUnit::name).orElse(null);
            if (unit == null) {
                return;
            }
            state.selectUnit(unit);
        }
        treemap.selectPath(path);
    }

    /** The library the header belongs to (the treemap's Colour by library): the project's, the runtime, vulkan... */
    static String library(HeaderReport.HeaderRow row) {
        return "project".equals(row.origin()) ? Libraries.PROJECT : Libraries.of(row.path(), null);
    }

    private static boolean enters(TranslationUnit unit, String path) {
        return unit.files().stream().anyMatch(f -> f.path().equals(path));
    }

    private void clear() {
        shown++;
        computedFor = null;
        headers.clear();
        edges.clear();
        hubs.clear();
        cycles.clear();
        status.set("");
    }

    private void recompute(AnalysedWorkspace analysed) {
        clear();
        long run = shown;
        computedFor = analysed;
        if (analysed == null) {
            return;
        }
        status.set("Ranking headers over all modules…");
        executor.execute(() -> {
            HeaderReport report = analysed.report(JitScenario.AS_IS, TOP);
            fxThread.execute(() -> {
                if (run != shown) {
                    return;
                }
                headers.setAll(report.headers());
                edges.setAll(report.edges());
                // The report ranks every file; a hub is one included from two places or more.
                hubs.setAll(report.hubs().stream().filter(h -> h.fanIn() >= 2).toList());
                cycles.setAll(report.cycles().stream().map(Cycle::new).toList());
                int units = analysed.workspace().units().size();
                status.set("Over all " + units + (units == 1 ? " module" : " modules") + " (estimates): "
                        + report.headers().size() + " headers, " + report.edges().size() + " include lines, "
                        + hubs.size() + " hubs, " + report.cycles().size()
                        + (report.cycles().size() == 1 ? " cycle" : " cycles"));
            });
        });
    }
}
