// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.modules;

import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.model.TranslationUnit;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.HeaderUtilisations;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import dev.headroom.ui.ExplorerState;
import dev.headroom.ui.Formats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The modules list and the JIT what-ifs: every unit with what it costs against the budget, and the seed's remedies
 * (headers in a precompiled header, modules compiled ahead of time, lazy loading) recomputed at once; and the
 * incremental JIT what-if, which first counts what each module uses in the background.
 *
 * <p>The budget is the workspace's: its project file's {@code "limitMB"}, else the seed's 1850 MB, the same figure
 * {@code headroom check} uses. An edit of the budget field is an override of that limit, said as such, until it is
 * cleared or another workspace opens.
 */
public final class ModulesViewModel {
    private static final double MB = 1024.0 * 1024.0;
    /** Says where an overridden limit came from, beside every figure computed with it. */
    static final String OVERRIDE_SOURCE = "set in the explorer";

    private final ExplorerState state;
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final ObservableList<UnitRow> unitsView = FXCollections.unmodifiableObservableList(units);
    private final ReadOnlyDoubleWrapper budgetMegabytes = new ReadOnlyDoubleWrapper(this, "budgetMegabytes", 1850);
    private final ReadOnlyBooleanWrapper budgetOverridden = new ReadOnlyBooleanWrapper(this, "budgetOverridden");
    private final ReadOnlyStringWrapper budgetSource = new ReadOnlyStringWrapper(this, "budgetSource", "");
    private final ReadOnlyObjectWrapper<JitScenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario", JitScenario.AS_IS);
    private final ReadOnlyBooleanWrapper whatIfsAvailable = new ReadOnlyBooleanWrapper(this, "whatIfsAvailable");
    private final ReadOnlyStringWrapper budgetSummary = new ReadOnlyStringWrapper(this, "budgetSummary", "");
    private final ReadOnlyObjectWrapper<JitBudget.Result> jitResult = new ReadOnlyObjectWrapper<>(this, "jitResult");
    private final ReadOnlyStringWrapper whatIfExplanation = new ReadOnlyStringWrapper(this, "whatIfExplanation", "");
    private final ReadOnlyObjectWrapper<WhatIfMarks> whatIfMarks = new ReadOnlyObjectWrapper<>(this, "whatIfMarks",
            WhatIfMarks.NONE);

    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final Executor executor;
    private final Executor fxThread;

    /** The user's limit in bytes, or {@code null} to use the workspace's. */
    private Long overrideBytes;
    private JitBudget.Result asIs;
    private AtomicBoolean stop = new AtomicBoolean();

    /** A view model whose incremental JIT what-if counts uses on the calling thread (tests). */
    public ModulesViewModel(ExplorerState state) {
        this(state, Runnable::run, Runnable::run);
    }

    /**
     * @param executor where the incremental JIT what-if's outline parses run; never the FX thread
     * @param fxThread where they report back
     */
    public ModulesViewModel(ExplorerState state, Executor executor, Executor fxThread) {
        this.state = Objects.requireNonNull(state, "state");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        state.analysedProperty().addListener((o, a, ws) -> {
            stop.set(true);
            stop = new AtomicBoolean();
            counting.set(false);
            overrideBytes = null;
            scenario.set(JitScenario.AS_IS);
            recompute();
        });
    }

    /** Whether the incremental JIT what-if is counting what the modules use (one more parse per module). */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** The units with their estimated cost against the budget, in workspace order. */
    public ObservableList<UnitRow> units() {
        return unitsView;
    }

    /** The budget the bars are measured against, in MB: the override, else the workspace's limit. */
    public ReadOnlyDoubleProperty budgetMegabytesProperty() {
        return budgetMegabytes.getReadOnlyProperty();
    }

    /** Whether the budget is the user's override rather than the workspace's limit. */
    public ReadOnlyBooleanProperty budgetOverriddenProperty() {
        return budgetOverridden.getReadOnlyProperty();
    }

