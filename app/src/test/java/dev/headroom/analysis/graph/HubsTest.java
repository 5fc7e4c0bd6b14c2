// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import static dev.headroom.analysis.graph.HandBuiltGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/** Costs are {@link HandBuiltGraphs#decimal}: a = 1, b = 10, c = 100, d = 1000, e = 10000 bytes. */
class HubsTest {

    @Test
    void heavyHeaderIncludedFromManyPlacesRanksFirst() {
        Hubs<String, DefaultEdge> hubs = Hubs.of(graph("a>c", "b>c", "c>d", "a>d", "b>e"), HandBuiltGraphs::decimal);

        assertEquals(
                List.of(new Hub<>("e", 1, 10000),
                        new Hub<>("c", 2, 1100),
                        new Hub<>("d", 2, 1000),
                        new Hub<>("a", 0, 1101),
                        new Hub<>("b", 0, 11110)),
                hubs.ranking());
        assertEquals(10000, hubs.ranking().get(0).score());
        assertEquals(2200, hubs.ranking().get(1).score());
    }

    @Test
    void fanInCountsDistinctIncludersOtherThanTheFileItself() {
        Hubs<String, DefaultEdge> hubs = Hubs.of(graph("a>b", "a>b", "b>b", "c>b"), HandBuiltGraphs::decimal);

        assertEquals(new Hub<>("b", 2, 10), hubs.top(1).get(0));
    }

    @Test
    void inclusiveCostCountsACycleOnce() {
        Hubs<String, DefaultEdge> hubs = Hubs.of(graph("a>b", "b>c", "c>b", "a>c"), HandBuiltGraphs::decimal);

        // b and c both reach {b, c} and have two includers each; the tie keeps vertex order
        assertEquals(List.of(new Hub<>("b", 2, 110), new Hub<>("c", 2, 110)), hubs.top(2));
    }

    @Test
    void topIsCappedByTheNumberOfFiles() {
        Hubs<String, DefaultEdge> hubs = Hubs.of(graph("a>b"), HandBuiltGraphs::decimal);

        assertEquals(List.of(new Hub<>("b", 1, 10), new Hub<>("a", 0, 11)), hubs.top(5));
        assertEquals(List.of(), hubs.top(0));
        assertThrows(IllegalArgumentException.class, () -> hubs.top(-1));
    }

    @Test
    void rejectsANegativeCost() {
        assertThrows(IllegalArgumentException.class, () -> Hubs.of(graph("a>b"), v -> -1));
    }

    @Test
    void randomGraphsAgreeWithCountingIncludersAndReach() {
        Random random = new Random(31);
        for (int round = 0; round < 200; round++) {
            Graph<Integer, DefaultEdge> g = HandBuiltGraphs.random(random, 9);
            List<Hub<Integer>> ranking = Hubs.of(g, v -> 3L * v).ranking();
            assertEquals(g.vertexSet().size(), ranking.size(), g::toString);
            for (Hub<Integer> hub : ranking) {
                Integer v = hub.vertex();
                Set<Integer> includers = g.incomingEdgesOf(v).stream()
                        .map(g::getEdgeSource)
                        .filter(u -> !u.equals(v))
                        .collect(Collectors.toSet());
                assertEquals(includers.size(), hub.fanIn(), () -> v + " in " + g);
                assertEquals(HandBuiltGraphs.sum(HandBuiltGraphs.reachable(g, v), u -> 3L * u), hub.inclusiveCost(),
                        () -> v + " in " + g);
            }
            for (int k = 1; k < ranking.size(); k++) {
                Hub<Integer> before = ranking.get(k - 1);
                Hub<Integer> after = ranking.get(k);
                boolean ordered = before.score() > after.score()
                        || (before.score() == after.score() && before.vertex() < after.vertex());
                assertEquals(true, ordered, g::toString);
            }
        }
    }
}
