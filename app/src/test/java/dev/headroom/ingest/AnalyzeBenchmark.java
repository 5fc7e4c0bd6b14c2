// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.model.Workspace;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.WorkspaceInputs;
import dev.headroom.workspace.WorkspaceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times whole analyses of a workspace in one warm JVM, without the unit cache, as the explorer reanalyses (its idle
 * parse workers kept between analyses). A plain main, not a test: run by samples/tools/benchmark.sh, which also
 * times clang on the same units.
 *
 * <p>Usage: {@code AnalyzeBenchmark WORKSPACE [RUNS]}
 */
public final class AnalyzeBenchmark {
    private AnalyzeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args.length > 0 ? args[0] : "samples/vybe-sdf");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        IdleWorkers.keepBetweenAnalyses();
        Path cache = Files.createTempDirectory("headroom-bench");
        WorkspaceInputs inputs = WorkspaceLoader.load(List.of(workspace), CompileOptions.empty());
        WorkspaceAnalyzer analyzer = new WorkspaceAnalyzer(
                new AnalysisOptions(Runtime.getRuntime().availableProcessors(), true, cache, false));
        List<Long> times = new ArrayList<>();
        Workspace w = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            w = analyzer.analyze(inputs, AnalysisListener.SILENT, () -> false);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            times.add(ms);
            System.out.printf("run %d: %d ms (%d units, %d parsed)%n", i + 1, ms, w.units().size(), w.stats().unitsParsed());
        }
        // CDT needs several runs before the JIT compiler has caught up with it; the second half counts as warm.
        List<Long> warm = new ArrayList<>(times.subList(times.size() / 2, times.size()));
        warm.sort(null);
        System.out.printf("warm median (runs %d..%d): %d ms%n", runs / 2 + 1, runs, warm.get(warm.size() / 2));
        whatIfs(w);
    }

    /** A what-if is a full recomputation of the budget; the issue asks it to feel instant (under 50 ms). */
    private static void whatIfs(Workspace w) {
        var model = dev.headroom.analysis.cost.CostModels.bundled();
        List<dev.headroom.analysis.jit.JitScenario> scenarios = List.of(dev.headroom.analysis.jit.JitScenario.AS_IS,
                new dev.headroom.analysis.jit.JitScenario(java.util.Set.of("vulkan/sdf_engine.hpp"), java.util.Set.of(), false),
                new dev.headroom.analysis.jit.JitScenario(java.util.Set.of("imgui.h"), java.util.Set.of("vybe.sdf.ui"), true));
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long t0 = System.nanoTime();
            // From the workspace, as the UI does when a what-if changes: costs, budget, everything.
            dev.headroom.analysis.WorkspaceCosts.of(w, model);
            new dev.headroom.analysis.jit.JitBudget(w, model).compute(dev.headroom.analysis.jit.JitSettings.seedDefaults(),
                    scenarios.get(i % scenarios.size()));
            if (i >= 20) {
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        ms.sort(null);
        System.out.printf(java.util.Locale.ROOT, "what-if recomputation (costs + JIT budget): median %.1f ms, max %.1f ms%n",
                ms.get(ms.size() / 2), ms.get(ms.size() - 1));
    }
}
