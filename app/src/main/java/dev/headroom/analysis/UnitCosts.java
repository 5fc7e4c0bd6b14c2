// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.graph.DominatorTree;
import dev.headroom.analysis.graph.IncludeChains;
import dev.headroom.analysis.graph.RetainedCost;
import dev.headroom.analysis.include.IncludeArc;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.analysis.include.IncludeGraphs;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;
import org.jgrapht.Graph;

/**
 * One unit's include graph with the costs of its files under one metric, and the trees the explorer draws from it.
 * Immutable once built; building it runs one dominator computation and one retained-cost computation.
 */
public final class UnitCosts {
    private final TranslationUnit unit;
    private final FileIndex files;
    private final Graph<String, IncludeArc> graph;
    private final String root;
    private final DominatorTree<String, IncludeArc> dominators;
    private final RetainedCost<String, IncludeArc> costs;

    private UnitCosts(TranslationUnit unit, FileIndex files, Map<String, MeasuredHeaderTime> measured,
            SizeMetric metric, CostModel costModel, LongUnaryOperator scale) {
        this.unit = unit;
        this.files = files;
        this.graph = IncludeGraphs.ofUnit(unit);
        this.root = IncludeGraphs.rootOf(unit);
        Map<String, FileInUnit> inUnit = new HashMap<>();
        unit.files().forEach(f -> inUnit.put(f.path(), f));
        this.dominators = DominatorTree.of(graph, root);
        this.costs = RetainedCost.of(graph, root, path -> scale.applyAsLong(metric.of(files.get(path), inUnit.get(path),
                measured.get(path), costModel)));
    }

    /**
     * The costs of one unit: its files' self costs, their inclusive and retained sums, and its folders.
     *
     * @param files    the workspace's files by path
     * @param measured clang's measured times by path, empty when no trace is imported
     */
    public static UnitCosts of(TranslationUnit unit, FileIndex files,
            Map<String, MeasuredHeaderTime> measured, SizeMetric metric, CostModel costModel) {
        return new UnitCosts(unit, files, measured, metric, costModel, LongUnaryOperator.identity());
    }

    /**
     * The costs of one unit with each file's cost under {@code metric} passed through {@code scale} (a unit's figure
     * apportioned among its files, {@link ApportionedFigure#of(long)}).
     */
    public static UnitCosts of(TranslationUnit unit, FileIndex files, Map<String, MeasuredHeaderTime> measured,
            SizeMetric metric, CostModel costModel, LongUnaryOperator scale) {
        return new UnitCosts(unit, files, measured, metric, costModel, scale);
    }

    public TranslationUnit unit() {
        return unit;
    }

    /** The unit's main file, the root of its include graph. */
    public String root() {
        return root;
    }

    /** The whole unit's cost: every file it enters, once. */
    public long total() {
        return costs.total();
    }

    public boolean contains(String path) {
        return graph.containsVertex(path);
    }

    /** Files holding an include directive that resolves to {@code path}, in graph order, each once. */
    public List<String> includers(String path) {
        if (!graph.containsVertex(path)) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        graph.incomingEdgesOf(path).forEach(e -> out.add(graph.getEdgeSource(e)));
        return List.copyOf(out);
    }

    /** Files {@code path} includes, in graph order, each once. */
    public List<String> includes(String path) {
        if (!graph.containsVertex(path)) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        graph.outgoingEdgesOf(path).forEach(e -> out.add(graph.getEdgeTarget(e)));
        return List.copyOf(out);
    }

    /**
     * What each include directive of {@code path} costs in this unit, in line order: the included file's inclusive
     * cost (everything it brings, itself included) and what cutting that one directive removes from the unit (files
     * still reached another way stay), as Compile Score annotates the editor. A directive met twice (a header
     * without a guard entered twice) is listed once per entry.
     */
    public List<IncludeCost> includeCosts(String path) {
        if (!graph.containsVertex(path)) {
            return List.of();
        }
        List<IncludeCost> out = new ArrayList<>();
        for (IncludeArc arc : graph.outgoingEdgesOf(path)) {
            String target = graph.getEdgeTarget(arc);
            out.add(new IncludeCost(arc.edge().line(), arc.edge().spelled(), target, costs.inclusive(target),
                    costs.cutEdge(arc)));
        }
        out.sort(Comparator.comparingInt(IncludeCost::line));
        return List.copyOf(out);
    }

    /**
     * One include directive's cost in a unit, in the metric the costs were built with.
     *
     * @param line      the directive's line in the including file
     * @param spelled   how it is written ({@code <vector>}, {@code "engine.h"})
     * @param target    the file it resolved to
     * @param inclusive the target and everything it reaches, each file once
     * @param cut       what leaves the unit if only this directive is removed
     */
    public record IncludeCost(int line, String spelled, String target, long inclusive, long cut) {
    }

    /** Up to {@code limit} shortest include chains from the unit's main file to {@code path}. */
    public IncludeChains<String, IncludeArc> chainsTo(String path, int limit) {
        return IncludeChains.of(graph, root, path, limit);
    }

