// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.graph.EdgeCut;
import dev.headroom.analysis.graph.RetainedCost;
import dev.headroom.analysis.include.IncludeArc;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.analysis.include.IncludeGraphs;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;

/**
 * The estimated cost of every file and unit of a workspace under a {@link CostModel}: self cost per file,
 * inclusive cost over the merged include graph, and per unit the estimated AST and peak bytes, each file's
 * retained cost in that unit and the heaviest include edges to cut.
 *
 * <p>Each unit's retained costs come from one {@link RetainedCost} computation on that unit's include graph, so
 * the whole result is O(units × (V + E)) plus the model's own cost per file.
 */
public final class WorkspaceCosts {
    private final Map<String, Long> self;
    private final Map<String, Long> inclusive;
    private final Map<String, UnitCost> units;

    private WorkspaceCosts(Map<String, Long> self, Map<String, Long> inclusive, Map<String, UnitCost> units) {
        this.self = self;
        this.inclusive = inclusive;
        this.units = units;
    }

    /** Costs every file and unit of {@code workspace}. */
    public static WorkspaceCosts of(Workspace workspace, CostModel model) {
        return of(workspace, FileIndex.of(workspace), model);
    }

    /** Costs every file and unit of {@code workspace}, whose files {@code files} indexes. */
    public static WorkspaceCosts of(Workspace workspace, FileIndex files, CostModel model) {
        Map<String, Long> self = new HashMap<>();
        for (SourceFile f : workspace.files()) {
            self.put(f.path(), model.selfBytes(f));
        }
        Map<String, Long> inclusive = new HashMap<>();
        if (!workspace.units().isEmpty()) {
            Graph<String, IncludeArc> merged = IncludeGraphs.merged(workspace);
            String anyRoot = IncludeGraphs.rootOf(workspace.units().get(0));
            RetainedCost<String, IncludeArc> all = RetainedCost.of(merged, anyRoot, p -> self.getOrDefault(p, 0L));
            for (String v : merged.vertexSet()) {
                inclusive.put(v, all.inclusive(v));
            }
        }
        Map<String, UnitCost> units = new LinkedHashMap<>();
        for (TranslationUnit unit : workspace.units()) {
            if (unit.files().isEmpty()) {
                continue;
            }
            List<SourceFile> inUnit = new ArrayList<>();
            unit.files().forEach(f -> files.file(f.path()).ifPresent(inUnit::add));
            Graph<String, IncludeArc> g = IncludeGraphs.ofUnit(unit);
            RetainedCost<String, IncludeArc> retained = RetainedCost.of(g, IncludeGraphs.rootOf(unit), p -> self.getOrDefault(p, 0L));
            Map<String, Long> retainedByFile = new LinkedHashMap<>();
            unit.files().forEach(f -> retainedByFile.put(f.path(), retained.retained(f.path())));
            units.put(unit.name(), new UnitCost(unit.name(), model.unitAstBytes(inUnit), model.unitPeakBytes(inUnit),
                    retainedByFile, retained.heaviestCuts(20)));
        }
        return new WorkspaceCosts(Collections.unmodifiableMap(self), Collections.unmodifiableMap(inclusive),
                Collections.unmodifiableMap(units));
    }

    /** Estimated bytes of the file's own content in one unit. */
    public long self(String path) {
        return self.getOrDefault(path, 0L);
    }

    /** Self bytes of the file and everything it includes, each file once. */
    public long inclusive(String path) {
        return inclusive.getOrDefault(path, self(path));
    }

    /** The cost of one unit, if it was costed. */
    public Optional<UnitCost> unit(String name) {
        return Optional.ofNullable(units.get(name));
    }

    public List<UnitCost> units() {
        return List.copyOf(units.values());
    }

    /**
     * The estimated cost of one unit.
     *
     * @param unit              the unit's name
     * @param astBytes          estimate of clang's ASTContext bytes used for the unit
     * @param peakBytes         estimate of clang's peak memory above an empty unit
     * @param retainedByFile    per file of the unit: what disappears if the file were no longer included
     * @param heaviestCuts      the include edges whose cut removes most, heaviest first
     */
    public record UnitCost(String unit, long astBytes, long peakBytes, Map<String, Long> retainedByFile,
            List<EdgeCut<IncludeArc>> heaviestCuts) {

        public UnitCost {
            retainedByFile = Collections.unmodifiableMap(new LinkedHashMap<>(retainedByFile));
            heaviestCuts = List.copyOf(heaviestCuts);
        }

        public long retained(String path) {
            return retainedByFile.getOrDefault(path, 0L);
        }
    }
}
