// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.analysis.ApportionedFigure;
import dev.headroom.analysis.HeaderReport;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.analysis.UnitFigures;
import dev.headroom.analysis.UnitCosts;
import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.cost.ModelDomain;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.Measurements;
import dev.headroom.model.Origin;
import dev.headroom.model.Problem;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.WorkspaceInputs;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One analysed workspace and everything computed from it once: the model, the files by path, the cost of every file
 * and unit under the session's cost model, the JIT budget's constants and model, and what clang measured beside the
 * estimates. Immutable; what-ifs and cost trees are computed from it on request and never change it.
 */
public final class AnalysedWorkspace {
    private final Workspace workspace;
    private final CostModel costModel;
    private final JitSettings jitSettings;
    private final Measurements measurements;
    private final FileIndex files;
    private final WorkspaceCosts costs;
    private final JitBudget jitBudget;
    private final WorkspaceInputs inputs;
    private final UnitFigures figures;

    private AnalysedWorkspace(Workspace workspace, CostModel costModel, JitSettings jitSettings,
            Measurements measurements, WorkspaceInputs inputs) {
        this.inputs = inputs;
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.costModel = Objects.requireNonNull(costModel, "costModel");
        this.jitSettings = Objects.requireNonNull(jitSettings, "jitSettings");
        this.measurements = Objects.requireNonNull(measurements, "measurements");
        this.files = FileIndex.of(workspace);
        this.costs = WorkspaceCosts.of(workspace, files, costModel);
        this.jitBudget = workspace.modules().isEmpty() ? null : new JitBudget(workspace, files, costModel);
        this.figures = UnitFigures.of(workspace, files, costs, costModel, ModelDomain.bundled(), measurements.units());
    }

    /**
     * Composes an analysed workspace from a model that exists already: one a session parsed, one read back from
     * {@code analyze --json}, or one a test built.
     */
    public static AnalysedWorkspace of(Workspace workspace, CostModel costModel, JitSettings jitSettings,
            Measurements measurements) {
        return new AnalysedWorkspace(workspace, costModel, jitSettings, measurements, null);
    }

    /** As a session run composes it: with the inputs it parsed, which a refactor reparses on a patched copy. */
    static AnalysedWorkspace of(Workspace workspace, CostModel costModel, JitSettings jitSettings,
            Measurements measurements, WorkspaceInputs inputs) {
        return new AnalysedWorkspace(workspace, costModel, jitSettings, measurements, inputs);
    }

    /** The inputs the session parsed, or {@code null} for a model composed from elsewhere. */
    WorkspaceInputs inputs() {
        return inputs;
    }

    /** The {@code headroom.json} the workspace was read from, if a session read it from one. */
    public Optional<Path> projectFile() {
        return Optional.ofNullable(inputs == null ? null : inputs.projectFile());
    }

    /**
     * The files whose edits change this analysis and are the project's own: its project file, each unit's main file
     * and every project header a unit entered; none of the system's or third parties'. Empty for a model composed
     * from elsewhere.
     */
    public Set<Path> ownFiles() {
        if (inputs == null) {
            return Set.of();
        }
        Set<Path> own = new LinkedHashSet<>();
        if (inputs.projectFile() != null) {
            own.add(inputs.projectFile());
        }
        inputs.units().forEach(u -> own.add(u.mainFile()));
        workspace.files().stream().filter(f -> f.origin() == Origin.PROJECT)
                .forEach(f -> own.add(Path.of(f.path())));
        return Collections.unmodifiableSet(own);
    }

    /** Whether clang can compile these units: the session parsed them, rather than reading a saved analysis. */
    public boolean compilable() {
        return inputs != null;
    }

    /** As {@link #of(Workspace, CostModel, JitSettings, Measurements)}, with the seed's constants and no measurements. */
    public static AnalysedWorkspace of(Workspace workspace, CostModel costModel) {
        return of(workspace, costModel, JitSettings.seedDefaults(), new Measurements(Map.of(), Map.of()));
    }

    public Workspace workspace() {
        return workspace;
    }

    public CostModel costModel() {
        return costModel;
    }

    /** The JIT budget's constants: the seed's, the project file's, then the user's override; each says its source. */
    public JitSettings jitSettings() {
        return jitSettings;
    }

    /** What clang measured: per unit with {@code --measure-with-clang}, per header from imported time traces. */
    public Measurements measurements() {
        return measurements;
    }

    /** The workspace's files by path. */
    public FileIndex files() {
        return files;
    }

