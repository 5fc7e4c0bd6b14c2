// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.jgrapht.Graph;

/**
 * Which translation units reach which files, when several roots share one merged include graph.
 *
 * <p>Algorithm: one iterative depth-first search per root, recording for every file the set of roots that reach
 * it. O(R · (V + E)) time for R roots and O(V · R / 64) words of memory. {@link #blowUp} is then a single O(V) pass.
 * The result is immutable and does not refer to the graph.
 *
 * @param <V> vertex type, a file
 * @param <E> edge type, an include
 */
public final class MultiRootReach<V, E> {

    private final IndexedGraph<V> graph;
    private final List<V> roots;
    private final BitSet[] reachedBy;
    private final Set<V> reached;

    private MultiRootReach(IndexedGraph<V> graph, List<V> roots) {
        this.graph = graph;
        this.roots = roots;
        int n = graph.size();
        this.reachedBy = new BitSet[n];
        for (int i = 0; i < n; i++) {
            reachedBy[i] = new BitSet(roots.size());
        }
        int[] stack = new int[n];
        for (int r = 0; r < roots.size(); r++) {
            int top = 0;
            int start = graph.indexOf(roots.get(r));
            reachedBy[start].set(r);
            stack[top++] = start;
            while (top > 0) {
                int u = stack[--top];
                for (int w : graph.successors(u)) {
                    if (!reachedBy[w].get(r)) {
                        reachedBy[w].set(r);
                        stack[top++] = w;
                    }
                }
            }
        }
        Set<V> any = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (!reachedBy[i].isEmpty()) {
                any.add(graph.vertex(i));
            }
        }
        this.reached = Collections.unmodifiableSet(any);
    }

    /**
     * Computes which of {@code roots} reach each file of {@code graph}.
     *
     * @param roots the translation units, at least one, no duplicates; their order is kept
     * @throws IllegalArgumentException if the graph is not directed, {@code roots} is empty or has duplicates, or a
     *     root is not a vertex of the graph
     */
    public static <V, E> MultiRootReach<V, E> of(Graph<V, E> graph, Collection<? extends V> roots) {
        Checks.directed(graph);
        Objects.requireNonNull(roots, "roots");
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one root is needed");
        }
        List<V> ordered = new ArrayList<>(roots.size());
        Set<V> seen = new HashSet<>();
        for (V root : roots) {
            Checks.vertexOf(graph, root, "root");
            if (!seen.add(root)) {
                throw new IllegalArgumentException("root " + root + " is listed twice");
            }
            ordered.add(root);
        }
        return new MultiRootReach<>(IndexedGraph.of(graph), List.copyOf(ordered));
    }

    /** The roots, in the order given. */
    public List<V> roots() {
        return roots;
    }

    /** Files reached by at least one root, in the graph's vertex iteration order. */
    public Set<V> reached() {
        return reached;
    }

    /** The roots that reach {@code vertex}, in root order; a root reaches itself. */
    public List<V> reachingRoots(V vertex) {
        BitSet by = reachedBy[graph.indexOf(vertex)];
        List<V> result = new ArrayList<>(by.cardinality());
        for (int r = by.nextSetBit(0); r >= 0; r = by.nextSetBit(r + 1)) {
            result.add(roots.get(r));
        }
        return List.copyOf(result);
    }

    /** How many roots reach {@code vertex}. */
    public int reachCount(V vertex) {
        return reachedBy[graph.indexOf(vertex)].cardinality();
    }

    /** Whether two or more roots reach {@code vertex}. */
    public boolean shared(V vertex) {
        return reachCount(vertex) >= 2;
    }

    /** Whether exactly one root reaches {@code vertex}. */
    public boolean unique(V vertex) {
        return reachCount(vertex) == 1;
    }

    /**
     * Bytes parsed over all roots against bytes of the distinct files they read: each reached file counts once per
     * root that reaches it in the first sum, and once in the second.
     *
     * @param cost bytes of each file; must not be negative for any reached file
     */
    public BlowUp blowUp(ToLongFunction<? super V> cost) {
        Objects.requireNonNull(cost, "cost");
        long parsed = 0;
        long distinct = 0;
        for (int i = 0; i < graph.size(); i++) {
            int count = reachedBy[i].cardinality();
            if (count > 0) {
                long bytes = Checks.cost(cost, graph.vertex(i));
                parsed = Math.addExact(parsed, Math.multiplyExact(bytes, count));
                distinct = Math.addExact(distinct, bytes);
            }
        }
        return new BlowUp(parsed, distinct);
    }
}
