// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.jit;

import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.include.IncludeArc;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.analysis.include.IncludeGraphs;
import dev.headroom.model.JankModule;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Estimated peak memory of a JIT that compiles jank modules one after another, as the seed describes it:
 * toolchain + the module's header AST + its generated code + codegen buffers + runtime, with part of each
 * module's memory kept after it loads.
 *
 * <p>Per module: {@code header} is the cost model's peak-memory estimate of the module's unit (clang's memory above
 * an empty unit for its header requires); {@code generated} is functions × C++ bytes per function × AST bytes per
 * source byte. Modules load in dependency order (required namespaces first, depth-first with ties in input
 * order); the process holds the toolchain, the runtime and any PCH throughout, and after each module keeps
 * {@code retainedFraction} of its transient memory (header + generated + codegen). Under the incremental JIT
 * what-if a module's {@code header} counts only the needed share of each header's estimate (see
 * {@code analysis.usage.HeaderUtilisation}): an estimate of an estimate. The peak is the largest sum
 * along that sequence. Each computation is a full recomputation, O(modules × files) after the per-file model
 * costs, which are computed once here.
 */
public final class JitBudget {
    private final Workspace workspace;
    private final CostModel model;
    private final FileIndex files;
    private final Graph<String, IncludeArc> merged;

    public JitBudget(Workspace workspace, CostModel model) {
        this(workspace, FileIndex.of(workspace), model);
    }

    /** A budget over {@code workspace}, whose files {@code files} indexes. */
    public JitBudget(Workspace workspace, FileIndex files, CostModel model) {
        this.workspace = workspace;
        this.model = model;
        this.files = files;
        this.merged = IncludeGraphs.merged(workspace);
    }

    /**
     * One module's share of the budget, in load order.
     *
     * @param headerMeasured whether {@code headerBytes} is an estimate; when the module's unit was not measured it
     *                       is 0 and every sum it enters is a lower bound
     */
    public record ModuleLoad(String namespace, int functions, long headerBytes, long generatedBytes, long codegenBytes,
            long aloneBytes, long peakBytes, boolean fits, boolean headerMeasured) {
    }

    /**
     * The result of one scenario.
     *
     * @param loads       modules in load order (those the scenario leaves out are absent)
     * @param skipped     modules left out: compiled ahead of time or not needed at start-up
     * @param persistent  memory held throughout: toolchain + runtime + PCH
     * @param pchBytes    the PCH's share of {@code persistent}
     * @param peakBytes   the largest sum along the load sequence
     * @param peakModule  the module at which the peak occurs
     * @param worstModule the module that costs most on its own
     * @param limitBytes  the limit
     */
    public record Result(JitSettings settings, JitScenario scenario, List<ModuleLoad> loads, List<String> skipped,
            long persistent, long pchBytes, long peakBytes, String peakModule, String worstModule, long limitBytes) {

        /** Whether the peak is within the limit; see {@link #unmeasured()} for whether the peak is whole. */
        public boolean fits() {
            return peakBytes <= limitBytes;
        }

        /** Modules loaded whose headers were not measured: the peak is then a lower bound, not an estimate. */
        public List<String> unmeasured() {
            return loads.stream().filter(m -> !m.headerMeasured()).map(ModuleLoad::namespace).toList();
        }
    }

    public Result compute(JitSettings settings, JitScenario scenario) {
        Set<String> pchClosure = closureOf(scenario.pchHeaders());
        long pchBytes = pchClosure.isEmpty() ? 0
                : Math.round(settings.pchFraction().value() * model.unitPeakBytes(sourceFiles(pchClosure)));
        long persistent = Saturating.add(settings.toolchainBytes().bytes(), settings.runtimeBytes().bytes(), pchBytes);

        List<JankModule> order = loadOrder();
        Set<String> needed = scenario.lazy() ? startupClosure(order) : null;
        Map<String, TranslationUnit> units = new HashMap<>();
        workspace.units().forEach(u -> units.put(u.name(), u));

        List<ModuleLoad> loads = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long kept = 0;
        long peak = persistent;
        String peakModule = "";
        String worst = "";
        long worstAlone = -1;
        for (JankModule m : order) {
            if (scenario.aotModules().contains(m.namespace()) || (needed != null && !needed.contains(m.namespace()))) {
                skipped.add(m.namespace());
                continue;
            }
            TranslationUnit unit = units.get(m.namespace());
            List<SourceFile> unitFiles = new ArrayList<>();
            if (unit != null) {
                for (var f : unit.files()) {
                    if (!pchClosure.contains(f.path()) && files.contains(f.path())) {
                        unitFiles.add(files.get(f.path()));
                    }
                }
            }
            boolean measured = unit == null || unit.measured();
            long header = unitFiles.isEmpty() ? 0 : model.unitPeakBytes(unitFiles);
            Map<String, Double> shares = scenario.neededShares().get(m.namespace());
            if (shares != null && !unitFiles.isEmpty()) {
                header = incremental(unitFiles, shares, header);
            }
            // Math.round saturates and Saturating.add does too: absurd settings give absurd sums, never negative ones.
            long generated = Math.round((double) m.functionCount() * settings.generatedSourcePerFunction().value()
                    * settings.astPerSourceByte().value());
            long codegen = settings.codegenBytes().bytes();
            long transient_ = Saturating.add(header, generated, codegen);
            long alone = Saturating.add(persistent, transient_);
            long atLoad = Saturating.add(persistent, kept, transient_);
            kept = Saturating.add(kept, Math.round(settings.retainedFraction().value() * transient_));
            if (atLoad > peak) {
                peak = atLoad;
                peakModule = m.namespace();
            }
            if (alone > worstAlone) {
                worstAlone = alone;
                worst = m.namespace();
            }
            loads.add(new ModuleLoad(m.namespace(), m.functionCount(), header, generated, codegen, alone, atLoad,
                    atLoad <= settings.limitBytes().bytes(), measured));
        }
        return new Result(settings, scenario, loads, skipped, persistent, pchBytes, peak, peakModule, worst,
                settings.limitBytes().bytes());
    }

