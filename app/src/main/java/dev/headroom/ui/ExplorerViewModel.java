// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.analysis.UnitCosts;
import dev.headroom.analysis.cost.Calibration;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.analysis.graph.IncludeChains;
import dev.headroom.analysis.include.IncludeArc;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.measure.HeaderTimes;
import dev.headroom.measure.TimeTrace;
import dev.headroom.measure.TimeTraceException;
import dev.headroom.measure.TimeTraceImport;
import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.Problem;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.application.Platform;
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
 * The explorer's state and commands: which workspace, which unit, how the treemap is sized, coloured and nested,
 * where it is zoomed, what is selected and searched, the analysis in progress, and the JIT what-if tried on a jank
 * workspace (headers in a precompiled header, modules compiled ahead of time, lazy loading). It exposes read-only
 * properties and commands only; it holds no Nodes and needs no Stage. Per-file cost comes from the injected
 * {@link CostModel}.
 *
 * <p>Commands must be called on the FX application thread (or, in tests, on one thread); the analysis runs on the
 * given executor and reports back through its {@code Task}. Imported clang time traces are read on the same
 * executor and handed back through the FX-thread executor.
 */
public final class ExplorerViewModel {
    /** Default JIT budget: the iOS process limit under which a jank JIT must stay. */
    public static final double DEFAULT_BUDGET_MB = 1850;
    private static final int CHAIN_LIMIT = 8;

    /**
     * A unit in the modules list: its estimated cost against the budget.
     *
     * @param estimatedBytes for a jank module, what the JIT holds when it loads the module in load order under the
     *                       current what-if ({@code 0} when the what-if leaves it out); for any other unit, clang's
     *                       peak memory for it
     * @param jankModule     whether the unit is a jank module, which the JIT what-ifs apply to
     * @param leftOut        why the what-if leaves the module out of the JIT ("ahead of time", "not loaded at
     *                       start-up"), or empty when it is loaded
     */
    public record UnitRow(TranslationUnit unit, long estimatedBytes, double budgetShare, boolean overBudget,
            boolean jankModule, String leftOut) {
        public String name() {
            return unit.name();
        }

        public boolean loaded() {
            return leftOut.isEmpty();
        }
    }

    /** Why a what-if left a module out of the JIT, as the modules list says it. */
    public static final String AHEAD_OF_TIME = "ahead of time";
    public static final String NOT_AT_START_UP = "not loaded at start-up";

    /** A file shown in the source pane with lines to highlight ({@code 0} when none). */
    public record SourceLocation(String path, int firstLine, int lastLine) {
    }

    /**
     * What the details pane shows for the selected header.
     *
     * @param node            the selected box (a header or a group)
     * @param unit            the unit whose include graph the relations come from
     * @param functions       the function bodies written in the file, in file order
     * @param includers       files including it in that unit
     * @param includes        files it includes in that unit
     * @param chains          shortest include chains from the unit's main file to it
     * @param totalChains     how many shortest chains exist
     */
    public record Details(HeaderNode node, String unit, List<FunctionDefinition> functions, List<String> includers,
            List<String> includes, List<List<String>> chains, long totalChains) {
    }

    /** Where the analysis is. */
    public enum AnalysisState { IDLE, RUNNING, SUCCEEDED, CANCELLED, FAILED }

    private final CostModel costModel;
    private final AnalysisOptions options;
    private final Executor executor;
    private final Executor fxThread;

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<List<Path>> inputs = new ReadOnlyObjectWrapper<>(this, "inputs", List.of());
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TranslationUnit> selectedUnit = new ReadOnlyObjectWrapper<>(this, "selectedUnit");
    private final ReadOnlyObjectWrapper<SizeMetric> sizeBy = new ReadOnlyObjectWrapper<>(this, "sizeBy", SizeMetric.ESTIMATED_MEMORY);
    private final ReadOnlyObjectWrapper<ColourMode> colourBy = new ReadOnlyObjectWrapper<>(this, "colourBy", ColourMode.ORIGIN);
    private final ReadOnlyObjectWrapper<Hierarchy> hierarchy = new ReadOnlyObjectWrapper<>(this, "hierarchy", Hierarchy.DOMINATOR);
    private final ReadOnlyObjectWrapper<HeaderNode> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ObservableList<HeaderNode> zoomPath = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HeaderNode> displayRoot = new ReadOnlyObjectWrapper<>(this, "displayRoot");
    private final ReadOnlyObjectWrapper<HeaderNode> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper(this, "searchText", "");
    private final ReadOnlyObjectWrapper<Set<String>> searchMatches = new ReadOnlyObjectWrapper<>(this, "searchMatches", Set.of());
    private final ReadOnlyDoubleWrapper budgetMegabytes = new ReadOnlyDoubleWrapper(this, "budgetMegabytes", DEFAULT_BUDGET_MB);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SourceLocation> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ObservableList<String> sourceLines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AnalysisState> state = new ReadOnlyObjectWrapper<>(this, "state", AnalysisState.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "No workspace");
    private final ReadOnlyStringWrapper calibrationText = new ReadOnlyStringWrapper(this, "calibrationText");
    private final ReadOnlyObjectWrapper<Map<String, MeasuredHeaderTime>> measuredTimes =
            new ReadOnlyObjectWrapper<>(this, "measuredTimes", Map.of());
    private final ObservableList<SizeMetric> sizeMetrics = FXCollections.observableArrayList(offeredMetrics(false));
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyStringWrapper measuredText = new ReadOnlyStringWrapper(this, "measuredText", "");
    private final ReadOnlyObjectWrapper<JitScenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario", JitScenario.AS_IS);
    private final ReadOnlyBooleanWrapper whatIfsAvailable = new ReadOnlyBooleanWrapper(this, "whatIfsAvailable");
    private final ReadOnlyStringWrapper budgetSummary = new ReadOnlyStringWrapper(this, "budgetSummary", "");
    private final ReadOnlyObjectWrapper<JitBudget.Result> jitResult = new ReadOnlyObjectWrapper<>(this, "jitResult");

