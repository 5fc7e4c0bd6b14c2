// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.jgrapht.Graph;

/**
 * Retained, inclusive and self cost of the files of one translation unit, and the cost of cutting each include edge,
 * in the way heap analysers report retained size.
 *
 * <ul>
 *   <li>{@link #self(Object)}: the file's own bytes.
 *   <li>{@link #inclusive(Object)}: the bytes of every file the file reaches, itself included, each counted once.
 *   <li>{@link #retained(Object)}: the bytes of the file's dominator subtree, which is exactly what disappears from
 *       the translation unit if the file were no longer included at all.
 *   <li>{@link #cutEdge(Object)}: what disappears if only that one include edge is removed; files still reachable
 *       another way are not counted.
 * </ul>
 *
 * <p>Algorithm: every edge {@code u → v} is split by a virtual vertex {@code x} of cost zero into
 * {@code u → x → v}, and one dominator tree of the split graph is computed from the root (Cooper, Harvey and Kennedy,
 * "A Simple, Fast Dominance Algorithm", 2001). A file is dominated by {@code x} exactly when every chain from the
 * root to it uses the edge {@code u → v}, i.e. exactly when removing that edge makes it unreachable; so the retained
 * size of {@code x} is the cut cost of the edge. Splitting keeps dominance between real vertices unchanged (chains
 * correspond one to one) and virtual vertices weigh nothing, so the same tree also gives every file's retained
 * size. Retained sizes are summed bottom-up in postorder, since a dominator always finishes after what it
 * dominates. Inclusive costs come from a transitive closure over strong components (see {@code InclusiveCosts}).
 *
 * <p>Complexity: the dominator computation runs on V + E vertices and 2E edges, near-linear in practice; inclusive
 * costs are O(V + E + E' · V / 64 + C · V) for C components with E' edges between them. The result is immutable and
 * does not refer to the graph.
 *
 * @param <V> vertex type, a file
 * @param <E> edge type, an include
 */
public final class RetainedCost<V, E> {

    private final IndexedGraph<V> graph;
    private final Map<E, Integer> edgeIndex;
    private final long[] self;
    private final long[] inclusive;
    private final long[] retained;
    private final long[] cut;
    private final List<EdgeCut<E>> cutsByCost;
    private final int root;

    private RetainedCost(Graph<V, E> source, V rootVertex, ToLongFunction<? super V> cost) {
        this.graph = IndexedGraph.of(source);
        int n = graph.size();
        this.root = graph.indexOf(rootVertex);
        this.self = new long[n];
        for (int i = 0; i < n; i++) {
            self[i] = Checks.cost(cost, graph.vertex(i));
        }
        List<E> edges = List.copyOf(source.edgeSet());
        Map<E, Integer> edgeIds = new HashMap<>();
        for (int j = 0; j < edges.size(); j++) {
            edgeIds.put(edges.get(j), j);
        }
        this.edgeIndex = Map.copyOf(edgeIds);

        Dominance split = Dominance.from(splitEdges(source, edges), root);
        long[] weight = new long[n + edges.size()];
        for (int i = 0; i < n; i++) {
            if (split.isReachable(i)) {
                weight[i] = self[i];
            }
        }
        for (int k = 0; k < split.reachableCount() - 1; k++) {
            int id = split.postorder(k);
            int dominator = split.immediateDominator(id);
            weight[dominator] = Math.addExact(weight[dominator], weight[id]);
        }
        this.retained = Arrays.copyOf(weight, n);
        this.cut = Arrays.copyOfRange(weight, n, n + edges.size());
        this.inclusive = InclusiveCosts.of(source, graph, self);

        List<EdgeCut<E>> reached = new ArrayList<>();
        for (int j = 0; j < edges.size(); j++) {
            if (split.isReachable(n + j)) {
                reached.add(new EdgeCut<>(edges.get(j), cut[j]));
            }
        }
        // List.sort is stable, so equal costs keep the graph's edge iteration order
        reached.sort(Comparator.comparingLong(EdgeCut<E>::cost).reversed());
        this.cutsByCost = List.copyOf(reached);
    }

    /**
     * Computes all costs of the translation unit rooted at {@code root}.
     *
     * @param cost bytes of each file; must not be negative for any vertex of the graph
     * @throws IllegalArgumentException if the graph is not directed, {@code root} is not one of its vertices, or a
     *     cost is negative
     */
    public static <V, E> RetainedCost<V, E> of(Graph<V, E> graph, V root, ToLongFunction<? super V> cost) {
        Checks.vertexOf(Checks.directed(graph), root, "root");
        Objects.requireNonNull(cost, "cost");
        return new RetainedCost<>(graph, root, cost);
    }

    /** Vertex ids {@code 0..n-1} are files; id {@code n + j} is the virtual vertex splitting edge {@code j}. */
    private int[][] splitEdges(Graph<V, E> source, List<E> edges) {
        int n = graph.size();
        int[][] successors = new int[n + edges.size()][];
        for (int i = 0; i < n; i++) {
            int[] out = new int[source.outDegreeOf(graph.vertex(i))];
            int k = 0;
            for (E edge : source.outgoingEdgesOf(graph.vertex(i))) {
                out[k++] = n + edgeIndex.get(edge);
            }
            successors[i] = out;
        }
        for (int j = 0; j < edges.size(); j++) {
            successors[n + j] = new int[] {graph.indexOf(source.getEdgeTarget(edges.get(j)))};
        }
        return successors;
    }

    /** The root of the translation unit. */
    public V root() {
        return graph.vertex(root);
    }

    /** Bytes of the whole translation unit: every file reachable from the root, once. */
    public long total() {
        return retained[root];
    }

    /** The file's own bytes, as the cost function gave them. */
    public long self(V vertex) {
        return self[graph.indexOf(vertex)];
    }

    /** Bytes of every file reachable from {@code vertex}, itself included, each counted once. */
    public long inclusive(V vertex) {
        return inclusive[graph.indexOf(vertex)];
    }

    /**
     * Bytes that disappear from the translation unit if {@code vertex} is no longer included at all: the sum over its
     * dominator subtree. Zero for files the root does not reach.
     */
    public long retained(V vertex) {
        return retained[graph.indexOf(vertex)];
    }

    /**
     * Bytes that disappear from the translation unit if only {@code edge} is removed. Zero for edges the root does
     * not reach, for self-loops and for one of several parallel edges.
     *
     * @throws IllegalArgumentException if {@code edge} is not an edge of the analysed graph
     */
    public long cutEdge(E edge) {
        Integer j = edgeIndex.get(Objects.requireNonNull(edge, "edge"));
        if (j == null) {
            throw new IllegalArgumentException(edge + " is not an edge of the analysed graph");
        }
        return cut[j];
    }

    /**
     * The {@code n} edges of the translation unit whose cut saves the most, by cost descending; equal costs keep the
     * graph's edge iteration order. Fewer than {@code n} if the translation unit has fewer edges.
     */
    public List<EdgeCut<E>> heaviestCuts(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        return cutsByCost.subList(0, Math.min(n, cutsByCost.size()));
    }
}
