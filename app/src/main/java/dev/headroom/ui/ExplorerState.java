// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.Problem;
import dev.headroom.model.TranslationUnit;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.HeaderUtilisations;
import dev.headroom.session.TraceSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every feature of one explorer shares: the analysed workspace on screen and its inputs, the selected unit, the
 * selected box, the imported clang time traces, and the problems to list. Each feature's view model is handed this
 * state, reads it through read-only properties and changes it only through the commands below, so two features
 * never hold two copies of one fact. A compare view holds two states.
 *
 * <p>Commands must be called on the FX application thread (or, in tests, on one thread).
 */
public final class ExplorerState {
    private final ReadOnlyObjectWrapper<AnalysedWorkspace> analysed = new ReadOnlyObjectWrapper<>(this, "analysed");
    private final ReadOnlyObjectWrapper<List<Path>> inputs = new ReadOnlyObjectWrapper<>(this, "inputs", List.of());
    private final ReadOnlyObjectWrapper<TranslationUnit> selectedUnit = new ReadOnlyObjectWrapper<>(this, "selectedUnit");
    private final ReadOnlyObjectWrapper<HeaderNode> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<TraceSet> traces = new ReadOnlyObjectWrapper<>(this, "traces", TraceSet.EMPTY);
    private final ReadOnlyObjectWrapper<Map<String, MeasuredHeaderTime>> measuredTimes =
            new ReadOnlyObjectWrapper<>(this, "measuredTimes", Map.of());
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    // Kept: an unmodifiable view listens weakly, so a fresh view per call could lose its listeners.
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);

    private HeaderUtilisations utilisations;
    private List<Problem> workspaceProblems = List.of();
    private List<Problem> traceProblems = List.of();
    private Problem failure;

    /** The analysed workspace on screen, or {@code null} before one is shown. */
    public ReadOnlyObjectProperty<AnalysedWorkspace> analysedProperty() {
        return analysed.getReadOnlyProperty();
    }

    /** The inputs of the workspace on screen or being analysed. */
    public ReadOnlyObjectProperty<List<Path>> inputsProperty() {
        return inputs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TranslationUnit> selectedUnitProperty() {
        return selectedUnit.getReadOnlyProperty();
    }

    /** The selected box, shared by the treemap, the table and the details; {@code null} for none. */
    public ReadOnlyObjectProperty<HeaderNode> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The clang time traces imported for the workspace on screen. */
    public ReadOnlyObjectProperty<TraceSet> tracesProperty() {
        return traces.getReadOnlyProperty();
    }

    /** Clang's measured time per header from the imported traces, by path; empty without traces. */
    public ReadOnlyObjectProperty<Map<String, MeasuredHeaderTime>> measuredTimesProperty() {
        return measuredTimes.getReadOnlyProperty();
    }

    /**
     * The problems to list: why the last open failed (while the workspace before it stays on screen), the
     * workspace's own, then the traces' that could not be imported.
     */
    public ObservableList<Problem> problems() {
        return problemsView;
    }

    /** The analysed workspace, or {@code null}. */
    public AnalysedWorkspace analysed() {
        return analysed.get();
    }

    /**
     * Header utilisation over the workspace on screen, shared by the features that show it so each unit's outline
     * parse happens once; {@code null} without a workspace or for one read back from JSON (nothing to parse).
     * Thread-safe; call its parses off the FX thread.
     */
    public HeaderUtilisations utilisations() {
        return utilisations;
    }

    // ---- commands --------------------------------------------------------------------------------------------

    /** The inputs now being opened; the workspace on screen stays until they are analysed. */
    public void opening(List<Path> paths) {
        inputs.set(List.copyOf(paths));
    }

    /**
     * Shows {@code workspace}, selecting its heaviest unit and no box.
     *
     * @param keepTraces whether the traces imported while it was being analysed belong to it
     */
    public void show(AnalysedWorkspace workspace, boolean keepTraces) {
        Objects.requireNonNull(workspace, "workspace");
        if (!keepTraces) {
            setTraces(TraceSet.EMPTY, List.of());
        }
        failure = null;
        workspaceProblems = List.copyOf(workspace.problems());
        selected.set(null);
        selectedUnit.set(null);
        utilisations = HeaderUtilisations.possible(workspace) ? new HeaderUtilisations(workspace) : null;
        analysed.set(workspace);
        selectedUnit.set(workspace.heaviestUnit().orElse(null));
        refreshProblems();
    }

    /** Says why an open failed; the workspace on screen and its problems stay, below this one. */
    public void failed(Problem why) {
        failure = why;
        refreshProblems();
    }

    /** Shows the unit named {@code name}, if the workspace has one. */
    public void selectUnit(String name) {
        if (analysed.get() == null) {
            return;
        }
        analysed.get().unit(name).ifPresent(u -> {
            if (u != selectedUnit.get()) {
                // The selection stays: the treemap finds the same header in the new unit's tree, or clears it.
                selectedUnit.set(u);
            }
        });
    }

    /** Selects a box of the tree on screen, or nothing with {@code null}. */
    public void select(HeaderNode node) {
        selected.set(node);
    }

    /** Replaces the imported traces, listing {@code failed} as the files that could not be imported. */
    public void setTraces(TraceSet set, List<Problem> failed) {
        traces.set(Objects.requireNonNull(set, "set"));
        traceProblems = List.copyOf(failed);
        if (!(set.headerTimes().isEmpty() && measuredTimes.get().isEmpty())) {
            measuredTimes.set(set.headerTimes());
        }
        refreshProblems();
    }

    private void refreshProblems() {
        List<Problem> all = new ArrayList<>();
        if (failure != null) {
            all.add(failure);
        }
        all.addAll(workspaceProblems);
        all.addAll(traceProblems);
        problems.setAll(grouped(all));
    }

    /**
     * Problems met the same way in several units (a header every module includes) listed once, saying in how many:
     * six copies of one message read as six problems.
     */
    static List<Problem> grouped(List<Problem> all) {
        Map<Problem, Integer> counts = new LinkedHashMap<>();
        all.forEach(p -> counts.merge(p, 1, Integer::sum));
        List<Problem> out = new ArrayList<>(counts.size());
        counts.forEach((p, n) -> out.add(n == 1 ? p : new Problem(p.file(), p.line(), p.message() + " (in " + n + " units)",
                p.source())));
        return out;
    }
}
