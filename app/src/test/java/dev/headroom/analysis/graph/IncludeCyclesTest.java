// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import static dev.headroom.analysis.graph.HandBuiltGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.interfaces.StrongConnectivityAlgorithm;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One suite, run over every strong connectivity algorithm the analysis can be given. */
class IncludeCyclesTest {

    /** Turns a graph into its include cycles with one particular algorithm. */
    interface Finder {
        <V, E> IncludeCycles<V, E> find(Graph<V, E> graph);
    }

    static Stream<Named<Finder>> finders() {
        return Stream.of(
                Named.of("default (Kosaraju)", new Finder() {
                    @Override
                    public <V, E> IncludeCycles<V, E> find(Graph<V, E> graph) {
                        return IncludeCycles.of(graph);
                    }
                }),
                Named.of("Gabow", new Finder() {
                    @Override
                    public <V, E> IncludeCycles<V, E> find(Graph<V, E> graph) {
                        Function<Graph<V, E>, StrongConnectivityAlgorithm<V, E>> gabow =
                                GabowStrongConnectivityInspector::new;
                        return IncludeCycles.of(graph, gabow);
                    }
                }),
                Named.of("Kosaraju", new Finder() {
                    @Override
                    public <V, E> IncludeCycles<V, E> find(Graph<V, E> graph) {
                        Function<Graph<V, E>, StrongConnectivityAlgorithm<V, E>> kosaraju =
                                KosarajuStrongConnectivityInspector::new;
                        return IncludeCycles.of(graph, kosaraju);
                    }
                }));
    }

    private static IncludeCycle<String> cycle(String... files) {
        return new IncludeCycle<>(List.of(files));
    }

    @ParameterizedTest
    @MethodSource("finders")
    void diamondHasNoCycles(Finder finder) {
        IncludeCycles<String, DefaultEdge> cycles = finder.find(graph("a>b", "a>c", "b>d", "c>d"));

        assertTrue(cycles.isAcyclic());
        assertEquals(List.of(), cycles.cycles());
        assertEquals(Optional.empty(), cycles.cycleContaining("d"));
    }

    @ParameterizedTest
    @MethodSource("finders")
    void twoFilesIncludingEachOtherFormOneCycle(Finder finder) {
        IncludeCycles<String, DefaultEdge> cycles = finder.find(graph("a>b", "b>c", "c>b"));

        assertEquals(List.of(cycle("b", "c")), cycles.cycles());
        assertEquals(Optional.of(cycle("b", "c")), cycles.cycleContaining("c"));
        assertEquals(Optional.empty(), cycles.cycleContaining("a"));
        assertFalse(cycles.isAcyclic());
    }

    @ParameterizedTest
    @MethodSource("finders")
    void fileIncludingItselfIsACycleOfOne(Finder finder) {
        IncludeCycles<String, DefaultEdge> cycles = finder.find(graph("a>b", "b>b", "a>c"));

        assertEquals(List.of(cycle("b")), cycles.cycles());
        assertEquals(1, cycles.cycles().get(0).size());
    }

    @ParameterizedTest
    @MethodSource("finders")
    void cyclesAndTheirFilesFollowTheGraphsVertexOrder(Finder finder) {
        // vertex order: a, f, e, b, d, c
        IncludeCycles<String, DefaultEdge> cycles =
                finder.find(graph("a>f", "f>e", "e>f", "a>b", "b>d", "d>c", "c>b", "c>c"));

        assertEquals(List.of(cycle("f", "e"), cycle("b", "d", "c")), cycles.cycles());
    }

    @ParameterizedTest
    @MethodSource("finders")
    void rejectsQuestionsAboutFilesOutsideTheGraph(Finder finder) {
        IncludeCycles<String, DefaultEdge> cycles = finder.find(graph("a>b"));

        assertThrows(IllegalArgumentException.class, () -> cycles.cycleContaining("z"));
    }

    @ParameterizedTest
    @MethodSource("finders")
    void randomGraphsGroupExactlyTheMutuallyReachableFiles(Finder finder) {
        Random random = new Random(2_000);
        for (int round = 0; round < 300; round++) {
            Graph<Integer, DefaultEdge> g = HandBuiltGraphs.random(random, 9);
            IncludeCycles<Integer, DefaultEdge> cycles = finder.find(g);
            for (Integer u : g.vertexSet()) {
                for (Integer v : g.vertexSet()) {
                    boolean together = u.equals(v)
                            ? g.containsEdge(u, u) || HandBuiltGraphs.reachable(g, u).stream()
                                    .anyMatch(w -> !w.equals(u) && HandBuiltGraphs.reachable(g, w).contains(u))
                            : HandBuiltGraphs.reachable(g, u).contains(v) && HandBuiltGraphs.reachable(g, v).contains(u);
                    Optional<IncludeCycle<Integer>> ofU = cycles.cycleContaining(u);
                    assertEquals(together, ofU.isPresent() && ofU.get().vertices().contains(v),
                            () -> u + " with " + v + " in " + g);
                }
            }
            List<Integer> firsts = cycles.cycles().stream().map(c -> c.vertices().get(0)).toList();
            assertEquals(firsts.stream().sorted().toList(), firsts, g::toString);
        }
    }
}
