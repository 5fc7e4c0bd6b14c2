// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Clusters a header's declarations into pieces by which includers need them. Declarations that depend on each other
 * in a cycle are one (Kosaraju's strongly connected components, JGraphT); each is needed by the includers that use
 * it or a declaration depending on it, and declarations needed by the same includers form a group. A group depends
 * only on groups needed by more includers, so groups form no cycle. Groups are then merged, greedily, two at a time,
 * the pair whose merge adds the least cost-weighted parsing (each includer pays the characters of every piece it
 * needs), collapsing any cycle a merge makes, until at most {@code k} remain. O(g^3 (g + e)) for g groups, which are
 * bounded by the distinct includer sets, not by the declarations.
 */
final class SplitClusters {
    private SplitClusters() {
    }

    /**
     * The pieces, each a sorted list of unit indices, ordered by their first unit.
     *
     * @param units      how many units (declarations that must stay together, merged)
     * @param uses       per unit, the units it names
     * @param cost       per unit, its weight (characters of text)
     * @param includers  per includer, the units it names directly
     * @param k          at most this many pieces
     */
    static List<List<Integer>> cluster(int units, List<Set<Integer>> uses, int[] cost, List<Set<Integer>> includers,
            int k) {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int u = 0; u < units; u++) {
            g.addVertex(u);
        }
        for (int u = 0; u < units; u++) {
            for (int v : uses.get(u)) {
                if (v != u) {
                    g.addEdge(u, v);
                }
            }
        }
        List<Set<Integer>> components = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
        int[] component = new int[units];
        for (int c = 0; c < components.size(); c++) {
            for (int u : components.get(c)) {
                component[u] = c;
            }
        }
        // Which includers need each unit: those naming it or a unit that depends on it.
        BitSet[] needed = new BitSet[units];
        for (int u = 0; u < units; u++) {
            needed[u] = new BitSet();
        }
        for (int i = 0; i < includers.size(); i++) {
            for (int u : closure(includers.get(i), uses, units)) {
                needed[u].set(i);
            }
        }
        Map<BitSet, List<Integer>> bySet = new LinkedHashMap<>();
        for (int u = 0; u < units; u++) {
            BitSet key = (BitSet) needed[u].clone();
            for (int v : components.get(component[u])) {
                key.or(needed[v]);
            }
            bySet.computeIfAbsent(key, x -> new ArrayList<>()).add(u);
        }
        List<List<Integer>> groups = new ArrayList<>(bySet.values());
        groups = acyclic(groups, uses, units);
        while (groups.size() > Math.max(k, 1)) {
            List<List<Integer>> best = null;
            long bestCost = Long.MAX_VALUE;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    List<List<Integer>> merged = new ArrayList<>(groups);
                    List<Integer> joined = new ArrayList<>(groups.get(a));
                    joined.addAll(groups.get(b));
                    merged.set(a, joined);
                    merged.remove(b);
                    merged = acyclic(merged, uses, units);
                    long c = parsing(merged, uses, cost, includers, units);
                    if (c < bestCost) {
                        bestCost = c;
                        best = merged;
                    }
                }
            }
            groups = best;
        }
        groups.forEach(p -> p.sort(Comparator.naturalOrder()));
        groups.sort(Comparator.comparingInt(p -> p.get(0)));
        return groups;
    }

    /** The pieces with every cycle among them merged into one. */
    static List<List<Integer>> acyclic(List<List<Integer>> pieces, List<Set<Integer>> uses, int units) {
        int[] of = pieceOf(pieces, units);
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int p = 0; p < pieces.size(); p++) {
            g.addVertex(p);
        }
        for (int p = 0; p < pieces.size(); p++) {
            for (int u : pieces.get(p)) {
                for (int v : uses.get(u)) {
                    if (of[v] != p && of[v] >= 0) {
                        g.addEdge(p, of[v]);
                    }
                }
            }
        }
        List<Set<Integer>> sccs = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
        if (sccs.size() == pieces.size()) {
            return pieces;
        }
        List<List<Integer>> out = new ArrayList<>();
        for (Set<Integer> scc : sccs) {
            List<Integer> joined = new ArrayList<>();
            scc.stream().sorted().forEach(p -> joined.addAll(pieces.get(p)));
            out.add(joined);
        }
        return out;
    }

    /** Per unit, its piece's index, -1 when in none. */
    static int[] pieceOf(List<List<Integer>> pieces, int units) {
        int[] of = new int[units];
        java.util.Arrays.fill(of, -1);
        for (int p = 0; p < pieces.size(); p++) {
            for (int u : pieces.get(p)) {
                of[u] = p;
            }
        }
        return of;
    }

    /** What every includer parses, summed: the characters of each piece it needs, directly or through another. */
    private static long parsing(List<List<Integer>> pieces, List<Set<Integer>> uses, int[] cost,
            List<Set<Integer>> includers, int units) {
        int[] of = pieceOf(pieces, units);
        long[] pieceCost = new long[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            for (int u : pieces.get(p)) {
                pieceCost[p] += cost[u];
            }
        }
        Map<Integer, Set<Integer>> pieceUses = new HashMap<>();
        for (int p = 0; p < pieces.size(); p++) {
            Set<Integer> to = new java.util.HashSet<>();
            for (int u : pieces.get(p)) {
                for (int v : uses.get(u)) {
                    to.add(of[v]);
                }
            }
            pieceUses.put(p, to);
        }
        long total = 0;
        for (Set<Integer> direct : includers) {
            Set<Integer> start = new java.util.HashSet<>();
            direct.forEach(u -> start.add(of[u]));
            List<Set<Integer>> asList = new ArrayList<>();
            for (int p = 0; p < pieces.size(); p++) {
                asList.add(pieceUses.get(p));
            }
            for (int p : closure(start, asList, pieces.size())) {
                total += pieceCost[p];
            }
        }
        return total;
    }

    /** {@code from} and everything reachable from it through {@code uses}. */
    static Set<Integer> closure(Set<Integer> from, List<Set<Integer>> uses, int n) {
        Set<Integer> seen = new java.util.LinkedHashSet<>(from);
        java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            int u = todo.poll();
            if (u < 0 || u >= n) {
                continue;
            }
            for (int v : uses.get(u)) {
                if (seen.add(v)) {
                    todo.add(v);
                }
            }
        }
        return seen;
    }
}
