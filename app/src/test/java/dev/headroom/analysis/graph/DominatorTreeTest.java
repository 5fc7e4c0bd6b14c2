// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import static dev.headroom.analysis.graph.HandBuiltGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.junit.jupiter.api.Test;

class DominatorTreeTest {

    @Test
    void eachFileInAChainIsDominatedByItsIncluder() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>b", "b>c"), "a");

        assertEquals(Optional.empty(), tree.immediateDominator("a"));
        assertEquals(Optional.of("a"), tree.immediateDominator("b"));
        assertEquals(Optional.of("b"), tree.immediateDominator("c"));
        assertEquals(List.of("b"), tree.children("a"));
        assertEquals(List.of("c"), tree.children("b"));
        assertEquals(List.of(), tree.children("c"));
        assertTrue(tree.dominates("a", "c"));
        assertFalse(tree.dominates("c", "a"));
        assertEquals("a", tree.root());
    }

    @Test
    void diamondJoinIsDominatedOnlyByTheRoot() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>b", "a>c", "b>d", "c>d"), "a");

        assertEquals(Optional.of("a"), tree.immediateDominator("d"));
        assertFalse(tree.dominates("b", "d"));
        assertFalse(tree.dominates("c", "d"));
        // depth-first discovery: a, b, d (below b), then c
        assertEquals(List.of("b", "d", "c"), tree.children("a"));
        assertEquals(List.of("a", "b", "d", "c"), List.copyOf(tree.reachable()));
    }

    @Test
    void childrenFollowTheGraphsEdgeOrder() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>d", "a>b", "a>c"), "a");

        assertEquals(List.of("d", "b", "c"), tree.children("a"));
    }

    @Test
    void cycleBelowTheRootIsDominatedByTheFileItIsEnteredThrough() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>b", "b>c", "c>b"), "a");

        assertEquals(Optional.of("a"), tree.immediateDominator("b"));
        assertEquals(Optional.of("b"), tree.immediateDominator("c"));
        assertTrue(tree.dominates("b", "c"));
        assertFalse(tree.dominates("c", "b"));
    }

    @Test
    void cycleEnteredFromTwoSidesIsDominatedByTheRootOnly() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>b", "a>c", "b>c", "c>b"), "a");

        assertEquals(Optional.of("a"), tree.immediateDominator("b"));
        assertEquals(Optional.of("a"), tree.immediateDominator("c"));
    }

    @Test
    void selfIncludeDoesNotChangeDominance() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>b", "b>b", "b>c"), "a");

        assertEquals(Optional.of("a"), tree.immediateDominator("b"));
        assertEquals(Optional.of("b"), tree.immediateDominator("c"));
        assertEquals(List.of("c"), tree.children("b"));
    }

    @Test
    void rootThatIncludesItselfHasNoDominator() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>a", "a>b", "b>a"), "a");

        assertEquals(Optional.empty(), tree.immediateDominator("a"));
        assertEquals(Optional.of("a"), tree.immediateDominator("b"));
    }

    @Test
    void unreachableFilesAreOutsideTheTree() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>b", "x>b", "y"), "a");

        assertEquals(Set.of("a", "b"), tree.reachable());
        assertEquals(Optional.empty(), tree.immediateDominator("x"));
        assertEquals(List.of(), tree.children("x"));
        assertFalse(tree.dominates("x", "b"));
        assertFalse(tree.dominates("a", "y"));
        assertFalse(tree.dominates("y", "y"));
    }

    @Test
    void everyReachableFileDominatesItself() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>b", "a>c", "b>c"), "a");

        for (String v : List.of("a", "b", "c")) {
            assertTrue(tree.dominates(v, v), v);
            assertTrue(tree.dominates("a", v), v);
        }
    }

    @Test
    void rejectsARootOutsideTheGraph() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DominatorTree.of(graph("a>b"), "z"));
        assertEquals("root z is not a vertex of the graph", e.getMessage());
    }

    @Test
    void rejectsQueriesAboutFilesOutsideTheGraph() {
        DominatorTree<String, DefaultEdge> tree = DominatorTree.of(graph("a>b"), "a");

        assertThrows(IllegalArgumentException.class, () -> tree.immediateDominator("z"));
        assertThrows(IllegalArgumentException.class, () -> tree.children("z"));
        assertThrows(IllegalArgumentException.class, () -> tree.dominates("a", "z"));
    }

    @Test
    void rejectsAnUndirectedGraph() {
        Graph<String, DefaultEdge> undirected = new Pseudograph<>(DefaultEdge.class);
        undirected.addVertex("a");

        assertThrows(IllegalArgumentException.class, () -> DominatorTree.of(undirected, "a"));
    }

    @Test
    void randomGraphsAgreeWithTheDefinitionOfDominance() {
        Random random = new Random(20_01);
        for (int round = 0; round < 400; round++) {
            Graph<Integer, DefaultEdge> g = HandBuiltGraphs.random(random, 9);
            DominatorTree<Integer, DefaultEdge> tree = DominatorTree.of(g, 0);
            Set<Integer> reachable = HandBuiltGraphs.reachable(g, 0);
            assertEquals(reachable, tree.reachable(), g::toString);
            for (Integer b : g.vertexSet()) {
                List<Integer> strict = new ArrayList<>();
                for (Integer a : g.vertexSet()) {
                    boolean expected = reachable.contains(b)
                            && (a.equals(b) || a == 0 || !HandBuiltGraphs.reachableWithoutVertex(g, 0, a).contains(b));
                    assertEquals(expected, tree.dominates(a, b), () -> a + " dom " + b + " in " + g);
                    if (expected && !a.equals(b)) {
                        strict.add(a);
                    }
                }
                // the immediate dominator is the strict dominator that all the others dominate
                Optional<Integer> closest = strict.stream()
                        .filter(a -> strict.stream().allMatch(other -> tree.dominates(other, a)))
                        .findFirst();
                assertEquals(closest, tree.immediateDominator(b), () -> "idom " + b + " in " + g);
                closest.ifPresent(d -> assertTrue(tree.children(d).contains(b), () -> "child " + b + " in " + g));
            }
        }
    }
}
