// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.jgrapht.Graph;

/**
 * Files ranked as include hubs: fan-in (distinct direct includers) times inclusive cost (bytes of everything the
 * file reaches), so a heavy header included from many places comes first.
 *
 * <p>Algorithm: fan-in by one pass over every include edge, deduplicating includers and ignoring
 * self-includes; inclusive costs by a transitive closure over strong components (see {@code InclusiveCosts}); then a
 * stable sort by score descending, ties kept in the graph's vertex iteration order. O(V log V + E + E' · V / 64 +
 * C · V) for C components with E' edges between them. The result is immutable and does not refer to the graph.
 *
 * @param <V> vertex type, a file
 * @param <E> edge type, an include
 */
public final class Hubs<V, E> {

    private final List<Hub<V>> ranking;

    private Hubs(List<Hub<V>> ranking) {
        this.ranking = List.copyOf(ranking);
    }

    /**
     * Ranks every file of {@code graph}.
     *
     * @param cost bytes of each file; must not be negative for any vertex
     * @throws IllegalArgumentException if the graph is not directed or a cost is negative
     */
    public static <V, E> Hubs<V, E> of(Graph<V, E> graph, ToLongFunction<? super V> cost) {
        IndexedGraph<V> indexed = IndexedGraph.of(Checks.directed(graph));
        Objects.requireNonNull(cost, "cost");
        int n = indexed.size();
        long[] self = new long[n];
        for (int i = 0; i < n; i++) {
            self[i] = Checks.cost(cost, indexed.vertex(i));
        }
        long[] inclusive = InclusiveCosts.of(graph, indexed, self);
        int[] fanIn = new int[n];
        int[] lastIncluder = new int[n];
        Arrays.fill(lastIncluder, -1);
        for (int u = 0; u < n; u++) {
            for (int w : indexed.successors(u)) {
                if (w != u && lastIncluder[w] != u) {
                    lastIncluder[w] = u;
                    fanIn[w]++;
                }
            }
        }
        List<Hub<V>> hubs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            hubs.add(new Hub<>(indexed.vertex(i), fanIn[i], inclusive[i]));
        }
        hubs.sort(Comparator.comparingLong(Hub<V>::score).reversed());
        return new Hubs<>(hubs);
    }

    /** Every file, highest score first; equal scores in the graph's vertex iteration order. */
    public List<Hub<V>> ranking() {
        return ranking;
    }

    /** The first {@code n} entries of {@link #ranking()}, or all if there are fewer. */
    public List<Hub<V>> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        return ranking.subList(0, Math.min(n, ranking.size()));
    }
}
