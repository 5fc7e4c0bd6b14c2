// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import static dev.headroom.analysis.graph.HandBuiltGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/** Costs are {@link HandBuiltGraphs#decimal}: a = 1, b = 10, c = 100, d = 1000, e = 10000 bytes. */
class RetainedCostTest {

    private static RetainedCost<String, DefaultEdge> costs(Graph<String, DefaultEdge> g) {
        return RetainedCost.of(g, "a", HandBuiltGraphs::decimal);
    }

    @Test
    void chainRetainsEverythingBelow() {
        Graph<String, DefaultEdge> g = graph("a>b", "b>c");
        RetainedCost<String, DefaultEdge> cost = costs(g);

        assertEquals(111, cost.total());
        assertEquals(111, cost.retained("a"));
        assertEquals(110, cost.retained("b"));
        assertEquals(100, cost.retained("c"));
        assertEquals(110, cost.inclusive("b"));
        assertEquals(10, cost.self("b"));
        assertEquals(110, cost.cutEdge(g.getEdge("a", "b")));
        assertEquals(100, cost.cutEdge(g.getEdge("b", "c")));
    }

    @Test
    void diamondJoinIsRetainedByTheRootOnly() {
        Graph<String, DefaultEdge> g = graph("a>b", "a>c", "b>d", "c>d");
        RetainedCost<String, DefaultEdge> cost = costs(g);

        assertEquals(1111, cost.total());
        assertEquals(10, cost.retained("b"));
        assertEquals(100, cost.retained("c"));
        assertEquals(1000, cost.retained("d"));
        assertEquals(1010, cost.inclusive("b"));
        assertEquals(1100, cost.inclusive("c"));
    }

    @Test
    void cuttingOneSideOfADiamondRemovesOnlyThatSide() {
        Graph<String, DefaultEdge> g = graph("a>b", "a>c", "b>d", "c>d");
        RetainedCost<String, DefaultEdge> cost = costs(g);

        assertEquals(10, cost.cutEdge(g.getEdge("a", "b")));
        assertEquals(100, cost.cutEdge(g.getEdge("a", "c")));
        assertEquals(0, cost.cutEdge(g.getEdge("b", "d")));
        assertEquals(0, cost.cutEdge(g.getEdge("c", "d")));
    }

    @Test
    void cycleBelowTheRootIsRetainedThroughItsEntry() {
        Graph<String, DefaultEdge> g = graph("a>b", "b>c", "c>b");
        RetainedCost<String, DefaultEdge> cost = costs(g);

        assertEquals(110, cost.retained("b"));
        assertEquals(100, cost.retained("c"));
        assertEquals(110, cost.inclusive("b"));
        assertEquals(110, cost.inclusive("c"));
        assertEquals(110, cost.cutEdge(g.getEdge("a", "b")));
        assertEquals(100, cost.cutEdge(g.getEdge("b", "c")));
        assertEquals(0, cost.cutEdge(g.getEdge("c", "b")));
    }

    @Test
    void sharedSubtreeIsRetainedByItsOwnTopButNotByEitherIncluder() {
        Graph<String, DefaultEdge> g = graph("a>b", "a>c", "b>d", "c>d", "d>e");
        RetainedCost<String, DefaultEdge> cost = costs(g);

        assertEquals(11000, cost.retained("d"));
        assertEquals(10000, cost.retained("e"));
        assertEquals(10, cost.retained("b"));
        assertEquals(11010, cost.inclusive("b"));
        assertEquals(10000, cost.cutEdge(g.getEdge("d", "e")));
        assertEquals(0, cost.cutEdge(g.getEdge("b", "d")));
    }

    @Test
    void selfIncludeAndParallelIncludesSaveNothingWhenCut() {
        Graph<String, DefaultEdge> g = graph("a>b", "b>b", "a>c", "a>c");
        RetainedCost<String, DefaultEdge> cost = costs(g);

        assertEquals(10, cost.retained("b"));
        assertEquals(100, cost.retained("c"));
        assertEquals(0, cost.cutEdge(g.getEdge("b", "b")));
        for (DefaultEdge parallel : g.getAllEdges("a", "c")) {
            assertEquals(0, cost.cutEdge(parallel));
        }
    }

