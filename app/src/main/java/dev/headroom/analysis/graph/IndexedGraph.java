// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * A dense integer copy of a directed graph's adjacency, so the analyses can run over arrays.
 *
 * <p>Vertex {@code i} is the i-th vertex of {@link Graph#vertexSet()}; {@link #successors(int)} lists edge targets
 * in {@link Graph#outgoingEdgesOf} order, repeating a target once per parallel edge. Building it takes O(V + E).
 */
final class IndexedGraph<V> {

    private final List<V> vertices;
    private final Map<V, Integer> index;
    private final int[][] successors;

    private IndexedGraph(List<V> vertices, Map<V, Integer> index, int[][] successors) {
        this.vertices = vertices;
        this.index = index;
        this.successors = successors;
    }

    static <V, E> IndexedGraph<V> of(Graph<V, E> graph) {
        Checks.directed(graph);
        List<V> vertices = List.copyOf(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int[][] successors = new int[vertices.size()][];
        for (int i = 0; i < vertices.size(); i++) {
            Set<E> out = graph.outgoingEdgesOf(vertices.get(i));
            int[] targets = new int[out.size()];
            int k = 0;
            for (E edge : out) {
                targets[k++] = index.get(graph.getEdgeTarget(edge));
            }
            successors[i] = targets;
        }
        return new IndexedGraph<>(vertices, Collections.unmodifiableMap(index), successors);
    }

    int size() {
        return vertices.size();
    }

    V vertex(int i) {
        return vertices.get(i);
    }

    /** The vertices in index order; unmodifiable. */
    List<V> vertices() {
        return vertices;
    }

    /** Vertex to index; unmodifiable. */
    Map<V, Integer> index() {
        return index;
    }

    /** @throws IllegalArgumentException if {@code vertex} is not in the graph */
    int indexOf(Object vertex) {
        Integer i = index.get(vertex);
        if (i == null) {
            throw Checks.notAVertex(vertex);
        }
        return i;
    }

    /** The targets of {@code i}'s outgoing edges; callers must not modify the array. */
    int[] successors(int i) {
        return successors[i];
    }

    /** All adjacency rows; callers must not modify them. */
    int[][] adjacency() {
        return successors;
    }
}
