// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

/**
 * Inclusive cost of every vertex at once: the cost of everything the vertex reaches, itself included, each vertex
 * counted once however many paths lead to it.
 *
 * <p>Algorithm: transitive closure over the condensation. Strongly connected components come from JGraphT's
 * {@link KosarajuStrongConnectivityInspector}, whose searches keep their own stack (JGraphT 1.5.2's Gabow inspector
 * recurses once per search level and overflows the thread stack on long include chains); components are ordered topologically (Kahn), and in reverse topological
 * order each component's reach set is its own members united with its successors' sets, as bit sets. A set is
 * dropped as soon as the last component that includes it has been processed, which keeps the live sets to the
 * "frontier" of the walk on include graphs.
 *
 * <p>Complexity: O(V + E) for components and condensation, plus O(E' · V / 64) for the unions over the E'
 * condensation edges and O(C · V) for summing the C sets; O(V² / 64) bits of memory in the worst case.
 */
final class InclusiveCosts {

    private InclusiveCosts() {}

    /**
     * Sums each vertex's cost with that of everything it reaches.
     *
     * @param self cost of each vertex by index, already checked to be non-negative
     * @return inclusive cost of each vertex by index
     */
    static <V, E> long[] of(Graph<V, E> graph, IndexedGraph<V> indexed, long[] self) {
        List<Set<V>> components = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        int n = indexed.size();
        int c = components.size();
        int[] component = new int[n];
        int[][] members = new int[c][];
        for (int k = 0; k < c; k++) {
            int m = 0;
            members[k] = new int[components.get(k).size()];
            for (V v : components.get(k)) {
                int i = indexed.indexOf(v);
                component[i] = k;
                members[k][m++] = i;
            }
        }
        int[][] condensed = condense(indexed, members, component);
        int[] reverseTopological = reverseTopologicalOrder(condensed);

        int[] pendingIncluders = new int[c];
        for (int[] targets : condensed) {
            for (int t : targets) {
                pendingIncluders[t]++;
            }
        }
        BitSet[] reach = new BitSet[c];
        long[] componentCost = new long[c];
        for (int k = 0; k < c; k++) {
            reach[k] = new BitSet(n);
        }
        for (int i = 0; i < n; i++) {
            reach[component[i]].set(i);
        }
        for (int k : reverseTopological) {
            BitSet set = reach[k];
            for (int t : condensed[k]) {
                set.or(reach[t]);
                if (--pendingIncluders[t] == 0) {
                    reach[t] = null;
                }
            }
            long sum = 0;
            for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
                sum = Math.addExact(sum, self[i]);
            }
            componentCost[k] = sum;
            if (pendingIncluders[k] == 0) {
                reach[k] = null;
            }
        }
        long[] inclusive = new long[n];
        for (int i = 0; i < n; i++) {
            inclusive[i] = componentCost[component[i]];
        }
        return inclusive;
    }

    /** Distinct successor components of each component, edges inside a component dropped; O(V + E). */
    private static int[][] condense(IndexedGraph<?> indexed, int[][] members, int[] component) {
        int c = members.length;
        int[][] condensed = new int[c][];
        int[] stamp = new int[c];
        Arrays.fill(stamp, -1);
        int[] scratch = new int[c];
        for (int k = 0; k < c; k++) {
            int size = 0;
            stamp[k] = k;
            for (int i : members[k]) {
                for (int w : indexed.successors(i)) {
                    int to = component[w];
                    if (stamp[to] != k) {
                        stamp[to] = k;
                        scratch[size++] = to;
                    }
                }
            }
            condensed[k] = Arrays.copyOf(scratch, size);
        }
        return condensed;
    }

    /** Kahn's algorithm on the acyclic condensation, returned reversed so that successors come first. */
    private static int[] reverseTopologicalOrder(int[][] condensed) {
        int c = condensed.length;
        int[] indegree = new int[c];
        for (int[] targets : condensed) {
            for (int t : targets) {
                indegree[t]++;
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int k = 0; k < c; k++) {
            if (indegree[k] == 0) {
                ready.add(k);
            }
        }
        int[] order = new int[c];
        int filled = c;
        while (!ready.isEmpty()) {
            int k = ready.poll();
            order[--filled] = k;
            for (int t : condensed[k]) {
                if (--indegree[t] == 0) {
                    ready.add(t);
                }
            }
        }
        if (filled != 0) {
            throw new IllegalStateException("condensation is not acyclic; strong components were inconsistent");
        }
        return order;
    }
}
