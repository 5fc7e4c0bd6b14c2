// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.analysis.cost.Calibration;
import dev.headroom.analysis.graph.EdgeCut;
import dev.headroom.analysis.graph.Hubs;
import dev.headroom.analysis.graph.IncludeCycle;
import dev.headroom.analysis.graph.IncludeCycles;
import dev.headroom.analysis.include.IncludeArc;
import dev.headroom.analysis.include.IncludeGraphs;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * What {@code headroom report} shows: heaviest headers, heaviest include edges, hubs, cycles and the JIT budget of
 * every module. Plain typed rows, ready for any renderer.
 *
 * @param headers heaviest files by self cost, with inclusive and largest retained cost
 * @param edges   include edges whose cut removes most, summed over the units they appear in
 * @param hubs    files included from many places that pull in much
 * @param cycles  include cycles, each as its files
 * @param sharing headers shared by several units, and estimated bytes parsed over all units against the distinct
 *                files' bytes (the blow-up)
 * @param budget  the JIT budget as things are
 * @param calibration how far to trust the estimates
 * @param trust   every unit's figure labelled estimated, corrected or measured, and how far they are trusted here
 */
public record HeaderReport(List<HeaderRow> headers, List<EdgeRow> edges, List<HubRow> hubs, List<List<String>> cycles,
        UnitSharing sharing, JitBudget.Result budget, Calibration calibration, FigureTrust trust) {

    /** A header's costs. {@code retained} is its largest retained cost over the units, in {@code retainedIn}. */
    public record HeaderRow(String path, String origin, long self, long inclusive, long retained, String retainedIn,
            int units, int inlineBodies, int declarations) {
    }

    /** An include edge: {@code cut} is what cutting it removes, summed over {@code units}. */
    public record EdgeRow(String includer, int line, String target, int units, long cut, long largestCut) {
    }

    public record HubRow(String path, int fanIn, long inclusive, long score) {
    }

    public HeaderReport {
        headers = List.copyOf(headers);
        edges = List.copyOf(edges);
        hubs = List.copyOf(hubs);
        cycles = cycles.stream().map(List::copyOf).toList();
    }

    /** Builds the report's rows, {@code top} of each kind. */
    public static HeaderReport of(Workspace workspace, WorkspaceCosts costs, JitBudget.Result budget, Calibration calibration,
            int top) {
        return of(workspace, costs, budget, calibration, UnitFigures.none(), top);
    }

    /** As above, with every unit's figure labelled and how far the figures are trusted in this workspace. */
    public static HeaderReport of(Workspace workspace, WorkspaceCosts costs, JitBudget.Result budget, Calibration calibration,
            UnitFigures figures, int top) {
        Map<String, Long> retained = new HashMap<>();
        Map<String, String> retainedIn = new HashMap<>();
        Map<String, EdgeAcc> edges = new LinkedHashMap<>();
        for (TranslationUnit unit : workspace.units()) {
            costs.unit(unit.name()).ifPresent(c -> {
                c.retainedByFile().forEach((path, bytes) -> {
                    if (!path.equals(IncludeGraphs.rootOf(unit)) && bytes > retained.getOrDefault(path, -1L)) {
                        retained.put(path, bytes);
                        retainedIn.put(path, unit.name());
                    }
                });
                for (EdgeCut<IncludeArc> cut : c.heaviestCuts()) {
                    var e = cut.edge().edge();
                    edges.computeIfAbsent(e.includer() + "\u0000" + e.line() + "\u0000" + e.target(),
                            k -> new EdgeAcc(e.includer(), e.line(), e.target())).add(cut.cost());
                }
            });
        }
        List<HeaderRow> headerRows = workspace.files().stream()
                .map(f -> new HeaderRow(f.path(), f.origin().name().toLowerCase(java.util.Locale.ROOT), costs.self(f.path()),
                        costs.inclusive(f.path()), retained.getOrDefault(f.path(), 0L), retainedIn.getOrDefault(f.path(), ""),
                        f.unitsReaching(), f.inlineBodies(), declarations(f)))
                .sorted(Comparator.comparingLong(HeaderRow::self).reversed().thenComparing(HeaderRow::path))
                .limit(top).toList();
        List<EdgeRow> edgeRows = edges.values().stream()
                .map(a -> new EdgeRow(a.includer, a.line, a.target, a.units, a.sum, a.max))
                .sorted(Comparator.comparingLong(EdgeRow::cut).reversed().thenComparing(EdgeRow::target))
                .limit(top).toList();
        Graph<String, IncludeArc> merged = IncludeGraphs.merged(workspace);
        List<HubRow> hubRows = new ArrayList<>();
        if (!workspace.units().isEmpty()) {
            Hubs.of(merged, costs::self).top(top).forEach(h ->
                    hubRows.add(new HubRow(h.vertex(), h.fanIn(), h.inclusiveCost(), h.score())));
        }
        List<List<String>> cycles = IncludeCycles.of(merged).cycles().stream().map(IncludeCycle::vertices).toList();
        UnitSharing sharing = UnitSharing.of(workspace.units(), costs::self);
        return new HeaderReport(headerRows, edgeRows, hubRows, cycles, sharing, budget, calibration,
                FigureTrust.of(figures));
    }

    private static int declarations(SourceFile f) {
        return f.declarations().entrySet().stream()
                .filter(e -> e.getKey() != dev.headroom.model.DeclarationKind.MACRO_DEFINITION)
                .mapToInt(Map.Entry::getValue).sum();
    }

    private static final class EdgeAcc {
        final String includer;
        final int line;
        final String target;
        int units;
        long sum;
        long max;

        EdgeAcc(String includer, int line, String target) {
            this.includer = includer;
            this.line = line;
            this.target = target;
        }

        void add(long cost) {
            units++;
            sum += cost;
            max = Math.max(max, cost);
        }
    }
}
