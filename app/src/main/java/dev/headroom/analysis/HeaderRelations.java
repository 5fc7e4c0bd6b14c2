// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.analysis.graph.IncludeChains;
import dev.headroom.analysis.include.IncludeArc;
import dev.headroom.analysis.include.IncludeGraphs;
import dev.headroom.model.TranslationUnit;
import java.util.LinkedHashSet;
import java.util.List;
import org.jgrapht.Graph;

/**
 * A header's place in one unit's include graph: who includes it, what it includes, and the shortest include chains
 * from the unit's main file to it. Built in O(V + E) of the unit's graph; immutable.
 *
 * @param unit        the unit's name
 * @param includers   files holding an include directive that resolves to the header, each once, in graph order
 * @param includes    files the header includes, each once, in graph order
 * @param chains      up to the limit of shortest include chains, main file first
 * @param totalChains how many shortest chains there are in all
 */
public record HeaderRelations(String unit, List<String> includers, List<String> includes, List<List<String>> chains,
        long totalChains) {

    public HeaderRelations {
        includers = List.copyOf(includers);
        includes = List.copyOf(includes);
        chains = chains.stream().map(List::copyOf).toList();
    }

    /** The relations of {@code path} in {@code unit}, with at most {@code chainLimit} chains; empty if it is absent. */
    public static HeaderRelations of(TranslationUnit unit, String path, int chainLimit) {
        Graph<String, IncludeArc> graph = IncludeGraphs.ofUnit(unit);
        if (!graph.containsVertex(path)) {
            return new HeaderRelations(unit.name(), List.of(), List.of(), List.of(), 0);
        }
        LinkedHashSet<String> includers = new LinkedHashSet<>();
        graph.incomingEdgesOf(path).forEach(e -> includers.add(graph.getEdgeSource(e)));
        LinkedHashSet<String> includes = new LinkedHashSet<>();
        graph.outgoingEdgesOf(path).forEach(e -> includes.add(graph.getEdgeTarget(e)));
        IncludeChains<String, IncludeArc> chains = IncludeChains.of(graph, IncludeGraphs.rootOf(unit), path, chainLimit);
        return new HeaderRelations(unit.name(), List.copyOf(includers), List.copyOf(includes), chains.chains(),
                chains.totalChains());
    }
}