    // One read-only view per list, kept: unmodifiable views listen weakly, so a fresh view per call could lose
    // its listeners to the garbage collector.
    private final ObservableList<UnitRow> unitsView = FXCollections.unmodifiableObservableList(units);
    private final ObservableList<HeaderNode> zoomPathView = FXCollections.unmodifiableObservableList(zoomPath);
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> sourceLinesView = FXCollections.unmodifiableObservableList(sourceLines);
    private final ObservableList<SizeMetric> sizeMetricsView = FXCollections.unmodifiableObservableList(sizeMetrics);

    private FileIndex filesByPath = FileIndex.of(new Workspace("", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null));
    private Map<String, UnitCosts> costsByUnit = Map.of();
    /** The shown workspace's JIT model, or {@code null} when it has no jank modules. */
    private JitBudget jitBudget;
    private JitBudget.Result asIs;
    /** Clang's peak per unit that is not a jank module; what-ifs leave these alone. */
    private Map<String, Long> plainEstimates = Map.of();
    private AnalysisTask task;
    /** The JIT budget's constants for the workspace shown: the seed's, or its project file's. */
    private JitSettings jitSettings = JitSettings.seedDefaults();
    /** The traces imported for the shown workspace, by file, so importing a file again replaces it. */
    private Map<Path, TimeTrace> traces = Map.of();
    /** Why the last import's files could not be read; listed after the workspace's own problems. */
    private List<Problem> traceProblems = List.of();
    /** Counts imports and workspace openings, so a result that arrives after either is dropped. */
    private long importGeneration;
    private int pendingImports;
    private boolean importedWhileOpening;

    /**
     * Reports back to the FX application thread.
     *
     * @param costModel per-file cost, the "estimated memory" of the treemap and the budget bars
     * @param options   how analyses run
     * @param executor  where analyses and trace imports run; never the FX thread
     */
    public ExplorerViewModel(CostModel costModel, AnalysisOptions options, Executor executor) {
        this(costModel, options, executor, Platform::runLater);
    }

    /**
     * @param costModel per-file cost, the "estimated memory" of the treemap and the budget bars
     * @param options   how analyses run
     * @param executor  where analyses and trace imports run; never the FX thread
     * @param fxThread  where trace imports report back: the thread commands are called on
     */
    public ExplorerViewModel(CostModel costModel, AnalysisOptions options, Executor executor, Executor fxThread) {
        this.costModel = Objects.requireNonNull(costModel, "costModel");
        this.options = Objects.requireNonNull(options, "options");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        calibrationText.set(describe(costModel.calibration()));
    }

    // ---- read-only state -------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** The inputs of the workspace shown or being analysed. */
    public ReadOnlyObjectProperty<List<Path>> inputsProperty() {
        return inputs.getReadOnlyProperty();
    }

    /** The units with their estimated cost against the budget, in workspace order. */
    public ObservableList<UnitRow> units() {
        return unitsView;
    }

