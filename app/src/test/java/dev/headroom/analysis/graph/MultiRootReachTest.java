// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import static dev.headroom.analysis.graph.HandBuiltGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/** Costs are {@link HandBuiltGraphs#decimal}: a = 1, b = 10, c = 100, d = 1000, e = 10000, f = 100000 bytes. */
class MultiRootReachTest {

    // translation units a and b share c -> d; only a reaches e; f is reached by nobody
    private final Graph<String, DefaultEdge> build = graph("a>c", "b>c", "c>d", "a>e", "f>d");

    @Test
    void sharedSubtreeIsReachedByBothTranslationUnits() {
        MultiRootReach<String, DefaultEdge> reach = MultiRootReach.of(build, List.of("a", "b"));

        assertEquals(List.of("a", "b"), reach.reachingRoots("c"));
        assertEquals(List.of("a", "b"), reach.reachingRoots("d"));
        assertTrue(reach.shared("c"));
        assertTrue(reach.shared("d"));
        assertEquals(2, reach.reachCount("d"));
    }

    @Test
    void filesOfOneTranslationUnitAreUnique() {
        MultiRootReach<String, DefaultEdge> reach = MultiRootReach.of(build, List.of("a", "b"));

        assertEquals(List.of("a"), reach.reachingRoots("e"));
        assertTrue(reach.unique("e"));
        assertFalse(reach.shared("e"));
        assertTrue(reach.unique("a"));
        assertEquals(List.of("b"), reach.reachingRoots("b"));
    }

    @Test
    void fileNoRootReachesIsNeitherSharedNorUnique() {
        MultiRootReach<String, DefaultEdge> reach = MultiRootReach.of(build, List.of("a", "b"));

        assertEquals(List.of(), reach.reachingRoots("f"));
        assertEquals(0, reach.reachCount("f"));
        assertFalse(reach.shared("f"));
        assertFalse(reach.unique("f"));
        assertEquals(List.of("a", "c", "b", "d", "e"), List.copyOf(reach.reached()));
    }

    @Test
    void blowUpCountsSharedBytesOncePerTranslationUnit() {
        BlowUp blowUp = MultiRootReach.of(build, List.of("a", "b")).blowUp(HandBuiltGraphs::decimal);

        // a parses a, c, d, e = 11101; b parses b, c, d = 1110; on disk a, b, c, d, e = 11111 (f is never read)
        assertEquals(new BlowUp(12211, 11111), blowUp);
        assertEquals(12211.0 / 11111.0, blowUp.ratio());
    }

    @Test
    void rootOrderIsKeptInTheAnswers() {
        MultiRootReach<String, DefaultEdge> reach = MultiRootReach.of(build, List.of("b", "a"));

        assertEquals(List.of("b", "a"), reach.roots());
        assertEquals(List.of("b", "a"), reach.reachingRoots("d"));
    }

    @Test
    void rootIncludedByAnotherRootIsShared() {
        MultiRootReach<String, DefaultEdge> reach = MultiRootReach.of(graph("a>b", "b>c"), Set.of("b", "a"));

        assertTrue(reach.shared("b"));
        assertEquals(new BlowUp(1 + 10 + 100 + 10 + 100, 111), reach.blowUp(HandBuiltGraphs::decimal));
    }

    @Test
    void singleTranslationUnitHasNoBlowUp() {
        BlowUp blowUp = MultiRootReach.of(build, List.of("a")).blowUp(HandBuiltGraphs::decimal);

        assertEquals(new BlowUp(11101, 11101), blowUp);
        assertEquals(1.0, blowUp.ratio());
        assertEquals(1.0, MultiRootReach.of(build, List.of("a", "b")).blowUp(v -> 0).ratio());
    }

    @Test
    void rejectsNoRootsRepeatedRootsAndStrangers() {
        assertThrows(IllegalArgumentException.class, () -> MultiRootReach.of(build, List.of()));
        assertThrows(IllegalArgumentException.class, () -> MultiRootReach.of(build, List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> MultiRootReach.of(build, List.of("a", "z")));
        MultiRootReach<String, DefaultEdge> reach = MultiRootReach.of(build, List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> reach.reachCount("z"));
        assertThrows(IllegalArgumentException.class, () -> reach.blowUp(v -> v.equals("e") ? -1 : 1));
    }

    @Test
    void randomGraphsAgreeWithOneSearchPerRoot() {
        Random random = new Random(4_242);
        for (int round = 0; round < 200; round++) {
            Graph<Integer, DefaultEdge> g = HandBuiltGraphs.random(random, 9);
            List<Integer> roots = g.vertexSet().stream().filter(v -> v % 3 == 0).toList();
            MultiRootReach<Integer, DefaultEdge> reach = MultiRootReach.of(g, roots);
            long parsed = 0;
            for (Integer root : roots) {
                parsed += HandBuiltGraphs.sum(HandBuiltGraphs.reachable(g, root), v -> v + 1L);
            }
            for (Integer v : g.vertexSet()) {
                List<Integer> expected =
                        roots.stream().filter(r -> HandBuiltGraphs.reachable(g, r).contains(v)).toList();
                assertEquals(expected, reach.reachingRoots(v), () -> v + " in " + g);
            }
            long distinct = HandBuiltGraphs.sum(reach.reached(), v -> v + 1L);
            assertEquals(new BlowUp(parsed, distinct), reach.blowUp(v -> v + 1L), g::toString);
        }
    }
}