    /** Where the budget comes from ("headroom.json", "iOS kill limit in the seed", "set in the explorer"). */
    public ReadOnlyStringProperty budgetSourceProperty() {
        return budgetSource.getReadOnlyProperty();
    }

    /** The JIT what-if the rows and the summary show; {@link JitScenario#AS_IS} until changed. */
    public ReadOnlyObjectProperty<JitScenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** Whether the workspace has jank modules, without which there is no JIT to try what-ifs on. */
    public ReadOnlyBooleanProperty whatIfsAvailableProperty() {
        return whatIfsAvailable.getReadOnlyProperty();
    }

    /** The JIT budget under the current what-if, module by module; {@code null} without jank modules. */
    public ReadOnlyObjectProperty<JitBudget.Result> jitResultProperty() {
        return jitResult.getReadOnlyProperty();
    }

    /** The JIT's peak against the budget, where it occurs, and what the what-if saves or costs; or why there is none. */
    public ReadOnlyStringProperty budgetSummaryProperty() {
        return budgetSummary.getReadOnlyProperty();
    }

    /** Why the current what-if saves or costs what it does, one line per remedy; empty as the modules are. */
    public ReadOnlyStringProperty whatIfExplanationProperty() {
        return whatIfExplanation.getReadOnlyProperty();
    }

    /** The tiles and rows the current what-if changes, and why; {@link WhatIfMarks#NONE} as the modules are. */
    public ReadOnlyObjectProperty<WhatIfMarks> whatIfMarksProperty() {
        return whatIfMarks.getReadOnlyProperty();
    }

    // ---- commands --------------------------------------------------------------------------------------------

    /** Overrides the workspace's limit with {@code megabytes} for the workspace on screen. */
    public void overrideBudget(double megabytes) {
        if (!(megabytes > 0) || Double.isInfinite(megabytes) || megabytes > 1e9) {
            throw new IllegalArgumentException("the budget must be a positive number of MB up to 1e9, was " + megabytes);
        }
        overrideBytes = Math.round(megabytes * MB);
        recompute();
    }

    /** Goes back to the workspace's own limit. */
    public void clearBudgetOverride() {
        overrideBytes = null;
        recompute();
    }

    /**
     * Puts the header at {@code path} in the what-if's precompiled header, or takes it out again. Its AST and that of
     * everything it includes is then held once for the whole run instead of parsed by each module.
     */
    public void togglePrecompiledHeader(String path) {
        Objects.requireNonNull(path, "path");
        if (refuseWhatIf()) {
            return;
        }
        JitScenario s = scenario.get();
        apply(new JitScenario(toggled(s.pchHeaders(), path), s.aotModules(), s.lazy(), s.neededShares()));
    }

    /**
     * Marks the jank module {@code namespace} as compiled ahead of time in the what-if, or as JIT-compiled again.
     *
     * @throws IllegalArgumentException if the workspace has no such module
     */
    public void toggleAheadOfTime(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        if (refuseWhatIf()) {
            return;
        }
        if (state.analysed().workspace().modules().stream().noneMatch(m -> m.namespace().equals(namespace))) {
            throw new IllegalArgumentException(namespace + " is not a jank module of " + state.analysed().workspace().name());
        }
        JitScenario s = scenario.get();
        apply(new JitScenario(s.pchHeaders(), toggled(s.aotModules(), namespace), s.lazy(), s.neededShares()));
    }

    /** Switches lazy loading (only the entry module and what it requires at start-up) on or off in the what-if. */
    public void toggleLazyLoading() {
        if (refuseWhatIf()) {
            return;
        }
        JitScenario s = scenario.get();
        apply(new JitScenario(s.pchHeaders(), s.aotModules(), !s.lazy(), s.neededShares()));
    }