    /**
     * The unit as a dominator tree: each file under its immediate dominator, so each appears once and its area is
     * its retained cost. Built bottom-up without recursion, since include chains can be thousands deep.
     *
     * @param rootLabel the label of the root node (the unit's name)
     */
    public HeaderNode dominatorTree(String rootLabel, HeaderNode.Kind rootKind) {
        List<String> order = new ArrayList<>(dominators.reachable());
        Map<String, HeaderNode> built = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            String path = order.get(i);
            List<HeaderNode> kids = new ArrayList<>();
            for (String child : dominators.children(path)) {
                kids.add(built.remove(child));
            }
            kids.sort(Comparator.comparingLong(HeaderNode::weight).reversed());
            boolean isRoot = i == 0;
            built.put(path, new HeaderNode(isRoot ? rootKind : HeaderNode.Kind.HEADER,
                    isRoot ? rootLabel : fileName(path), isRoot && rootKind == HeaderNode.Kind.MODULE ? unit.name() : path,
                    isRoot && rootKind == HeaderNode.Kind.MODULE ? null : files.get(path), costs.self(path),
                    costs.inclusive(path), costs.retained(path), costs.retained(path), graph.inDegreeOf(path), kids));
        }
        return built.get(root);
    }

    /**
     * The unit's headers as one flat level under the unit, each as large as its inclusive cost: what it brings,
     * itself included. A header shared by several includers keeps its whole weight, unlike in the dominator tree;
     * the areas overlap, so they add up to more than the unit.
     */
    public HeaderNode inclusiveRanking(String rootLabel) {
        List<HeaderNode> tiles = new ArrayList<>();
        for (String path : dominators.reachable()) {
            if (!path.equals(root) && costs.inclusive(path) > 0) {
                tiles.add(header(fileName(path), path, costs.inclusive(path)));
            }
        }
        return flatRoot(rootLabel, tiles);
    }

    /**
     * The unit's include directives as one flat level under the unit, each as large as what cutting that one
     * directive removes from the unit (files reached another way stay); directives whose cut saves nothing are left
     * out. A tile stands for the included header, labelled with the line that includes it.
     */
    public HeaderNode cutRanking(String rootLabel) {
        List<HeaderNode> tiles = new ArrayList<>();
        for (IncludeArc arc : graph.edgeSet()) {
            long cut = costs.cutEdge(arc);
            if (cut > 0) {
                String target = graph.getEdgeTarget(arc);
                tiles.add(header(fileName(target) + " ← " + fileName(arc.edge().includer()) + ":" + arc.edge().line(),
                        target, cut));
            }
        }
        return flatRoot(rootLabel, tiles);
    }

    private HeaderNode header(String label, String path, long weight) {
        return new HeaderNode(HeaderNode.Kind.HEADER, label, path, files.get(path), costs.self(path),
                costs.inclusive(path), costs.retained(path), weight, graph.inDegreeOf(path), List.of());
    }

    private HeaderNode flatRoot(String rootLabel, List<HeaderNode> tiles) {
        tiles.sort(Comparator.comparingLong(HeaderNode::weight).reversed().thenComparing(HeaderNode::label));
        long sum = tiles.stream().mapToLong(HeaderNode::weight).sum();
        return new HeaderNode(HeaderNode.Kind.MODULE, rootLabel, unit.name(), null, 0, costs.total(), costs.total(), sum,
                0, tiles);
    }

    /** The unit's files by folder; folders chained with a single subfolder are merged into one. */
    public HeaderNode directoryTree(String rootLabel) {
        Folder top = new Folder("");
        for (String path : dominators.reachable()) {
            String[] parts = path.split("/");
            Folder at = top;
            StringBuilder prefix = new StringBuilder();
            for (int k = 0; k < parts.length - 1; k++) {
                if (parts[k].isEmpty()) {
                    continue;
                }
                prefix.append('/').append(parts[k]);
                String name = parts[k];
                String full = prefix.toString();
                at = at.folders.computeIfAbsent(name, n -> new Folder(full));
            }
            at.files.add(path);
        }
        return folderNode(top, rootLabel);
    }

    private HeaderNode folderNode(Folder folder, String label) {
        // Merge a chain of folders that hold nothing but one subfolder: /usr/include/c++/12 is one box.
        while (folder.files.isEmpty() && folder.folders.size() == 1) {
            Map.Entry<String, Folder> only = folder.folders.firstEntry();
            label = label.isEmpty() || label.endsWith("/") ? label + only.getKey() : label + "/" + only.getKey();
            folder = only.getValue();
        }
        List<HeaderNode> kids = new ArrayList<>();
        long sum = 0;
        for (Map.Entry<String, Folder> sub : folder.folders.entrySet()) {
            HeaderNode n = folderNode(sub.getValue(), sub.getKey());
            kids.add(n);
            sum += n.weight();
        }
        for (String path : folder.files) {
            long self = costs.self(path);
            kids.add(new HeaderNode(HeaderNode.Kind.HEADER, fileName(path), path, files.get(path), self,
                    costs.inclusive(path), costs.retained(path), self, graph.inDegreeOf(path), List.of()));
            sum += self;
        }
        kids.sort(Comparator.comparingLong(HeaderNode::weight).reversed());
        return new HeaderNode(HeaderNode.Kind.DIRECTORY, label, folder.path, null, 0, sum, sum, sum, 0, kids);
    }

    private static final class Folder {
        final String path;
        final TreeMap<String, Folder> folders = new TreeMap<>();
        final List<String> files = new ArrayList<>();

        Folder(String path) {
            this.path = path;
        }
    }

    /** The last segment of a path. */
    public static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
