// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.ingest.AnalysisCancelledException;
import dev.headroom.ingest.AnalysisListener;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.ClangMeasurer;
import dev.headroom.ingest.ShardException;
import dev.headroom.ingest.ShardPart;
import dev.headroom.ingest.Shards;
import dev.headroom.ingest.WorkspaceAnalyzer;
import dev.headroom.measure.ClangException;
import dev.headroom.measure.ClangStats;
import dev.headroom.measure.HeaderTimes;
import dev.headroom.measure.TimeTrace;
import dev.headroom.measure.TimeTraceException;
import dev.headroom.measure.TimeTraceImport;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.MeasuredUnit;
import dev.headroom.model.Measurements;
import dev.headroom.model.Problem;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.InputProblem;
import dev.headroom.workspace.WorkspaceInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A request whose inputs were read and whose settings hold: what will be analysed, before anything is parsed.
 * {@link #run} does the work; it may be called once per prepared analysis.
 */
public final class PreparedAnalysis {
    private final AnalysisSession session;
    private final AnalysisRequest request;
    private final WorkspaceInputs inputs;
    private final JitSettings jitSettings;

    PreparedAnalysis(AnalysisSession session, AnalysisRequest request, WorkspaceInputs inputs, JitSettings jitSettings) {
        this.session = session;
        this.request = request;
        this.inputs = inputs;
        this.jitSettings = jitSettings;
    }

    /** The workspace's name, as its project file or first input gives it. */
    public String name() {
        return inputs.name();
    }

    /** How many units will be analysed. */
    public int unitCount() {
        return inputs.units().size();
    }

    /** The JIT budget's constants, each with where it came from. */
    public JitSettings jitSettings() {
        return jitSettings;
    }

    /** What was wrong with the inputs that could still be read in part; each names its file. */
    public List<Problem> inputProblems() {
        List<Problem> out = new ArrayList<>();
        for (InputProblem p : inputs.problems()) {
            out.add(new Problem(p.file() == null ? null : p.file().toString(), p.line(), p.message(), Problem.Source.INPUT));
        }
        return out;
    }

    /**
     * Parses every unit, costs the workspace and measures what the request asked to be measured.
     *
     * @param progress  hears each unit start and finish
     * @param cancelled asked between steps and at each {@code #include}; {@code true} stops the run
     * @throws SessionCancelledException when {@code cancelled} said so
     * @throws SessionException          when a requested measurement cannot be made (clang missing, a bad trace)
     */
    public AnalysedWorkspace run(Progress progress, BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        // Traces are read first: a mistyped trace path should not cost a whole analysis to find out.
        Map<String, MeasuredHeaderTime> headerTimes = readTraces(request.timeTraces());
        AnalysisListener listener = new Forwarding(progress) {
            @Override
            public void unitsSoFar(java.util.function.Supplier<Workspace> soFar, int done, int total) {
                progress.unitsSoFar(() -> AnalysedWorkspace.of(soFar.get(), session.costModel(), jitSettings,
                        new Measurements(Map.of(), headerTimes), inputs), done, total);
            }
        };
        try {
            Workspace workspace = new WorkspaceAnalyzer(options()).analyze(inputs, listener, cancelled);
            Map<String, MeasuredUnit> clangUnits = Map.of();
            String clangVersion = null;
            if (request.measureWithClang()) {
                ClangStats clang = ClangStats.locate();
                clangVersion = clang.version();
                clangUnits = new ClangMeasurer(clang).measure(inputs, listener, cancelled);
            }
            // Figures measured before on the same content count too: they are what the workspace correction fits.
            Map<String, MeasuredUnit> known = new KnownUnitFigures(options().cacheDir())
                    .merge(inputs, workspace, clangUnits, clangVersion);
            return AnalysedWorkspace.of(workspace, session.costModel(), jitSettings,
                    new Measurements(known, headerTimes), inputs);
        } catch (AnalysisCancelledException e) {
            throw new SessionCancelledException(e.getMessage(), e);
        } catch (ClangException e) {
            throw new SessionException(new Problem(null, 0, e.getMessage(), Problem.Source.TOOLCHAIN), e);
        }
    }

    /**
     * Parses only the units of shard {@code index} (0-based) of {@code count} and writes their facts to {@code file}
     * for {@code merge}; costs nothing, measures nothing.
     *
     * @return the problems the shard's units met, each naming its unit
     * @throws SessionCancelledException when {@code cancelled} said so
     * @throws SessionException          when the part cannot be written, naming the file
     */
    public List<String> runShard(int index, int count, Path file, Progress progress, BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        ShardPart.Origin origin = new ShardPart.Origin(request.inputs().stream().map(Path::toString).toList(),
                request.compilerFlags(), request.workingDirectory().toAbsolutePath().normalize().toString(),
                request.collectUses());
        try {
            ShardPart part = Shards.analyse(new WorkspaceAnalyzer(options()), inputs, index, count, origin,
                    AnalysisSession.generator(), session.costModelIdentity(), listener(progress), cancelled);
            Shards.write(part, file);
            return Shards.problems(part);
        } catch (AnalysisCancelledException e) {
            throw new SessionCancelledException(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new SessionException(new Problem(file.toString(), 0, "cannot write the shard part: " + e.getMessage(),
                    Problem.Source.INPUT), e);
        }
    }

    /** Builds the workspace from the complete {@code parts} of an analysis of these inputs, parsing nothing. */
    AnalysedWorkspace merge(Map<Path, ShardPart> files, List<ShardPart> parts, Progress progress)
            throws SessionException {
        try {
            Workspace workspace = Shards.merge(new WorkspaceAnalyzer(options()), inputs, files, parts, listener(progress));
            Map<String, MeasuredUnit> known = new KnownUnitFigures(options().cacheDir())
                    .merge(inputs, workspace, Map.of(), null);
            return AnalysedWorkspace.of(workspace, session.costModel(), jitSettings, new Measurements(known, Map.of()),
                    inputs);
        } catch (ShardException e) {
            throw AnalysisSession.shardProblem(e);
        }
    }

    private static Map<String, MeasuredHeaderTime> readTraces(List<Path> files)
            throws SessionException {
        List<TimeTrace> traces = new ArrayList<>();
        for (Path file : files) {
            try {
                traces.add(TimeTraceImport.read(file));
            } catch (TimeTraceException e) {
                throw new SessionException(new Problem(file.toString(), e.line(), e.problem(), Problem.Source.INPUT), e);
            }
        }
        return HeaderTimes.merge(traces);
    }

    private AnalysisOptions options() {
        return new AnalysisOptions(request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors(),
                request.collectUses(), request.cacheDir() != null ? request.cacheDir() : AnalysisOptions.defaultCacheDir(),
                request.unitCache());
    }

    private static AnalysisListener listener(Progress progress) {
        return new Forwarding(progress);
    }

    /** Tells a session's progress what the analysis hears. */
    private static class Forwarding implements AnalysisListener {
        private final Progress progress;

        Forwarding(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void note(String message) {
            progress.note(message);
        }

        @Override
        public void unitStarted(String unit, int done, int total) {
            progress.unitStarted(unit, done, total);
        }

        @Override
        public void unitFinished(String unit, int done, int total, long millis, boolean cached) {
            progress.unitFinished(unit, done, total, millis, cached);
        }
    }
}