    /**
     * Switches the incremental JIT what-if on or off: each module pays only for the closure of the header
     * declarations it uses (an estimate). The first time, what the modules use is counted on the executor, one
     * more parse per module, while the summary says so.
     */
    public void toggleIncremental() {
        if (refuseWhatIf() || counting.get()) {
            return;
        }
        JitScenario s = scenario.get();
        if (s.incremental()) {
            apply(s.withNeededShares(Map.of()));
            return;
        }
        HeaderUtilisations utilisations = state.utilisations();
        if (utilisations == null) {
            budgetSummary.set("The incremental JIT what-if parses the modules again to count their uses: it needs"
                    + " the sources, not a saved analysis");
            return;
        }
        counting.set(true);
        budgetSummary.set("Counting what each module uses of its headers (one more parse per module)…");
        AtomicBoolean cancelled = stop;
        executor.execute(() -> {
            HeaderUtilisations.Study study = null;
            String failure = null;
            try {
                study = utilisations.all(dev.headroom.session.Progress.SILENT, cancelled::get);
            } catch (SessionException e) {
                failure = e.problem().message();
            } catch (SessionCancelledException e) {
                return;
            } catch (RuntimeException e) {
                failure = e.toString();
            }
            HeaderUtilisations.Study done = study;
            String why = failure;
            fxThread.execute(() -> {
                if (cancelled != stop) {
                    return;
                }
                counting.set(false);
                if (done == null) {
                    refreshSummary();
                    budgetSummary.set("Cannot count uses for the incremental JIT: " + why);
                } else {
                    apply(scenario.get().withNeededShares(done.neededShares()));
                }
            });
        });
    }

    /** Drops every what-if: the modules load as they are. */
    public void resetWhatIfs() {
        if (refuseWhatIf()) {
            return;
        }
        apply(JitScenario.AS_IS);
    }

