// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/** Small include graphs written as text, random graphs, and brute-force answers to check the analyses against. */
final class HandBuiltGraphs {

    private HandBuiltGraphs() {}

    /**
     * A directed pseudograph (self-loops and parallel edges allowed) from items like {@code "a>b"} (a includes b) or
     * {@code "x"} (a lone file). Vertices are added in order of first mention; repeating an edge adds a parallel one.
     */
    static Graph<String, DefaultEdge> graph(String... items) {
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        for (String item : items) {
            String[] ends = item.split(">", -1);
            if (ends.length > 2) {
                throw new IllegalArgumentException("not an edge or a vertex: " + item);
            }
            for (String end : ends) {
                graph.addVertex(end);
            }
            if (ends.length == 2) {
                graph.addEdge(ends[0], ends[1]);
            }
        }
        return graph;
    }

    /**
     * File {@code a} costs 1 byte, {@code b} 10, {@code c} 100 and so on, so that a sum of distinct files spells out
     * which files it contains: 1010 is exactly {b, d}.
     */
    static long decimal(String file) {
        long bytes = 1;
        for (int k = 0; k < file.charAt(0) - 'a'; k++) {
            bytes *= 10;
        }
        return bytes;
    }

    /**
     * A random pseudograph on 1 to {@code maxVertices} vertices numbered from 0, with cycles, self-loops and parallel
     * edges all possible.
     */
    static Graph<Integer, DefaultEdge> random(Random random, int maxVertices) {
        Graph<Integer, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        int n = 1 + random.nextInt(maxVertices);
        double density = 0.05 + 0.4 * random.nextDouble();
        for (int v = 0; v < n; v++) {
            graph.addVertex(v);
        }
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (random.nextDouble() < density) {
                    graph.addEdge(u, v);
                    if (random.nextInt(10) == 0) {
                        graph.addEdge(u, v);
                    }
                }
            }
        }
        return graph;
    }

    /** Vertices reachable from {@code start}, by JGraphT's own breadth-first iterator. */
    static <V, E> Set<V> reachable(Graph<V, E> graph, V start) {
        Set<V> seen = new LinkedHashSet<>();
        new BreadthFirstIterator<>(graph, start).forEachRemaining(seen::add);
        return seen;
    }

    /** Vertices reachable from {@code start} once {@code removed} is taken out of the graph. */
    static <V, E> Set<V> reachableWithoutEdge(Graph<V, E> graph, V start, E removed) {
        return reachable(new MaskSubgraph<>(graph, v -> false, e -> e == removed), start);
    }

    /** Vertices reachable from {@code start} once {@code removed} (not the start) is taken out of the graph. */
    static <V, E> Set<V> reachableWithoutVertex(Graph<V, E> graph, V start, V removed) {
        return reachable(new MaskSubgraph<>(graph, v -> v.equals(removed), e -> false), start);
    }

    static <V> long sum(Set<V> vertices, ToLongFunction<V> cost) {
        long total = 0;
        for (V v : vertices) {
            total += cost.applyAsLong(v);
        }
        return total;
    }
}
