// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.Objects;

/**
 * What cutting one include edge would save: the bytes of every file that would no longer be reached from the root.
 *
 * @param edge the include edge
 * @param cost bytes that disappear from the translation unit if only this edge is removed; never negative
 * @param <E> edge type
 */
public record EdgeCut<E>(E edge, long cost) {

    public EdgeCut {
        Objects.requireNonNull(edge, "edge");
        if (cost < 0) {
            throw new IllegalArgumentException("cut cost must not be negative, was " + cost);
        }
    }
}