    @Test
    void unreachableFilesAndIncludesCostTheTranslationUnitNothing() {
        Graph<String, DefaultEdge> g = graph("a>b", "e>b");
        RetainedCost<String, DefaultEdge> cost = costs(g);

        assertEquals(11, cost.total());
        assertEquals(0, cost.retained("e"));
        assertEquals(0, cost.cutEdge(g.getEdge("e", "b")));
        assertEquals(10010, cost.inclusive("e"));
        assertEquals(10000, cost.self("e"));
        assertEquals(List.of(new EdgeCut<>(g.getEdge("a", "b"), 10)), cost.heaviestCuts(5));
    }

    @Test
    void heaviestCutsComeFirstAndTiesKeepEdgeOrder() {
        Graph<String, DefaultEdge> g = graph("a>b", "a>c", "b>d", "c>d");
        RetainedCost<String, DefaultEdge> cost = costs(g);

        assertEquals(
                List.of(new EdgeCut<>(g.getEdge("a", "c"), 100),
                        new EdgeCut<>(g.getEdge("a", "b"), 10),
                        new EdgeCut<>(g.getEdge("b", "d"), 0),
                        new EdgeCut<>(g.getEdge("c", "d"), 0)),
                cost.heaviestCuts(10));
        assertEquals(List.of(new EdgeCut<>(g.getEdge("a", "c"), 100)), cost.heaviestCuts(1));
        assertEquals(List.of(), cost.heaviestCuts(0));
        assertThrows(IllegalArgumentException.class, () -> cost.heaviestCuts(-1));
    }

    @Test
    void rejectsANegativeCostNamingTheFile() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> RetainedCost.of(graph("a>b"), "a", v -> v.equals("b") ? -5 : 1));
        assertEquals("cost of b must not be negative, was -5", e.getMessage());
    }

    @Test
    void rejectsEdgesAndFilesOutsideTheGraph() {
        RetainedCost<String, DefaultEdge> cost = costs(graph("a>b"));

        assertThrows(IllegalArgumentException.class, () -> cost.cutEdge(new DefaultEdge()));
        assertThrows(IllegalArgumentException.class, () -> cost.retained("z"));
        assertThrows(IllegalArgumentException.class, () -> RetainedCost.of(graph("a>b"), "z", v -> 1));
    }

    @Test
    void randomGraphsAgreeWithRemovingAndRecounting() {
        Random random = new Random(1_984);
        for (int round = 0; round < 400; round++) {
            Graph<Integer, DefaultEdge> g = HandBuiltGraphs.random(random, 9);
            Map<Integer, Long> bytes = new HashMap<>();
            for (Integer v : g.vertexSet()) {
                bytes.put(v, (long) random.nextInt(50));
            }
            RetainedCost<Integer, DefaultEdge> cost = RetainedCost.of(g, 0, bytes::get);
            Set<Integer> unit = HandBuiltGraphs.reachable(g, 0);
            long total = HandBuiltGraphs.sum(unit, bytes::get);
            assertEquals(total, cost.total(), g::toString);

            for (DefaultEdge e : g.edgeSet()) {
                long expected = unit.contains(g.getEdgeSource(e))
                        ? total - HandBuiltGraphs.sum(HandBuiltGraphs.reachableWithoutEdge(g, 0, e), bytes::get)
                        : 0;
                assertEquals(expected, cost.cutEdge(e), () -> "cut " + e + " in " + g);
            }
            for (Integer v : g.vertexSet()) {
                long retained = !unit.contains(v) ? 0
                        : v == 0 ? total
                        : total - HandBuiltGraphs.sum(HandBuiltGraphs.reachableWithoutVertex(g, 0, v), bytes::get);
                assertEquals(retained, cost.retained(v), () -> "retained " + v + " in " + g);
                assertEquals(HandBuiltGraphs.sum(HandBuiltGraphs.reachable(g, v), bytes::get), cost.inclusive(v),
                        () -> "inclusive " + v + " in " + g);
            }
            List<EdgeCut<DefaultEdge>> cuts = cost.heaviestCuts(Integer.MAX_VALUE);
            for (int k = 1; k < cuts.size(); k++) {
                assertEquals(true, cuts.get(k - 1).cost() >= cuts.get(k).cost(), g::toString);
            }
        }
    }
}
