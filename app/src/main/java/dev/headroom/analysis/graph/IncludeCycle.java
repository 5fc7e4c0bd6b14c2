// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.List;

/**
 * Files that include each other, directly or through others: one strongly connected component with more than one
 * file, or a single file that includes itself.
 *
 * @param vertices the files of the cycle, in the analysed graph's vertex iteration order; never empty
 * @param <V> vertex type
 */
public record IncludeCycle<V>(List<V> vertices) {

    public IncludeCycle {
        vertices = List.copyOf(vertices);
        if (vertices.isEmpty()) {
            throw new IllegalArgumentException("a cycle has at least one vertex");
        }
    }

    /** Number of files in the cycle. */
    public int size() {
        return vertices.size();
    }
}