    /** Shows the unit named {@code name} in the treemap, table and details. */
    public void selectUnit(String name) {
        state.selectUnit(name);
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private JitSettings settings(AnalysedWorkspace ws) {
        return overrideBytes == null ? ws.jitSettings() : ws.jitSettings().withLimit(overrideBytes, OVERRIDE_SOURCE);
    }

    private void recompute() {
        AnalysedWorkspace ws = state.analysed();
        if (ws == null) {
            units.clear();
            whatIfsAvailable.set(false);
            jitResult.set(null);
            budgetSummary.set("");
            whatIfExplanation.set("");
            whatIfMarks.set(WhatIfMarks.NONE);
            return;
        }
        JitSettings settings = settings(ws);
        budgetMegabytes.set(settings.limitBytes().value() / MB);
        budgetOverridden.set(overrideBytes != null);
        budgetSource.set(settings.limitBytes().source());
        asIs = ws.budget(settings, JitScenario.AS_IS).orElse(null);
        whatIfsAvailable.set(asIs != null);
        jitResult.set(ws.budget(settings, scenario.get()).orElse(null));
        whatIfMarks.set(WhatIfMarks.of(jitResult.get(), ws::precompiledClosure));
        refreshRows();
        refreshSummary();
    }

    private void apply(JitScenario next) {
        scenario.set(next);
        recompute();
    }

    /**
     * A module's row is what the JIT holds when it loads that module, in load order, so the longest bar is the peak
     * the budget is about; a what-if that takes a module out of the JIT shows it at 0 with the reason. Units that
     * are not jank modules follow, in workspace order.
     */
    private void refreshRows() {
        AnalysedWorkspace ws = state.analysed();
        double budgetBytes = budgetMegabytes.get() * MB;
        Map<String, JitBudget.ModuleLoad> loads = new HashMap<>();
        Set<String> skipped = Set.of();
        JitBudget.Result result = jitResult.get();
        if (result != null) {
            result.loads().forEach(l -> loads.put(l.namespace(), l));
            skipped = Set.copyOf(result.skipped());
        }
        List<TranslationUnit> ordered = new ArrayList<>();
        if (asIs != null) {
            asIs.loads().forEach(l -> ws.unit(l.namespace()).ifPresent(ordered::add));
        }
        ws.workspace().units().stream().filter(u -> !ordered.contains(u)).forEach(ordered::add);
        List<UnitRow> rows = new ArrayList<>();
        for (TranslationUnit unit : ordered) {
            String name = unit.name();
            JitBudget.ModuleLoad load = loads.get(name);
            boolean module = load != null || skipped.contains(name);
            String leftOut = !skipped.contains(name) ? ""
                    : scenario.get().aotModules().contains(name) ? UnitRow.AHEAD_OF_TIME : UnitRow.NOT_AT_START_UP;
            List<UnitRow.Part> parts = new ArrayList<>();
            long bytes;
            if (load != null) {
                bytes = load.peakBytes();
                long keptHere = Math.max(0, bytes - result.persistent() - load.headerBytes() - load.generatedBytes()
                        - load.codegenBytes());
                parts.add(new UnitRow.Part(UnitRow.Kind.PERSISTENT, result.persistent()));
                parts.add(new UnitRow.Part(UnitRow.Kind.KEPT, keptHere));
                parts.add(new UnitRow.Part(UnitRow.Kind.HEADERS, load.headerBytes()));
                parts.add(new UnitRow.Part(UnitRow.Kind.GENERATED, load.generatedBytes()));
                parts.add(new UnitRow.Part(UnitRow.Kind.CODEGEN, load.codegenBytes()));
            } else if (module) {
                bytes = 0;
            } else {
                bytes = ws.costs().unit(name).map(WorkspaceCosts.UnitCost::peakBytes).orElse(0L);
                parts.add(new UnitRow.Part(UnitRow.Kind.HEADERS, bytes));
            }
            rows.add(new UnitRow(unit, bytes, bytes / budgetBytes, bytes > budgetBytes, module, leftOut, parts));
        }
        units.setAll(rows);
    }

    /** Whether there is no JIT to try what-ifs on; the summary then says why the command did nothing. */
    private boolean refuseWhatIf() {
        if (asIs != null) {
            return false;
        }
        budgetSummary.set(state.analysed() == null ? "No workspace: open one to try JIT what-ifs"
                : "No jank modules in " + state.analysed().workspace().name() + ": JIT what-ifs need a jank workspace");
        return true;
    }

    private void refreshSummary() {
        JitBudget.Result result = jitResult.get();
        if (result == null) {
            budgetSummary.set("No jank modules: no JIT budget to try what-ifs on");
            whatIfExplanation.set("");
            return;
        }
        double budgetBytes = budgetMegabytes.get() * MB;
        // Whole MB like the budget field; the difference keeps a decimal, since what-ifs often move a few MB.
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "peak %.0f MB %s %.0f MB",
                result.peakBytes() / MB, result.peakBytes() > budgetBytes ? "over the" : "of", budgetMegabytes.get()))
                .append(result.peakModule().isEmpty() ? " before any module loads" : " at " + result.peakModule());
        JitScenario s = scenario.get();
        if (!s.equals(JitScenario.AS_IS)) {
            long saved = asIs.peakBytes() - result.peakBytes();
            text.append("; what-if ").append(saved >= 0 ? "saves " : "costs ").append(Formats.bytes(Math.abs(saved)))
                    .append(": ").append(describe(s));
        }
        budgetSummary.set(text.toString());
        whatIfExplanation.set(WhatIfExplanations.of(asIs, result));
    }

    private static String describe(JitScenario s) {
        List<String> parts = new ArrayList<>();
        if (!s.pchHeaders().isEmpty()) {
            parts.add("PCH " + String.join(", ", s.pchHeaders().stream().map(Formats::fileName).sorted().toList()));
        }
        if (!s.aotModules().isEmpty()) {
            parts.add("AOT " + String.join(", ", s.aotModules().stream().sorted().toList()));
        }
        if (s.lazy()) {
            parts.add("lazy loading");
        }
        if (s.incremental()) {
            parts.add("incremental JIT (estimated)");
        }
        return String.join("; ", parts);
    }

    private static Set<String> toggled(Set<String> set, String item) {
        Set<String> out = new HashSet<>(set);
        if (!out.remove(item)) {
            out.add(item);
        }
        return out;
    }
}
