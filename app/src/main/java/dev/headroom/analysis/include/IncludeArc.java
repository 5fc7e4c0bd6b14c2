// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.include;

import dev.headroom.model.IncludeEdge;

/**
 * An include edge as a graph edge. A class, not a record: the same directive met twice (a header without a guard
 * entered twice) gives two equal {@link IncludeEdge}s, and a graph must keep both.
 */
public final class IncludeArc {
    private final IncludeEdge edge;

    public IncludeArc(IncludeEdge edge) {
        this.edge = edge;
    }

    public IncludeEdge edge() {
        return edge;
    }

    @Override
    public String toString() {
        return edge.includer() + ":" + edge.line() + " -> " + edge.target();
    }
}
