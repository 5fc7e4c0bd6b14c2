// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

/**
 * Every analysis on one include chain 100 000 files long, closed into a cycle by the last file including the
 * second: none of them may recurse once per file, or the thread stack overflows.
 */
class DeepIncludeGraphTest {

    private static final int FILES = 100_000;

    private static Graph<Integer, DefaultEdge> longChainWithBackEdge() {
        Graph<Integer, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        for (int v = 0; v < FILES; v++) {
            g.addVertex(v);
        }
        for (int v = 1; v < FILES; v++) {
            g.addEdge(v - 1, v);
        }
        g.addEdge(FILES - 1, 1);
        return g;
    }

    @Test
    void longChainIsAnalysedWithoutOverflowingTheStack() {
        Graph<Integer, DefaultEdge> g = longChainWithBackEdge();

        RetainedCost<Integer, DefaultEdge> cost = RetainedCost.of(g, 0, v -> 2);
        assertEquals(2L * FILES, cost.total());
        assertEquals(2L * (FILES - 1), cost.inclusive(FILES - 1));
        assertEquals(2L * (FILES - 10), cost.retained(10));
        assertEquals(2L * (FILES - 1), cost.cutEdge(g.getEdge(0, 1)));

        DominatorTree<Integer, DefaultEdge> tree = DominatorTree.of(g, 0);
        assertEquals(Optional.of(FILES - 2), tree.immediateDominator(FILES - 1));

        IncludeCycles<Integer, DefaultEdge> cycles = IncludeCycles.of(g);
        assertEquals(1, cycles.cycles().size());
        assertEquals(FILES - 1, cycles.cycles().get(0).size());

        IncludeChains<Integer, DefaultEdge> why = IncludeChains.of(g, 0, FILES - 1, 1);
        assertEquals(OptionalInt.of(FILES - 1), why.length());

        assertEquals(new Hub<>(1, 2, 2L * (FILES - 1)), Hubs.of(g, v -> 2).top(1).get(0));
        assertEquals(List.of(0), MultiRootReach.of(g, List.of(0)).reachingRoots(FILES - 1));
    }
}
