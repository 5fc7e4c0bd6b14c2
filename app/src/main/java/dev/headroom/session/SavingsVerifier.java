// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.analysis.include.IncludeGraphs;
import dev.headroom.ingest.AnalysisOptions;
import dev.headroom.ingest.ClangSavings;
import dev.headroom.measure.ClangException;
import dev.headroom.measure.ClangStats;
import dev.headroom.measure.UnitFigureStore;
import dev.headroom.measure.WhatIfMeasurement;
import dev.headroom.model.Problem;
import dev.headroom.model.TranslationUnit;
import dev.headroom.workspace.UnitSpec;
import dev.headroom.workspace.WorkspaceInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Checks the estimated savings against clang: for the heaviest headers of each unit, clang compiles the unit once
 * with that header made empty through a virtual file overlay (the analysed tree is never touched), and the measured
 * saving stands beside the estimate. Runs in parallel, from a cache keyed by content, and can be cancelled.
 */
public final class SavingsVerifier {
    private final int threads;
    private final Path cacheDir;
    private final KnownUnitFigures known;

    /**
     * One header of one unit: what the model says removing it saves, and what clang measured.
     *
     * @param estimatedBytes    the header's estimated retained cost in the unit
     * @param measuredAstBytes  clang's AST Context bytes saved with the header empty
     * @param measuredPeakBytes clang's peak memory saved
     * @param cached            whether clang's figures came from the cache
     */
    public record Row(String unit, String header, long estimatedBytes, long measuredAstBytes, long measuredPeakBytes,
            boolean cached) {

        /** The estimate's error against clang, in percent of the measured saving; NaN when clang saved nothing. */
        public double errorPercent() {
            return measuredAstBytes == 0 ? Double.NaN : 100.0 * (estimatedBytes - measuredAstBytes) / measuredAstBytes;
        }
    }

