// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import static dev.headroom.analysis.graph.HandBuiltGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class IncludeChainsTest {

    @Test
    void diamondHasTwoShortestChainsInEdgeOrder() {
        IncludeChains<String, DefaultEdge> why =
                IncludeChains.of(graph("a>b", "a>c", "b>d", "c>d"), "a", "d", 10);

        assertEquals(List.of(List.of("a", "b", "d"), List.of("a", "c", "d")), why.chains());
        assertEquals(OptionalInt.of(2), why.length());
        assertEquals(2, why.totalChains());
        assertFalse(why.truncated());
    }

    @Test
    void limitKeepsTheFirstChainsAndSaysSo() {
        IncludeChains<String, DefaultEdge> why =
                IncludeChains.of(graph("a>c", "a>b", "b>d", "c>d"), "a", "d", 1);

        assertEquals(List.of(List.of("a", "c", "d")), why.chains());
        assertEquals(2, why.totalChains());
        assertTrue(why.truncated());
    }

    @Test
    void longerChainsAreNotListed() {
        IncludeChains<String, DefaultEdge> why = IncludeChains.of(graph("a>b", "b>c", "a>c"), "a", "c", 10);

        assertEquals(List.of(List.of("a", "c")), why.chains());
        assertEquals(1, why.totalChains());
    }

    @Test
    void chainPassesThroughACycleOnce() {
        IncludeChains<String, DefaultEdge> why =
                IncludeChains.of(graph("a>b", "b>c", "c>b", "c>d", "d>d"), "a", "d", 10);

        assertEquals(List.of(List.of("a", "b", "c", "d")), why.chains());
        assertEquals(OptionalInt.of(3), why.length());
    }

    @Test
    void parallelIncludesGiveOneChain() {
        IncludeChains<String, DefaultEdge> why = IncludeChains.of(graph("a>b", "a>b", "b>c"), "a", "c", 10);

        assertEquals(List.of(List.of("a", "b", "c")), why.chains());
        assertEquals(1, why.totalChains());
    }

    @Test
    void rootIsItsOwnChainOfLengthZero() {
        IncludeChains<String, DefaultEdge> why = IncludeChains.of(graph("a>b", "b>a"), "a", "a", 3);

        assertEquals(List.of(List.of("a")), why.chains());
        assertEquals(OptionalInt.of(0), why.length());
        assertEquals(1, why.totalChains());
    }

    @Test
    void unreachableTargetHasNoChain() {
        IncludeChains<String, DefaultEdge> why = IncludeChains.of(graph("a>b", "c>b"), "a", "c", 3);

        assertEquals(List.of(), why.chains());
        assertEquals(OptionalInt.empty(), why.length());
        assertEquals(0, why.totalChains());
        assertFalse(why.truncated());
    }

    @Test
    void chainsThroughStackedDiamondsAreCountedWithoutListingThemAll() {
        // 20 diamonds in a row: 2^20 shortest chains from v0 to v20
        List<String> edges = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            edges.add("v" + k + ">l" + k);
            edges.add("v" + k + ">r" + k);
            edges.add("l" + k + ">v" + (k + 1));
            edges.add("r" + k + ">v" + (k + 1));
        }
        IncludeChains<String, DefaultEdge> why =
                IncludeChains.of(graph(edges.toArray(String[]::new)), "v0", "v20", 3);

        assertEquals(1L << 20, why.totalChains());
        assertEquals(3, why.chains().size());
        assertEquals(List.of("v18", "l18", "v19", "l19", "v20"), why.chains().get(0).subList(36, 41));
        assertEquals(List.of("v18", "l18", "v19", "r19", "v20"), why.chains().get(1).subList(36, 41));
        assertEquals(List.of("v18", "r18", "v19", "l19", "v20"), why.chains().get(2).subList(36, 41));
    }

    @Test
    void rejectsANonPositiveLimitAndFilesOutsideTheGraph() {
        Graph<String, DefaultEdge> g = graph("a>b");

        assertThrows(IllegalArgumentException.class, () -> IncludeChains.of(g, "a", "b", 0));
        assertThrows(IllegalArgumentException.class, () -> IncludeChains.of(g, "a", "z", 1));
        assertThrows(IllegalArgumentException.class, () -> IncludeChains.of(g, "z", "a", 1));
    }

    @Test
    void randomGraphsListEveryShortestWalkInEdgeOrder() {
        Random random = new Random(77);
        for (int round = 0; round < 300; round++) {
            Graph<Integer, DefaultEdge> g = HandBuiltGraphs.random(random, 8);
            for (Integer target : g.vertexSet()) {
                IncludeChains<Integer, DefaultEdge> why = IncludeChains.of(g, 0, target, Integer.MAX_VALUE);
                List<List<Integer>> expected = List.of();
                for (int length = 0; length < g.vertexSet().size() && expected.isEmpty(); length++) {
                    expected = walks(g, target, length);
                }
                assertEquals(expected, why.chains(), () -> "to " + target + " in " + g);
                assertEquals(expected.size(), why.totalChains(), () -> "count to " + target + " in " + g);
            }
        }
    }

    /** Every walk from 0 to {@code target} of exactly {@code length} edges, in edge order, duplicates dropped. */
    private static List<List<Integer>> walks(Graph<Integer, DefaultEdge> g, Integer target, int length) {
        Set<List<Integer>> found = new LinkedHashSet<>();
        extend(g, new ArrayList<>(List.of(0)), target, length, found);
        return List.copyOf(found);
    }

    private static void extend(
            Graph<Integer, DefaultEdge> g, List<Integer> walk, Integer target, int length, Set<List<Integer>> found) {
        Integer last = walk.get(walk.size() - 1);
        if (walk.size() == length + 1) {
            if (last.equals(target)) {
                found.add(List.copyOf(walk));
            }
            return;
        }
        for (DefaultEdge e : g.outgoingEdgesOf(last)) {
            walk.add(g.getEdgeTarget(e));
            extend(g, walk, target, length, found);
            walk.removeLast();
        }
    }
}