    public ReadOnlyObjectProperty<TranslationUnit> selectedUnitProperty() {
        return selectedUnit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SizeMetric> sizeByProperty() {
        return sizeBy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColourMode> colourByProperty() {
        return colourBy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Hierarchy> hierarchyProperty() {
        return hierarchy.getReadOnlyProperty();
    }

    /** The whole tree of the current hierarchy, unzoomed; {@code null} before a workspace is shown. */
    public ReadOnlyObjectProperty<HeaderNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** From the tree's root to the node the treemap is zoomed into. */
    public ObservableList<HeaderNode> zoomPath() {
        return zoomPathView;
    }

    /** The node the treemap shows, the last of {@link #zoomPath()}. */
    public ReadOnlyObjectProperty<HeaderNode> displayRootProperty() {
        return displayRoot.getReadOnlyProperty();
    }

    /** The selected box, shared by the treemap, the table and the details. */
    public ReadOnlyObjectProperty<HeaderNode> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty searchTextProperty() {
        return searchText.getReadOnlyProperty();
    }

    /** Paths of the headers whose path contains the search text, ignoring case; empty when there is no search. */
    public ReadOnlyObjectProperty<Set<String>> searchMatchesProperty() {
        return searchMatches.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty budgetMegabytesProperty() {
        return budgetMegabytes.getReadOnlyProperty();
    }

    /** Input, toolchain, preprocessor and syntax problems of the workspace, or why the analysis failed. */
    public ObservableList<Problem> problems() {
        return problemsView;
    }

    /** The file shown in the source pane and the lines to highlight. */
    public ReadOnlyObjectProperty<SourceLocation> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The lines of the file in the source pane. */
    public ObservableList<String> sourceLines() {
        return sourceLinesView;
    }

    public ReadOnlyObjectProperty<AnalysisState> stateProperty() {
        return state.getReadOnlyProperty();
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

    /** Totals of the workspace: units, files, problems, parse time. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Where the cost model's figures come from and how far to trust them. */
    public ReadOnlyStringProperty calibrationTextProperty() {
        return calibrationText.getReadOnlyProperty();
    }

    /**
     * Clang's measured parse time per header, by absolute normalized path, summed over the imported
     * {@code -ftime-trace} files; empty until a trace is imported and again once another workspace opens.
     */
    public ReadOnlyObjectProperty<Map<String, MeasuredHeaderTime>> measuredTimesProperty() {
        return measuredTimes.getReadOnlyProperty();
    }

    /** The metrics the treemap can be sized by now: {@link SizeMetric#MEASURED_TIME} only once times are imported. */
    public ObservableList<SizeMetric> sizeMetrics() {
        return sizeMetricsView;
    }

    /** Whether trace files are being read. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** What the imported traces cover, or why an import failed; empty when nothing was imported. */
    public ReadOnlyStringProperty measuredTextProperty() {
        return measuredText.getReadOnlyProperty();
    }

    /** The JIT what-if the module rows and the budget summary show; {@link JitScenario#AS_IS} until changed. */
    public ReadOnlyObjectProperty<JitScenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** Whether the shown workspace has jank modules, without which there is no JIT to try what-ifs on. */
    public ReadOnlyBooleanProperty whatIfsAvailableProperty() {
        return whatIfsAvailable.getReadOnlyProperty();
    }

    /** The JIT budget under the current what-if, module by module; {@code null} without jank modules. */
    public ReadOnlyObjectProperty<JitBudget.Result> jitResultProperty() {
        return jitResult.getReadOnlyProperty();
    }

    /**
     * The JIT's peak along the load order against the budget, where it occurs, and what the current what-if saves
     * or costs against the workspace as it is; or why there are no what-ifs.
     */
    public ReadOnlyStringProperty budgetSummaryProperty() {
        return budgetSummary.getReadOnlyProperty();
    }

    // ---- commands --------------------------------------------------------------------------------------------

    /** Analyses {@code paths} in the background, cancelling any analysis still running. */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        cancel();
        clearImports();
        List<Path> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        inputs.set(absolute);
        AnalysisTask started = new AnalysisTask(absolute, options);
        task = started;
        progress.bind(started.progressProperty());
        progressMessage.bind(started.messageProperty());
        state.set(AnalysisState.RUNNING);
        running.set(true);
        started.setOnSucceeded(e -> finished(started, AnalysisState.SUCCEEDED, null));
        started.setOnCancelled(e -> finished(started, AnalysisState.CANCELLED, "Analysis cancelled"));
        started.setOnFailed(e -> finished(started, AnalysisState.FAILED, "Analysis failed: " + message(started.getException())));
        executor.execute(started);
    }

    /** Stops the running analysis, if any; what was shown before stays. */
    public void cancel() {
        if (task != null && task.isRunning()) {
            task.cancel();
        }
    }

    private void finished(AnalysisTask done, AnalysisState outcome, String message) {
        if (done != task) {
            return;
        }
        task = null;
        progress.unbind();
        progressMessage.unbind();
        running.set(false);
        state.set(outcome);
        if (outcome == AnalysisState.SUCCEEDED) {
            progress.set(1);
            AnalysisTask.Result result = done.getValue();
            show(result.workspace(), importedWhileOpening, result.jitSettings());
            if (result.settingsProblem() != null) {
                problems.add(result.settingsProblem());
            }
            progressMessage.set("Analysed " + result.workspace().units().size() + " units");
        } else {
            progress.set(0);
            progressMessage.set(message);
            if (outcome == AnalysisState.FAILED) {
                problems.setAll(new Problem(null, 0, message, Problem.Source.INPUT));
            }
        }
    }

    /** Shows an analysed workspace, selecting its most expensive unit; imported times are cleared. */
    public void show(Workspace analysed) {
        show(analysed, false, JitSettings.seedDefaults());
    }

    /**
     * @param keepImports whether times imported while the workspace was being analysed belong to it
     */
    private void show(Workspace analysed, boolean keepImports, JitSettings settings) {
        jitSettings = settings;
        if (!keepImports) {
            clearImports();
        }
        importedWhileOpening = false;
        FileIndex byPath = FileIndex.of(analysed);
        filesByPath = byPath;
        workspace.set(analysed);
        problems.setAll(analysed.allProblems());
        plainEstimates = plainEstimates(analysed, byPath);
        jitBudget = analysed.modules().isEmpty() ? null : new JitBudget(analysed, costModel);
        asIs = jitBudget == null ? null : jitBudget.compute(jitSettings, JitScenario.AS_IS);
        whatIfsAvailable.set(jitBudget != null);
        scenario.set(JitScenario.AS_IS);
        jitResult.set(asIs);
        refreshUnitRows();
        refreshSummary();
        var stats = analysed.stats();
        statusText.set(String.format(Locale.ROOT, "%d units · %d files · %d problems · analysed in %.1f s (%d parsed, %d shared, %d cached)",
                analysed.units().size(), analysed.files().size(), problems.size(), stats.wallMillis() / 1000.0,
                stats.unitsParsed(), stats.unitsShared(), stats.unitsCached()));
        TranslationUnit heaviest = analysed.units().stream()
                .max(java.util.Comparator.comparingLong(u -> ownCost(u.name()))).orElse(null);
        selectedUnit.set(heaviest);
        selected.set(null);
        rebuild(false);
        problems.addAll(traceProblems);
        measuredText.set(describeImports());
    }

    /** Clang's peak memory above an empty unit for each unit that is not a jank module. */
    private Map<String, Long> plainEstimates(Workspace analysed, FileIndex byPath) {
        Set<String> modules = new java.util.HashSet<>();
        analysed.modules().forEach(m -> modules.add(m.namespace()));
        Map<String, Long> out = new HashMap<>();
        for (TranslationUnit unit : analysed.units()) {
            if (!modules.contains(unit.name())) {
                out.put(unit.name(), costModel.unitPeakBytes(unit.files().stream()
                        .map(f -> byPath.get(f.path())).filter(Objects::nonNull).toList()));
            }
        }
        return out;
    }

    /**
     * What a unit costs on its own, which picks the unit shown first: for a jank module, what the JIT holds while
     * compiling it alone as it is (toolchain, runtime, its headers, generated code, codegen; see {@link JitBudget}).
     */
    private long ownCost(String unit) {
        if (asIs != null) {
            for (JitBudget.ModuleLoad l : asIs.loads()) {
                if (l.namespace().equals(unit)) {
                    return l.aloneBytes();
                }
            }
        }
        return plainEstimates.getOrDefault(unit, 0L);
    }

    /**
     * A module's row is what the JIT holds when it loads that module in load order, so the longest bar is the peak
     * the budget is about; a what-if that takes a module out of the JIT shows it at 0 with the reason.
     */
    private void refreshUnitRows() {
        double budgetBytes = budgetMegabytes.get() * 1024 * 1024;
        Map<String, Long> atLoad = new HashMap<>();
        Set<String> skipped = Set.of();
        if (jitResult.get() != null) {
            jitResult.get().loads().forEach(l -> atLoad.put(l.namespace(), l.peakBytes()));
            skipped = Set.copyOf(jitResult.get().skipped());
        }
        List<UnitRow> rows = new ArrayList<>();
        for (TranslationUnit unit : workspace.get().units()) {
            String name = unit.name();
            boolean module = atLoad.containsKey(name) || skipped.contains(name);
            String leftOut = !skipped.contains(name) ? ""
                    : scenario.get().aotModules().contains(name) ? AHEAD_OF_TIME : NOT_AT_START_UP;
            long bytes = module ? atLoad.getOrDefault(name, 0L) : plainEstimates.getOrDefault(name, 0L);
            rows.add(new UnitRow(unit, bytes, bytes / budgetBytes, bytes > budgetBytes, module, leftOut));
        }
        units.setAll(rows);
    }

    /** A full recomputation of the JIT budget under {@code next}. */
    private void apply(JitScenario next) {
        scenario.set(next);
        jitResult.set(jitBudget.compute(jitSettings, next));
        refreshUnitRows();
        refreshSummary();
    }

    /** Whether there is no JIT to try what-ifs on; the summary then says why the command did nothing. */
    private boolean refuseWhatIf() {
        if (jitBudget != null) {
            return false;
        }
        budgetSummary.set(workspace.get() == null ? "No workspace: open one to try JIT what-ifs"
                : "No jank modules in " + workspace.get().name() + ": JIT what-ifs need a jank workspace");
        return true;
    }

    private void refreshSummary() {
        if (jitResult.get() == null) {
            budgetSummary.set(workspace.get() == null ? "" : "No jank modules: no JIT budget to try what-ifs on");
            return;
        }
        JitBudget.Result result = jitResult.get();
        double budgetBytes = budgetMegabytes.get() * 1024 * 1024;
        // Whole MB like the budget field; the difference keeps a decimal, since what-ifs often move a few MB.
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "peak %.0f MB %s %.0f MB",
                result.peakBytes() / (1024.0 * 1024), result.peakBytes() > budgetBytes ? "over the" : "of",
                budgetMegabytes.get()))
                .append(result.peakModule().isEmpty() ? " before any module loads" : " at " + result.peakModule());
        JitScenario s = scenario.get();
        if (!s.equals(JitScenario.AS_IS)) {
            long saved = asIs.peakBytes() - result.peakBytes();
            text.append("; what-if ").append(saved >= 0 ? "saves " : "costs ").append(Formats.bytes(Math.abs(saved)))
                    .append(": ").append(describe(s));
        }
        budgetSummary.set(text.toString());
    }

    private static String describe(JitScenario s) {
        List<String> parts = new ArrayList<>();
        if (!s.pchHeaders().isEmpty()) {
            parts.add("PCH " + String.join(", ", s.pchHeaders().stream().map(ExplorerViewModel::fileName).sorted().toList()));
        }
        if (!s.aotModules().isEmpty()) {
            parts.add("AOT " + String.join(", ", s.aotModules().stream().sorted().toList()));
        }
        if (s.lazy()) {
            parts.add("lazy loading");
        }
        return String.join("; ", parts);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static Set<String> toggled(Set<String> set, String item) {
        Set<String> out = new java.util.HashSet<>(set);
        if (!out.remove(item)) {
            out.add(item);
        }
        return out;
    }

    /** Shows the unit named {@code name} in the treemap, table and details. */
    public void selectUnit(String name) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        ws.units().stream().filter(u -> u.name().equals(name)).findFirst().ifPresent(u -> {
            if (u != selectedUnit.get()) {
                selectedUnit.set(u);
                rebuild(false);
            }
        });
    }

    /**
     * Sizes the treemap by {@code metric}.
     *
     * @throws IllegalStateException if the metric is not in {@link #sizeMetrics()}: measured time before an import
     */
    public void sizeBy(SizeMetric metric) {
        Objects.requireNonNull(metric, "metric");
        if (!sizeMetrics.contains(metric)) {
            throw new IllegalStateException(metric.title() + " needs an imported clang -ftime-trace file");
        }
        if (metric != sizeBy.get()) {
            sizeBy.set(metric);
            rebuild(true);
        }
    }

    /**
     * Reads clang {@code -ftime-trace} files in the background and adds their header times to those imported for
     * the shown workspace; a file imported again replaces its earlier reading. Files that cannot be read are listed
     * as problems naming the file, and the others are still used.
     */
    public void importTimeTraces(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Path> absolute = files.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        long generation = importGeneration;
        pendingImports++;
        importing.set(true);
        measuredText.set("Importing " + plural(absolute.size(), "time trace") + "…");
        executor.execute(() -> {
            Map<Path, TimeTrace> read = new LinkedHashMap<>();
            List<Problem> failed = new ArrayList<>();
            for (Path file : absolute) {
                try {
                    read.put(file, TimeTraceImport.read(file));
                } catch (TimeTraceException e) {
                    failed.add(new Problem(file.toString(), e.line(), "not imported: " + e.problem(),
                            Problem.Source.INPUT));
                } catch (RuntimeException e) {
                    // A trace clang did not write can still break the importer's checks, e.g. a self time above
                    // the inclusive one; it is one bad input, not a reason to lose the others.
                    failed.add(new Problem(file.toString(), 0, "not imported: " + message(e), Problem.Source.INPUT));
                }
            }
            fxThread.execute(() -> imported(generation, absolute, read, failed));
        });
    }

    /**
     * Opens dropped files: clang time traces (JSON objects with a top-level {@code traceEvents}) are imported, the
     * rest opened as a workspace. Traces dropped with workspace inputs belong to that workspace.
     */
    public void drop(List<Path> files) {
        List<Path> traceFiles = new ArrayList<>();
        List<Path> workspaceInputs = new ArrayList<>();
        for (Path file : files) {
            boolean json = file.getFileName() != null
                    && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            (json && Files.isRegularFile(file) && TimeTraceImport.isTrace(file) ? traceFiles : workspaceInputs).add(file);
        }
        open(workspaceInputs);
        importTimeTraces(traceFiles);
    }

    public void colourBy(ColourMode mode) {
        colourBy.set(Objects.requireNonNull(mode));
    }

    public void hierarchy(Hierarchy nesting) {
        if (nesting != hierarchy.get()) {
            hierarchy.set(Objects.requireNonNull(nesting));
            rebuild(false);
        }
    }

    /** Sets the JIT budget the unit bars are measured against. */
    public void budgetMegabytes(double megabytes) {
        if (!(megabytes > 0) || Double.isInfinite(megabytes)) {
            throw new IllegalArgumentException("budget must be a positive number of MB, was " + megabytes);
        }
        budgetMegabytes.set(megabytes);
        if (workspace.get() != null) {
            double budgetBytes = megabytes * 1024 * 1024;
            units.setAll(units.stream().map(r -> new UnitRow(r.unit(), r.estimatedBytes(), r.estimatedBytes() / budgetBytes,
                    r.estimatedBytes() > budgetBytes, r.jankModule(), r.leftOut())).toList());
            refreshSummary();
        }
    }

    /**
     * Puts the header at {@code path} in the precompiled header of the what-if, or takes it out again. Its AST and
     * that of everything it includes is then held once for the whole run instead of parsed by each module.
     */
    public void togglePrecompiledHeader(String path) {
        Objects.requireNonNull(path, "path");
        if (refuseWhatIf()) {
            return;
        }
        JitScenario s = scenario.get();
        apply(new JitScenario(toggled(s.pchHeaders(), path), s.aotModules(), s.lazy()));
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
        if (workspace.get().modules().stream().noneMatch(m -> m.namespace().equals(namespace))) {
            throw new IllegalArgumentException(namespace + " is not a jank module of " + workspace.get().name());
        }
        JitScenario s = scenario.get();
        apply(new JitScenario(s.pchHeaders(), toggled(s.aotModules(), namespace), s.lazy()));
    }

    /** Switches lazy loading (only the entry module and what it requires at start-up) on or off in the what-if. */
    public void toggleLazyLoading() {
        if (refuseWhatIf()) {
            return;
        }
        JitScenario s = scenario.get();
        apply(new JitScenario(s.pchHeaders(), s.aotModules(), !s.lazy()));
    }

    /** Drops every what-if: the modules load as they are. */
    public void resetWhatIfs() {
        if (refuseWhatIf()) {
            return;
        }
        apply(JitScenario.AS_IS);
    }

    /** Selects {@code node} (a box of the current tree) or clears the selection with {@code null}. */
    public void select(HeaderNode node) {
        selected.set(node);
        details.set(node == null ? null : detailsOf(node));
        if (node != null && node.file() != null) {
            showSource(node.path(), 0, 0);
        }
    }

    /** Selects the first box of the current tree showing the header at {@code path}; clears it if there is none. */
    public void selectPath(String path) {
        select(path == null ? null : find(tree.get(), n -> n.isHeader() && n.path().equals(path)));
    }

    /** Zooms the treemap into {@code node}, which must be in the tree; a leaf's parent is zoomed into instead. */
    public void zoomIn(HeaderNode node) {
        List<HeaderNode> path = pathTo(node);
        if (path.isEmpty()) {
            return;
        }
        if (node.children().isEmpty() && path.size() > 1) {
            path = path.subList(0, path.size() - 1);
        }
        setZoom(path);
    }

    /** Zooms the treemap out by one level. */
    public void zoomOut() {
        if (zoomPath.size() > 1) {
            setZoom(new ArrayList<>(zoomPath.subList(0, zoomPath.size() - 1)));
        }
    }

    /** Zooms to {@code node}, one of {@link #zoomPath()} (the breadcrumb). */
    public void zoomTo(HeaderNode node) {
        int at = zoomPath.indexOf(node);
        if (at >= 0) {
            setZoom(new ArrayList<>(zoomPath.subList(0, at + 1)));
        }
    }

    /** Highlights headers whose path contains {@code text}, ignoring case. */
    public void search(String text) {
        String query = text == null ? "" : text.strip();
        searchText.set(query);
        refreshMatches();
    }

    /** Shows {@code path} in the source pane with lines {@code first..last} highlighted (0 for none). */
    public void showSource(String path, int first, int last) {
        if (path == null) {
            return;
        }
        SourceLocation at = new SourceLocation(path, first, Math.max(first, last));
        SourceLocation before = source.get();
        if (before == null || !before.path().equals(path)) {
            try {
                sourceLines.setAll(Files.readAllLines(Path.of(path), StandardCharsets.ISO_8859_1));
            } catch (IOException | RuntimeException e) {
                sourceLines.setAll("(cannot read " + path + ": " + message(e) + ")");
            }
        }
        source.set(at);
    }

    /** Shows where a problem is, when it names a file. */
    public void showProblem(Problem problem) {
        if (problem.file() != null) {
            showSource(problem.file(), problem.line(), problem.line());
        }
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private void imported(long generation, List<Path> files, Map<Path, TimeTrace> read, List<Problem> failed) {
        pendingImports--;
        importing.set(pendingImports > 0);
        if (generation != importGeneration) {
            return;
        }
        if (running.get()) {
            importedWhileOpening = true;
        }
        Map<Path, TimeTrace> all = new LinkedHashMap<>(traces);
        files.forEach(all::remove);
        all.putAll(read);
        traces = Map.copyOf(all);
        problems.removeAll(traceProblems);
        traceProblems = List.copyOf(failed);
        problems.addAll(traceProblems);
        setMeasuredTimes(HeaderTimes.merge(all.values()));
        String outcome = describeImports();
        if (!failed.isEmpty()) {
            outcome = plural(failed.size(), "trace") + " not imported (see Problems)"
                    + (outcome.isEmpty() ? "" : " · " + outcome);
        }
        measuredText.set(outcome);
    }

    private void clearImports() {
        importGeneration++;
        importedWhileOpening = false;
        traces = Map.of();
        problems.removeAll(traceProblems);
        traceProblems = List.of();
        measuredText.set("");
        setMeasuredTimes(Map.of());
    }

    private void setMeasuredTimes(Map<String, MeasuredHeaderTime> times) {
        if (times.isEmpty() && measuredTimes.get().isEmpty()) {
            return;
        }
        measuredTimes.set(Map.copyOf(times));
        sizeMetrics.setAll(offeredMetrics(!times.isEmpty()));
        if (times.isEmpty() && sizeBy.get().needsMeasuredTimes()) {
            sizeBy.set(SizeMetric.ESTIMATED_MEMORY);
        }
        rebuild(true);
    }

    /** How many headers the traces timed and how many of those the workspace has, which shows a path mismatch. */
    private String describeImports() {
        if (traces.isEmpty()) {
            return "";
        }
        Map<String, MeasuredHeaderTime> times = measuredTimes.get();
        long known = times.keySet().stream().filter(filesByPath::contains).count();
        // Short: it shares the status bar with the workspace totals and the calibration.
        return String.format(Locale.ROOT, "Measured: %s · %s, %d in workspace",
                plural(traces.size(), "trace"), plural(times.size(), "header"), known);
    }

    private static List<SizeMetric> offeredMetrics(boolean measured) {
        return java.util.Arrays.stream(SizeMetric.values()).filter(m -> measured || !m.needsMeasuredTimes()).toList();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void rebuild(boolean keepZoom) {
        Workspace ws = workspace.get();
        TranslationUnit unit = selectedUnit.get();
        if (ws == null || unit == null) {
            tree.set(null);
            setZoom(List.of());
            return;
        }
        List<String> zoomedPaths = zoomPath.stream().map(HeaderNode::path).toList();
        String selectedPath = selected.get() == null ? null : selected.get().path();
        Map<String, UnitCosts> costs = new LinkedHashMap<>();
        SizeMetric metric = sizeBy.get();
        HeaderNode root;
        switch (hierarchy.get()) {
            case DOMINATOR -> {
                UnitCosts c = UnitCosts.of(unit, filesByPath, measuredTimes.get(), metric, costModel);
                costs.put(unit.name(), c);
                root = c.dominatorTree(unit.name(), HeaderNode.Kind.MODULE);
            }
            case DIRECTORY -> {
                UnitCosts c = UnitCosts.of(unit, filesByPath, measuredTimes.get(), metric, costModel);
                costs.put(unit.name(), c);
                root = c.directoryTree(unit.name());
            }
            case MODULE -> {
                List<HeaderNode> modules = new ArrayList<>();
                long sum = 0;
                for (TranslationUnit u : ws.units()) {
                    if (u.files().isEmpty()) {
                        continue;
                    }
                    UnitCosts c = UnitCosts.of(u, filesByPath, measuredTimes.get(), metric, costModel);
                    costs.put(u.name(), c);
                    HeaderNode m = c.dominatorTree(u.name(), HeaderNode.Kind.MODULE);
                    modules.add(m);
                    sum += m.weight();
                }
                modules.sort(java.util.Comparator.comparingLong(HeaderNode::weight).reversed());
                root = new HeaderNode(HeaderNode.Kind.WORKSPACE, ws.name(), ws.root(), null, 0, sum, sum, sum, 0, modules);
            }
            default -> throw new AssertionError(hierarchy.get());
        }
        costsByUnit = costs;
        tree.set(root);
        List<HeaderNode> zoom = new ArrayList<>(List.of(root));
        if (keepZoom) {
            for (String p : zoomedPaths.subList(Math.min(1, zoomedPaths.size()), zoomedPaths.size())) {
                HeaderNode last = zoom.get(zoom.size() - 1);
                HeaderNode next = last.children().stream().filter(c -> Objects.equals(c.path(), p)).findFirst().orElse(null);
                if (next == null) {
                    break;
                }
                zoom.add(next);
            }
        }
        setZoom(zoom);
        refreshMatches();
        if (selectedPath != null) {
            HeaderNode again = find(root, n -> Objects.equals(n.path(), selectedPath));
            select(again);
        } else {
            details.set(null);
        }
    }

    private void setZoom(List<HeaderNode> path) {
        zoomPath.setAll(path);
        displayRoot.set(path.isEmpty() ? null : path.get(path.size() - 1));
    }

    private void refreshMatches() {
        String query = searchText.get().toLowerCase(Locale.ROOT);
        if (query.isEmpty() || tree.get() == null) {
            searchMatches.set(Set.of());
            return;
        }
        Set<String> hits = new java.util.HashSet<>();
        walk(tree.get(), n -> {
            if (n.isHeader() && n.path().toLowerCase(Locale.ROOT).contains(query)) {
                hits.add(n.path());
            }
        });
        searchMatches.set(Set.copyOf(hits));
    }

    private Details detailsOf(HeaderNode node) {
        if (!node.isHeader()) {
            return new Details(node, null, List.of(), List.of(), List.of(), List.of(), 0);
        }
        String path = node.path();
        UnitCosts c = costsByUnit.values().stream().filter(u -> u.contains(path)).findFirst().orElse(null);
        TranslationUnit unit = selectedUnit.get();
        if (c == null || (hierarchy.get() == Hierarchy.MODULE && costsByUnit.containsKey(unit.name())
                && costsByUnit.get(unit.name()).contains(path))) {
            c = costsByUnit.getOrDefault(unit.name(), c);
        }
        List<FunctionDefinition> functions = workspace.get().functions().stream().filter(f -> f.file().equals(path)).toList();
        if (c == null) {
            return new Details(node, null, functions, List.of(), List.of(), List.of(), 0);
        }
        IncludeChains<String, IncludeArc> chains = c.chainsTo(path, CHAIN_LIMIT);
        return new Details(node, c.unit().name(), functions, c.includers(path), c.includes(path), chains.chains(),
                chains.totalChains());
    }

    private List<HeaderNode> pathTo(HeaderNode target) {
        HeaderNode root = tree.get();
        if (root == null || target == null) {
            return List.of();
        }
        // Iterative depth-first search keeping each node's parent, since trees can be very deep.
        Map<HeaderNode, HeaderNode> parent = new java.util.IdentityHashMap<>();
        Deque<HeaderNode> stack = new ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            HeaderNode n = stack.pop();
            if (n == target) {
                List<HeaderNode> path = new ArrayList<>();
                for (HeaderNode at = n; at != null; at = parent.get(at)) {
                    path.add(0, at);
                }
                return path;
            }
            for (HeaderNode child : n.children()) {
                parent.put(child, n);
                stack.push(child);
            }
        }
        return List.of();
    }

    private static HeaderNode find(HeaderNode root, java.util.function.Predicate<HeaderNode> test) {
        if (root == null) {
            return null;
        }
        Deque<HeaderNode> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            HeaderNode n = queue.poll();
            if (test.test(n)) {
                return n;
            }
            queue.addAll(n.children());
        }
        return null;
    }

    private static void walk(HeaderNode root, java.util.function.Consumer<HeaderNode> visit) {
        Deque<HeaderNode> stack = new ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            HeaderNode n = stack.pop();
            visit.accept(n);
            n.children().forEach(stack::push);
        }
    }

    private static String describe(Calibration c) {
        if (c.units() == 0 || Double.isNaN(c.spearman())) {
            return "Cost model: " + c.corpus() + " (uncalibrated)";
        }
        return String.format(Locale.ROOT, "Cost model: clang %s, %d units, Spearman %.2f, median error %.0f%% (%s)",
                c.clangVersion(), c.units(), c.spearman(), c.medianAbsErrorPct(), c.date());
    }

    private static String message(Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