    /**
     * @param threads  clang processes at once; {@code 0} for one per core
     * @param cacheDir where measured figures are kept, or {@code null} for Headroom's default
     */
    public SavingsVerifier(int threads, Path cacheDir) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.cacheDir = cacheDir == null ? ClangSavings.defaultCacheDir() : cacheDir.resolve("whatif");
        this.known = new KnownUnitFigures(cacheDir == null ? AnalysisOptions.defaultCacheDir() : cacheDir);
    }

    /**
     * Measures the {@code perUnit} heaviest headers of every unit of {@code analysed}.
     *
     * @throws SessionException          when clang cannot be run, or the workspace was not parsed by a session
     * @throws SessionCancelledException when {@code cancelled} said so
     */
    public List<Row> verify(AnalysedWorkspace analysed, int perUnit, Progress progress, BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException {
        Objects.requireNonNull(analysed, "analysed");
        if (perUnit <= 0) {
            return List.of();
        }
        WorkspaceInputs inputs = parsedInputs(analysed);
        ClangSavings savings = clang();
        List<Row> rows = new ArrayList<>();
        for (UnitSpec spec : inputs.units()) {
            if (cancelled.getAsBoolean()) {
                throw new SessionCancelledException("verification cancelled", null);
            }
            TranslationUnit unit = analysed.unit(spec.name()).orElse(null);
            WorkspaceCosts.UnitCost cost = analysed.costs().unit(spec.name()).orElse(null);
            if (unit == null || cost == null) {
                continue;
            }
            List<Map.Entry<String, Long>> heaviest = heaviest(cost, IncludeGraphs.rootOf(unit), perUnit);
            if (heaviest.isEmpty()) {
                continue;
            }
            progress.note("clang: " + spec.name() + ", emptying " + heaviest.size()
                    + (heaviest.size() == 1 ? " header" : " headers"));
            WhatIfMeasurement measured = emptying(savings, spec, unit, heaviest.stream().map(Map.Entry::getKey).toList(),
                    cancelled);
            keepBaseline(spec, unit, measured);
            for (int i = 0; i < heaviest.size() && i < measured.whatIfs().size(); i++) {
                WhatIfMeasurement.Row row = measured.whatIfs().get(i);
                rows.add(new Row(spec.name(), heaviest.get(i).getKey(), heaviest.get(i).getValue(), row.savedAstBytes(),
                        row.savedPeakRssBytes(), row.cached()));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * One header of one unit measured on demand (the explorer's "Measure with clang"): what clang saves with the
     * header made empty, beside the estimate, and the unit's own AST as clang and as the model see it.
     *
     * @param saving          the header's row: estimated retained cost against clang's saving
     * @param unitEstimated   the unit's estimated AST bytes
     * @param unitMeasured    clang's AST Context bytes for the unit as it is
     * @param clangErrors     errors clang reported on the unit as it is (its figures then cover less than the unit)
     * @param clangVersion    the clang that measured
     */
    public record HeaderMeasurement(Row saving, long unitEstimated, long unitMeasured, int clangErrors,
            String clangVersion) {
    }

    /**
     * Measures what emptying {@code header} saves in unit {@code unitName}.
     *
     * @throws SessionException          when clang cannot be run, the workspace was read back rather than parsed,
     *                                   or the unit does not enter the header
     * @throws SessionCancelledException when {@code cancelled} said so
     */
    public HeaderMeasurement measure(AnalysedWorkspace analysed, String unitName, String header,
            BooleanSupplier cancelled) throws SessionException, SessionCancelledException {
        WorkspaceInputs inputs = parsedInputs(analysed);
        UnitSpec spec = inputs.units().stream().filter(u -> u.name().equals(unitName)).findFirst().orElse(null);
        TranslationUnit unit = analysed.unit(unitName).orElse(null);
        WorkspaceCosts.UnitCost cost = analysed.costs().unit(unitName).orElse(null);
        if (spec == null || unit == null || cost == null || !cost.retainedByFile().containsKey(header)) {
            throw new SessionException(new Problem(header, 0, "unit " + unitName + " does not enter this header;"
                    + " select the header in a unit that includes it", Problem.Source.INPUT));
        }
        if (header.equals(IncludeGraphs.rootOf(unit))) {
            throw new SessionException(new Problem(header, 0, "this is the unit's own main file; clang measures what"
                    + " removing a header saves, so select one of the headers it includes", Problem.Source.INPUT));
        }
        WhatIfMeasurement measured = emptying(clang(), spec, unit, List.of(header), cancelled);
        keepBaseline(spec, unit, measured);
        WhatIfMeasurement.Row row = measured.whatIfs().get(0);
        Row saving = new Row(unitName, header, cost.retainedByFile().get(header), row.savedAstBytes(),
                row.savedPeakRssBytes(), row.cached());
        return new HeaderMeasurement(saving, cost.astBytes(), measured.baseline().astBytes(),
                measured.baseline().errors(), measured.clangVersion());
    }

    /**
     * Keeps clang's figure for the unit as it is, for the workspace correction of later analyses; a run with
     * errors covers less than the unit and is not kept. Its peak is of the process, not above an empty unit, so it
     * is kept as unknown.
     */
    private void keepBaseline(UnitSpec spec, TranslationUnit unit, WhatIfMeasurement measured) {
        if (measured.baseline().errors() == 0) {
            known.keep(spec, unit, new UnitFigureStore.Entry(measured.baseline().astBytes(), -1,
                    measured.baseline().wallMillis(), measured.clangVersion()));
        }
    }

    private static WorkspaceInputs parsedInputs(AnalysedWorkspace analysed) throws SessionException {
        Objects.requireNonNull(analysed, "analysed");
        WorkspaceInputs inputs = analysed.inputs();
        if (inputs == null) {
            throw new SessionException(new Problem(null, 0,
                    "this analysis was read back, not parsed: clang can only verify savings of inputs it can compile",
                    Problem.Source.INPUT));
        }
        return inputs;
    }

    private ClangSavings clang() throws SessionException {
        try {
            return ClangSavings.of(ClangStats.locate(), threads, cacheDir);
        } catch (ClangException e) {
            throw new SessionException(new Problem(null, 0, e.getMessage(), Problem.Source.TOOLCHAIN), e);
        }
    }

    private static WhatIfMeasurement emptying(ClangSavings savings, UnitSpec spec, TranslationUnit unit,
            List<String> headers, BooleanSupplier cancelled) throws SessionException, SessionCancelledException {
        try {
            return savings.emptyingHeaders(spec, unit.files().stream().map(f -> Path.of(f.path())).toList(),
                    headers.stream().map(Path::of).toList(), (label, done, total, cached) -> { }, cancelled);
        } catch (ClangException e) {
            if (cancelled.getAsBoolean()) {
                throw new SessionCancelledException("verification cancelled", e);
            }
            throw new SessionException(new Problem(spec.mainFile().toString(), 0, e.getMessage(),
                    Problem.Source.TOOLCHAIN), e);
        }
    }

    /** The unit's headers by retained cost, heaviest first, its main file left out (it retains everything). */
    private static List<Map.Entry<String, Long>> heaviest(WorkspaceCosts.UnitCost cost, String root, int n) {
        return cost.retainedByFile().entrySet().stream().filter(e -> !e.getKey().equals(root))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(n).toList();
    }
}
