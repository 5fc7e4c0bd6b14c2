// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.cost.CostModels;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.ShardException;
import dev.headroom.ingest.ShardPart;
import dev.headroom.ingest.Shards;
import dev.headroom.model.Problem;
import dev.headroom.workspace.CompilerFlags;
import dev.headroom.workspace.WorkspaceInputs;
import dev.headroom.workspace.WorkspaceLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one road from a front end into the layers below: a request is prepared (inputs read, JIT settings checked,
 * before any parse) and then run with one progress and cancel contract into one {@link AnalysedWorkspace}. The
 * command line and the explorer both come this way, so a figure one shows is the figure the other shows.
 */
public final class AnalysisSession {
    private final CostModel costModel;

    /** A session estimating with {@code costModel}. */
    public AnalysisSession(CostModel costModel) {
        this.costModel = Objects.requireNonNull(costModel, "costModel");
    }

    /** A session estimating with the cost model Headroom ships, fitted to clang. */
    public static AnalysisSession bundled() {
        return new AnalysisSession(CostModels.bundled());
    }

    public CostModel costModel() {
        return costModel;
    }

    /**
     * Reads the inputs and checks the settings, without parsing anything.
     *
     * @throws SessionException when there is nothing to analyse or the JIT settings are wrong, naming the file
     */
    public PreparedAnalysis prepare(AnalysisRequest request) throws SessionException {
        Optional<String> setting = AnalysisOptions.settingsProblem();
        if (setting.isPresent()) {
            throw new SessionException(new Problem(null, 0, setting.get()
                    + " (set in HEADROOM_JAVA_OPTS, or JAVA_TOOL_OPTIONS for the installed package)",
                    Problem.Source.INPUT));
        }
        CompilerFlags.ParsedCommand flags = CompilerFlags.parse(request.compilerFlags(), request.workingDirectory());
        List<Path> inputs = request.inputs().stream().map(request.workingDirectory()::resolve).toList();
        WorkspaceInputs loaded = WorkspaceLoader.load(inputs, flags.options(), System.getenv(), request.projectTexts());
        JitSettings settings = jitSettings(loaded, request);
        if (loaded.units().isEmpty()) {
            String why = loaded.problems().isEmpty() ? "" : " (" + loaded.problems().get(0) + ")";
            throw new SessionException(new Problem(null, 0, "nothing to analyse in " + describe(request.inputs()) + why
                    + "; give C/C++ files, a compile_commands.json, .jank modules, a headroom.json or a folder holding"
                    + " them", Problem.Source.INPUT));
        }
        return new PreparedAnalysis(this, request, loaded, settings);
    }

    /**
     * Reads the parts {@code analyze --shard I/N} wrote, checks they are every part of one analysis, reads that
     * analysis' inputs again (from the working directory the shards recorded) and builds its workspace from the
     * parts' facts: the analysis one run over every unit gives, but for timings and counts of how units were had.
     *
     * @param cacheDir where toolchain answers are kept, or {@code null} for the default
     * @throws SessionException naming the part at fault (missing, twice, of another run, Headroom or cost model)
     */
    public AnalysedWorkspace merge(List<Path> files, Path cacheDir, Progress progress) throws SessionException {
        java.util.Map<Path, ShardPart> parts = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            try {
                if (parts.put(file, Shards.read(file)) != null) {
                    throw new ShardException(file, "given twice; give each shard once");
                }
            } catch (ShardException e) {
                throw shardProblem(e);
            }
        }
        List<ShardPart> ordered;
        try {
            ordered = Shards.checkComplete(parts, generator(), costModelIdentity());
        } catch (ShardException e) {
            throw shardProblem(e);
        }
        ShardPart.Origin origin = ordered.get(0).origin();
        Path workingDirectory = Path.of(origin.workingDirectory());
        AnalysisRequest request = new AnalysisRequest(origin.inputs().stream().map(Path::of).toList(),
                origin.compilerFlags(), workingDirectory, 0, origin.collectUses(), cacheDir, false, null, null, false,
                List.of());
        return prepare(request).merge(parts, ordered, progress);
    }

    /** What wrote a shard part or merges one: parts of different Headroom builds do not merge. */
    static String generator() {
        String v = AnalysisSession.class.getPackage().getImplementationVersion();
        return "headroom " + (v == null ? "(development build)" : v);
    }

    /** The cost model's provenance, as a shard part records it. */
    String costModelIdentity() {
        var c = costModel.calibration();
        return c.clangVersion() + ", " + c.corpus() + ", " + c.units() + " units, " + c.date();
    }

    static SessionException shardProblem(ShardException e) {
        return new SessionException(new Problem(e.file() == null ? null : e.file().toString(), 0, e.getMessage(),
                Problem.Source.INPUT), e);
    }

    /**
     * Reads or analyses both revisions of {@code request} and computes what changed between them. Two revisions of one
     * repository are analysed in one folder moved from A to B, so units that entered no changed file are parsed once.
     *
     * @throws SessionException          when a side cannot be read (no such revision, not a repository, a saved
     *                                   analysis of another schema version), naming the input
     * @throws SessionCancelledException when {@code cancelled} said so
     */
    public Comparison compare(CompareRequest request, Progress progress, java.util.function.BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        return new Comparer(this, request, progress, cancelled).run();
    }

    /**
     * The seed's constants, then the project file's {@code "jit"} object, then the request's budget override.
     */
    private static JitSettings jitSettings(WorkspaceInputs loaded, AnalysisRequest request) throws SessionException {
        JitSettings settings = JitSettings.seedDefaults();
        if (!loaded.jit().isEmpty()) {
            try {
                settings = settings.with(loaded.jit(), loaded.projectFile().getFileName().toString());
            } catch (IllegalArgumentException e) {
                throw new SessionException(new Problem(loaded.projectFile().toString(), 0, e.getMessage(),
                        Problem.Source.INPUT), e);
            }
        }
        if (request.budgetOverride() != null) {
            settings = settings.withLimit(request.budgetOverride(),
                    request.budgetSource() == null ? "override" : request.budgetSource());
        }
        return settings;
    }

    private static String describe(List<Path> inputs) {
        return inputs.size() == 1 ? inputs.get(0).toString() : inputs.toString();
    }
}
