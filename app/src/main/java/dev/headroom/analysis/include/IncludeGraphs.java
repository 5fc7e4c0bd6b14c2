// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.include;

import dev.headroom.model.IncludeEdge;
import dev.headroom.model.IncludeStatus;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.util.Collection;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Builds include graphs from the model: vertices are file paths, edges are resolved include directives. Both
 * entered includes and those skipped by a guard are edges: the skipped one is the path that would admit the
 * file if the first includer stopped including it, which is what retained cost must see.
 */
public final class IncludeGraphs {
    private IncludeGraphs() {
    }

    /** The graph of one unit, rooted at its main file (the first of {@code unit.files()}). */
    public static Graph<String, IncludeArc> ofUnit(TranslationUnit unit) {
        Graph<String, IncludeArc> g = new DirectedPseudograph<>(IncludeArc.class);
        g.addVertex(rootOf(unit));
        unit.files().forEach(f -> g.addVertex(f.path()));
        addEdges(g, unit.includes());
        return g;
    }

    /** One graph of several units: a header shared by modules is one vertex. */
    public static Graph<String, IncludeArc> merged(Collection<TranslationUnit> units) {
        Graph<String, IncludeArc> g = new DirectedPseudograph<>(IncludeArc.class);
        for (TranslationUnit unit : units) {
            g.addVertex(rootOf(unit));
            unit.files().forEach(f -> g.addVertex(f.path()));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TranslationUnit unit : units) {
            for (IncludeEdge e : unit.includes()) {
                // The same directive parsed in several units is one edge of the merged graph.
                if (seen.add(e.includer() + "\u0000" + e.line() + "\u0000" + e.target())) {
                    addEdge(g, e);
                }
            }
        }
        return g;
    }

    public static Graph<String, IncludeArc> merged(Workspace workspace) {
        return merged(workspace.units());
    }

    /** The root of a unit's graph: its main file, or its input's path when it was not measured (no files). */
    public static String rootOf(TranslationUnit unit) {
        return unit.files().isEmpty() ? unit.path() : unit.files().get(0).path();
    }

    private static void addEdges(Graph<String, IncludeArc> g, Collection<IncludeEdge> edges) {
        edges.forEach(e -> addEdge(g, e));
    }

    private static void addEdge(Graph<String, IncludeArc> g, IncludeEdge e) {
        if (e.target() == null || (e.status() != IncludeStatus.ENTERED && e.status() != IncludeStatus.SKIPPED_ONCE)) {
            return;
        }
        g.addVertex(e.includer());
        g.addVertex(e.target());
        g.addEdge(e.includer(), e.target(), new IncludeArc(e));
    }
}
