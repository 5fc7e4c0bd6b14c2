// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.jgrapht.Graph;

/**
 * "Why is this file included?": the shortest include chains from a root to a target, as lists of files
 * {@code root, …, target}.
 *
 * <p>Algorithm: a breadth-first search from the root assigns layers and counts shortest chains per file (a chain
 * may only step from layer {@code k} to layer {@code k + 1}); walking the search order backwards marks the files
 * from which the target can still be reached by such steps; a backtracking walk from the root over marked files
 * then emits chains in lexicographic order of the graph's edge iteration order until the limit is reached.
 * Parallel edges yield one chain, since chains are lists of files.
 *
 * <p>Complexity: O(V + E) for the layers, counts and marks, plus O(L · d) for L chains of d steps: every backtracking
 * branch ends in a chain, so no work is spent on dead ends. Memory O(V + E). The
 * result is immutable and does not refer to the graph.
 *
 * @param <V> vertex type, a file
 * @param <E> edge type, an include
 */
public final class IncludeChains<V, E> {

    private static final int UNSEEN = -1;

    private final List<List<V>> chains;
    private final long totalChains;
    private final int length;

    private IncludeChains(List<List<V>> chains, long totalChains, int length) {
        this.chains = List.copyOf(chains);
        this.totalChains = totalChains;
        this.length = length;
    }

    /**
     * Finds up to {@code limit} shortest include chains from {@code root} to {@code target}.
     *
     * @throws IllegalArgumentException if the graph is not directed, a vertex is not in it, or {@code limit < 1}
     */
    public static <V, E> IncludeChains<V, E> of(Graph<V, E> graph, V root, V target, int limit) {
        Checks.vertexOf(Checks.directed(graph), root, "root");
        Checks.vertexOf(graph, target, "target");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        IndexedGraph<V> indexed = IndexedGraph.of(graph);
        return search(indexed, indexed.indexOf(root), indexed.indexOf(target), limit);
    }

    private static <V, E> IncludeChains<V, E> search(IndexedGraph<V> graph, int root, int target, int limit) {
        int n = graph.size();
        int[] layer = new int[n];
        Arrays.fill(layer, UNSEEN);
        long[] count = new long[n];
        int[] order = new int[n];
        int[] stamp = new int[n];
        Arrays.fill(stamp, UNSEEN);
        int head = 0;
        int tail = 0;
        layer[root] = 0;
        count[root] = 1;
        order[tail++] = root;
        while (head < tail) {
            int u = order[head++];
            for (int w : graph.successors(u)) {
                if (stamp[w] == u) {
                    continue; // a parallel edge: same chain again
                }
                stamp[w] = u;
                if (layer[w] == UNSEEN) {
                    layer[w] = layer[u] + 1;
                    order[tail++] = w;
                }
                if (layer[w] == layer[u] + 1) {
                    count[w] = saturatingAdd(count[w], count[u]);
                }
            }
        }
        if (layer[target] == UNSEEN) {
            return new IncludeChains<>(List.of(), 0, UNSEEN);
        }
        boolean[] leadsToTarget = new boolean[n];
        leadsToTarget[target] = true;
        for (int k = tail - 1; k >= 0; k--) {
            int u = order[k];
            for (int w : graph.successors(u)) {
                if (leadsToTarget[w] && layer[w] == layer[u] + 1) {
                    leadsToTarget[u] = true;
                    break;
                }
            }
        }
        int[][] steps = new int[n][];
        Arrays.fill(stamp, UNSEEN);
        for (int k = 0; k < tail; k++) {
            int u = order[k];
            if (leadsToTarget[u]) {
                steps[u] = stepsTowardTarget(graph.successors(u), u, layer, leadsToTarget, stamp);
            }
        }
        return new IncludeChains<>(enumerate(graph, root, steps, layer[target], limit), count[target], layer[target]);
    }

    /** Distinct successors one layer down that still lead to the target, in edge iteration order. */
    private static int[] stepsTowardTarget(int[] out, int u, int[] layer, boolean[] leadsToTarget, int[] stamp) {
        int[] steps = new int[out.length];
        int size = 0;
        for (int w : out) {
            if (stamp[w] != u && leadsToTarget[w] && layer[w] == layer[u] + 1) {
                stamp[w] = u;
                steps[size++] = w;
            }
        }
        return Arrays.copyOf(steps, size);
    }

    private static <V> List<List<V>> enumerate(IndexedGraph<V> graph, int root, int[][] steps, int length, int limit) {
        List<List<V>> found = new ArrayList<>();
        int[] path = new int[length + 1];
        int[] cursor = new int[length + 1];
        int depth = 0;
        path[0] = root;
        while (depth >= 0 && found.size() < limit) {
            if (depth == length) {
                List<V> chain = new ArrayList<>(length + 1);
                for (int id : path) {
                    chain.add(graph.vertex(id));
                }
                found.add(List.copyOf(chain));
                depth--;
            } else if (cursor[depth] < steps[path[depth]].length) {
                path[depth + 1] = steps[path[depth]][cursor[depth]++];
                depth++;
                if (depth < length) {
                    cursor[depth] = 0;
                }
            } else {
                depth--;
            }
        }
        return found;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** The shortest chains found, each from the root to the target, at most the requested limit. */
    public List<List<V>> chains() {
        return chains;
    }

    /** Number of includes in each shortest chain; empty if the root does not reach the target. */
    public OptionalInt length() {
        return length == UNSEEN ? OptionalInt.empty() : OptionalInt.of(length);
    }

    /** How many shortest chains exist in all, saturating at {@link Long#MAX_VALUE}. */
    public long totalChains() {
        return totalChains;
    }

    /** Whether more shortest chains exist than were listed. */
    public boolean truncated() {
        return totalChains > chains.size();
    }
}
