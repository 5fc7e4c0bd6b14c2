// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.Objects;
import java.util.function.ToLongFunction;
import org.jgrapht.Graph;

/** Preconditions shared by the analyses, so that every one of them rejects bad input with the same words. */
final class Checks {

    private Checks() {}

    static <V, E> Graph<V, E> directed(Graph<V, E> graph) {
        Objects.requireNonNull(graph, "graph");
        if (!graph.getType().isDirected()) {
            throw new IllegalArgumentException("an include graph must be directed, got " + graph.getType());
        }
        return graph;
    }

    static <V> V vertexOf(Graph<V, ?> graph, V vertex, String role) {
        Objects.requireNonNull(vertex, role);
        if (!graph.containsVertex(vertex)) {
            throw new IllegalArgumentException(role + " " + vertex + " is not a vertex of the graph");
        }
        return vertex;
    }

    static <V> long cost(ToLongFunction<? super V> cost, V vertex) {
        long bytes = cost.applyAsLong(vertex);
        if (bytes < 0) {
            throw new IllegalArgumentException("cost of " + vertex + " must not be negative, was " + bytes);
        }
        return bytes;
    }

    static IllegalArgumentException notAVertex(Object vertex) {
        return new IllegalArgumentException(vertex + " is not a vertex of the analysed graph");
    }
}