    /**
     * A module's header memory when it pays only {@code shares} of each header: the whole unit's estimate less, per
     * file, the unpaid part of the file's marginal estimate (the unit of that file alone, above an empty unit).
     * Within the unit's estimate and the empty unit's, so the what-if never raises the header memory.
     */
    private long incremental(List<SourceFile> unitFiles, Map<String, Double> shares, long whole) {
        long empty = model.unitPeakBytes(List.of());
        double unpaid = 0;
        for (SourceFile f : unitFiles) {
            Double share = shares.get(f.path());
            if (share != null) {
                unpaid += (1 - share) * Math.max(0, model.unitPeakBytes(List.of(f)) - empty);
            }
        }
        return Math.max(Math.min(empty, whole), Math.min(whole, whole - Math.round(unpaid)));
    }

    /** Modules with their required namespaces first; a cycle is broken at the module met first. */
    List<JankModule> loadOrder() {
        Map<String, JankModule> byName = new LinkedHashMap<>();
        workspace.modules().forEach(m -> byName.put(m.namespace(), m));
        List<JankModule> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (JankModule m : byName.values()) {
            visit(m, byName, done, visiting, out);
        }
        return out;
    }

    private static void visit(JankModule m, Map<String, JankModule> byName, Set<String> done, Set<String> visiting,
            List<JankModule> out) {
        if (done.contains(m.namespace()) || !visiting.add(m.namespace())) {
            return;
        }
        for (String dep : m.namespaceRequires()) {
            JankModule d = byName.get(dep);
            if (d != null) {
                visit(d, byName, done, visiting, out);
            }
        }
        visiting.remove(m.namespace());
        done.add(m.namespace());
        out.add(m);
    }

    /**
     * The entry module and what it requires, transitively. The entry is the module nobody requires that pulls in
     * the most modules (the app's main namespace does); a tie goes to the one loaded last.
     */
    private Set<String> startupClosure(List<JankModule> order) {
        Set<String> required = new HashSet<>();
        order.forEach(m -> required.addAll(m.namespaceRequires()));
        Map<String, JankModule> byName = new HashMap<>();
        order.forEach(m -> byName.put(m.namespace(), m));
        Set<String> best = Set.of();
        for (JankModule m : order) {
            if (required.contains(m.namespace())) {
                continue;
            }
            Set<String> needed = requiresOf(m.namespace(), byName);
            if (needed.size() >= best.size()) {
                best = needed;
            }
        }
        return best;
    }

    private static Set<String> requiresOf(String entry, Map<String, JankModule> byName) {
        Set<String> needed = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(entry));
        while (!queue.isEmpty()) {
            String n = queue.poll();
            if (needed.add(n) && byName.containsKey(n)) {
                queue.addAll(byName.get(n).namespaceRequires());
            }
        }
        return needed;
    }

    /**
     * The files a precompiled header of {@code headers} holds: each header and every file reachable from it in the
     * merged include graph; a name matches a path equal to it or ending with "/name". O(vertices + edges) per header.
     */
    public Set<String> precompiledClosure(Set<String> headers) {
        return Collections.unmodifiableSet(closureOf(headers));
    }

    /** Files reachable from the given headers; a name matches a path equal to it or ending with "/name". */
    private Set<String> closureOf(Set<String> headers) {
        Set<String> closure = new LinkedHashSet<>();
        for (String h : headers) {
            for (String v : merged.vertexSet()) {
                if (v.equals(h) || v.endsWith("/" + h)) {
                    new BreadthFirstIterator<>(merged, v).forEachRemaining(closure::add);
                }
            }
        }
        return closure;
    }

    private List<SourceFile> sourceFiles(Set<String> paths) {
        List<SourceFile> out = new ArrayList<>();
        paths.forEach(p -> files.file(p).ifPresent(out::add));
        return out;
    }
}