    /** Estimated cost of every file and unit. */
    public WorkspaceCosts costs() {
        return costs;
    }

    /**
     * Every unit's AST figure labelled estimated, corrected or measured, this workspace's correction fitted to the
     * units clang measured, and the units beyond what the bundled model was fitted on. The budget and what-ifs keep
     * the bundled estimates (decision 0019).
     */
    public UnitFigures figures() {
        return figures;
    }

    /** Every problem: the inputs', the toolchain's and each unit's. */
    public List<Problem> problems() {
        return workspace.allProblems();
    }

    /**
     * The files a precompiled header of {@code header} would hold in the JIT what-if: the header and all it reaches;
     * empty without jank modules.
     */
    public Set<String> precompiledClosure(String header) {
        return jitBudget == null ? Set.of() : jitBudget.precompiledClosure(Set.of(header));
    }

    /** Whether there are jank modules, without which there is no JIT to budget or try what-ifs on. */
    public boolean hasJit() {
        return jitBudget != null;
    }

    /** The JIT's memory along the load order under {@code scenario}, with this workspace's constants. */
    public Optional<JitBudget.Result> budget(JitScenario scenario) {
        return budget(jitSettings, scenario);
    }

    /** The JIT's memory under {@code scenario} with other constants (a limit the user is trying, say). */
    public Optional<JitBudget.Result> budget(JitSettings settings, JitScenario scenario) {
        return jitBudget == null ? Optional.empty() : Optional.of(jitBudget.compute(settings, scenario));
    }

    /** The ranked report of headers, edges, hubs, cycles and modules, {@code top} rows of each. */
    public HeaderReport report(JitScenario scenario, int top) {
        // The report has a budget section even without jank modules (it then lists none).
        JitBudget model = jitBudget != null ? jitBudget : new JitBudget(workspace, files, costModel);
        JitBudget.Result budget = model.compute(jitSettings, scenario);
        return HeaderReport.of(workspace, costs, budget, costModel.calibration(), figures, top);
    }

    /**
     * One unit's include graph costed under {@code metric}, from which the explorer draws its trees.
     *
     * @param measured clang's measured times by path, for {@link SizeMetric#MEASURED_TIME}; may be empty
     */
    public UnitCosts costTree(TranslationUnit unit, SizeMetric metric, Map<String, MeasuredHeaderTime> measured) {
        if (metric.apportionsUnitFigures()) {
            return UnitCosts.of(unit, files, measured, metric, costModel, apportioned(unit)::of);
        }
        return UnitCosts.of(unit, files, measured, metric, costModel);
    }

    /**
     * How the unit's AST figure (clang's when measured, else corrected or estimated) is shared out among its files,
     * which {@link SizeMetric#MEASURED_MEMORY} sizes tiles by.
     */
    public ApportionedFigure apportioned(TranslationUnit unit) {
        long filesEstimate = UnitCosts.of(unit, files, Map.of(), SizeMetric.ESTIMATED_MEMORY, costModel).total();
        return figures.unit(unit.name()).map(f -> ApportionedFigure.of(f, filesEstimate))
                .orElseGet(() -> ApportionedFigure.estimateOnly(unit.name(), filesEstimate));
    }

    /** Whether clang has measured any unit of the workspace as it is now. */
    public boolean anyUnitMeasured() {
        return figures.figures().stream().anyMatch(f -> f.source() == UnitFigures.Source.MEASURED);
    }

    /**
     * The unit that costs most on its own, which the explorer shows first: for a jank module what the JIT holds while
     * compiling it alone as it is (toolchain, runtime, its headers, generated code, codegen); for any other unit the
     * estimate of clang's peak memory for it. Empty without units.
     */
    public Optional<TranslationUnit> heaviestUnit() {
        Optional<JitBudget.Result> asIs = budget(JitScenario.AS_IS);
        Map<String, Long> alone = new java.util.HashMap<>();
        asIs.ifPresent(r -> r.loads().forEach(l -> alone.put(l.namespace(), l.aloneBytes())));
        return workspace.units().stream().max(java.util.Comparator.comparingLong(u -> alone.containsKey(u.name())
                ? alone.get(u.name()) : costs.unit(u.name()).map(WorkspaceCosts.UnitCost::peakBytes).orElse(0L)));
    }

    /** The unit named {@code name}. */
    public Optional<TranslationUnit> unit(String name) {
        return workspace.units().stream().filter(u -> u.name().equals(name)).findFirst();
    }
}
