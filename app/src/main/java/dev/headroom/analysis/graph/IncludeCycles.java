// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.interfaces.StrongConnectivityAlgorithm;

/**
 * The include cycles of a graph: strongly connected components with more than one file, or a file that includes
 * itself.
 *
 * <p>Algorithm: any JGraphT {@link StrongConnectivityAlgorithm}; {@link #of(Graph)} uses Kosaraju's two-pass
 * algorithm (M. Sharir, "A strong-connectivity algorithm and its applications in data flow analysis", 1981), O(V + E),
 * because JGraphT 1.5.2's implementation of it keeps its own stack, while its Gabow inspector recurses once per search
 * level and overflows the thread stack on long include chains.
 * Ordering the result adds O(V log V). Cycles are listed by the position of their first file in the graph's vertex
 * iteration order, and each cycle's files in that order, so the result does not depend on which algorithm found the
 * components. The result is immutable and does not refer to the graph.
 *
 * @param <V> vertex type, a file
 * @param <E> edge type, an include
 */
public final class IncludeCycles<V, E> {

    private final Map<V, Integer> order;
    private final List<IncludeCycle<V>> cycles;
    private final Map<V, IncludeCycle<V>> cycleOf;

    private IncludeCycles(Graph<V, E> graph, List<Set<V>> components) {
        Map<V, Integer> positions = new HashMap<>();
        for (V v : graph.vertexSet()) {
            positions.put(v, positions.size());
        }
        this.order = Map.copyOf(positions);
        Comparator<V> byPosition = Comparator.comparingInt(order::get);
        List<IncludeCycle<V>> found = new ArrayList<>();
        for (Set<V> component : components) {
            boolean cyclic = component.size() > 1 || isSelfIncluding(graph, component.iterator().next());
            if (cyclic) {
                found.add(new IncludeCycle<>(component.stream().sorted(byPosition).toList()));
            }
        }
        found.sort(Comparator.comparing(cycle -> cycle.vertices().get(0), byPosition));
        this.cycles = List.copyOf(found);
        Map<V, IncludeCycle<V>> index = new HashMap<>();
        for (IncludeCycle<V> cycle : cycles) {
            for (V v : cycle.vertices()) {
                index.put(v, cycle);
            }
        }
        this.cycleOf = Map.copyOf(index);
    }

    private static <V, E> boolean isSelfIncluding(Graph<V, E> graph, V vertex) {
        return graph.getEdge(vertex, vertex) != null;
    }

    /** Finds the include cycles of {@code graph} with Kosaraju's algorithm. */
    public static <V, E> IncludeCycles<V, E> of(Graph<V, E> graph) {
        return of(graph, KosarajuStrongConnectivityInspector::new);
    }

    /**
     * Finds the include cycles of {@code graph} with the given strong connectivity algorithm.
     *
     * @param algorithm creates the algorithm for the graph, e.g. {@code GabowStrongConnectivityInspector::new}
     * @throws IllegalArgumentException if the graph is not directed
     */
    public static <V, E> IncludeCycles<V, E> of(
            Graph<V, E> graph, Function<Graph<V, E>, StrongConnectivityAlgorithm<V, E>> algorithm) {
        Checks.directed(graph);
        Objects.requireNonNull(algorithm, "algorithm");
        return new IncludeCycles<>(graph, algorithm.apply(graph).stronglyConnectedSets());
    }

    /** All include cycles, ordered by their first file's position in the graph's vertex iteration order. */
    public List<IncludeCycle<V>> cycles() {
        return cycles;
    }

    /** Whether the graph has no include cycle at all, self-includes included. */
    public boolean isAcyclic() {
        return cycles.isEmpty();
    }

    /**
     * The cycle {@code vertex} belongs to, if any.
     *
     * @throws IllegalArgumentException if {@code vertex} is not a vertex of the analysed graph
     */
    public Optional<IncludeCycle<V>> cycleContaining(V vertex) {
        if (!order.containsKey(Objects.requireNonNull(vertex, "vertex"))) {
            throw Checks.notAVertex(vertex);
        }
        return Optional.ofNullable(cycleOf.get(vertex));
    }
}
