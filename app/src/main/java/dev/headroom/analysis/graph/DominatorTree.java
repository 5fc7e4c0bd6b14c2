// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * The dominator tree of an include graph from one root: vertex {@code a} dominates {@code b} when every include
 * chain from the root to {@code b} passes through {@code a}.
 *
 * <p>Algorithm: Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm" (2001), iterating over reverse
 * postorder of one depth-first search that follows the graph's edge iteration order. Near-linear in practice,
 * O(V + E) memory; ancestor queries ({@link #dominates}) are O(1) thanks to entry/exit numbers of a walk over the
 * finished tree. Cycles and self-loops are allowed.
 *
 * <p>Only vertices reachable from the root are in the tree. Queries accept any vertex of the analysed graph and
 * treat unreachable vertices as having no dominator and no children; vertices that were never in the graph are
 * rejected. The result is immutable and does not refer to the graph.
 *
 * @param <V> vertex type, a file
 * @param <E> edge type, an include
 */
public final class DominatorTree<V, E> {

    private final IndexedGraph<V> graph;
    private final Dominance dominance;
    private final List<List<V>> children;
    private final int[] entry;
    private final int[] exit;
    private final Set<V> reachable;

    private DominatorTree(IndexedGraph<V> graph, Dominance dominance) {
        this.graph = graph;
        this.dominance = dominance;
        int n = graph.size();
        List<List<Integer>> childIds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            childIds.add(new ArrayList<>());
        }
        Set<V> discovered = new LinkedHashSet<>();
        discovered.add(graph.vertex(dominance.root()));
        for (int k = 1; k < dominance.reachableCount(); k++) {
            int v = dominance.preorder(k);
            childIds.get(dominance.immediateDominator(v)).add(v);
            discovered.add(graph.vertex(v));
        }
        this.reachable = Collections.unmodifiableSet(discovered);
        List<List<V>> kids = new ArrayList<>(n);
        for (List<Integer> ids : childIds) {
            kids.add(ids.stream().map(graph::vertex).toList());
        }
        this.children = List.copyOf(kids);
        this.entry = new int[n];
        this.exit = new int[n];
        number(childIds, dominance.root());
    }

    /**
     * Computes the dominator tree of {@code graph} from {@code root}.
     *
     * @throws IllegalArgumentException if the graph is not directed or {@code root} is not one of its vertices
     */
    public static <V, E> DominatorTree<V, E> of(Graph<V, E> graph, V root) {
        Checks.vertexOf(Checks.directed(graph), root, "root");
        IndexedGraph<V> indexed = IndexedGraph.of(graph);
        return new DominatorTree<>(indexed, Dominance.from(indexed.adjacency(), indexed.indexOf(root)));
    }

    /** Entry and exit numbers of an iterative walk over the tree, so that ancestry is interval containment. */
    private void number(List<List<Integer>> childIds, int root) {
        int[] stack = new int[graph.size()];
        int[] nextChild = new int[graph.size()];
        int top = 0;
        int clock = 0;
        entry[root] = clock++;
        stack[top++] = root;
        while (top > 0) {
            int u = stack[top - 1];
            List<Integer> kids = childIds.get(u);
            if (nextChild[u] < kids.size()) {
                int c = kids.get(nextChild[u]++);
                entry[c] = clock++;
                stack[top++] = c;
            } else {
                exit[u] = clock++;
                top--;
            }
        }
    }

    /** The root the tree was computed from. */
    public V root() {
        return graph.vertex(dominance.root());
    }

    /** The vertices reachable from the root, in the order the depth-first search first discovered them. */
    public Set<V> reachable() {
        return reachable;
    }

    /** The immediate dominator of {@code vertex}; empty for the root and for vertices the root does not reach. */
    public Optional<V> immediateDominator(V vertex) {
        int idom = dominance.immediateDominator(graph.indexOf(vertex));
        return idom == Dominance.NONE ? Optional.empty() : Optional.of(graph.vertex(idom));
    }

    /**
     * The vertices {@code vertex} immediately dominates, in order of their first discovery by the depth-first search;
     * empty for leaves and unreachable vertices.
     */
    public List<V> children(V vertex) {
        return children.get(graph.indexOf(vertex));
    }

    /**
     * Whether every include chain from the root to {@code b} passes through {@code a}. Reflexive for reachable
     * vertices; false when either vertex is unreachable.
     */
    public boolean dominates(V a, V b) {
        int x = graph.indexOf(a);
        int y = graph.indexOf(b);
        if (!dominance.isReachable(x) || !dominance.isReachable(y)) {
            return false;
        }
        return entry[x] <= entry[y] && exit[y] <= exit[x];
    }
}
