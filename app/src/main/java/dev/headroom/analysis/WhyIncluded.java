// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis;

import dev.headroom.analysis.graph.IncludeChains;
import dev.headroom.analysis.include.IncludeGraphs;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * "Why is this header included": for every unit that enters it, the shortest include chains from the unit's main
 * file to the header ({@link IncludeChains}, breadth-first, O(V + E) per unit plus the chains listed).
 */
public final class WhyIncluded {
    private WhyIncluded() {
    }

    /** One unit's chains to the header; {@code total} may exceed the chains listed. */
    public record UnitChains(String unit, List<List<String>> chains, long total) {
        public UnitChains {
            chains = chains.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Chains to the header whose path is {@code header} or ends with {@code "/" + header}, up to {@code limit} per
     * unit; units that do not enter it are left out.
     */
    public static List<UnitChains> of(Workspace workspace, String header, int limit) {
        List<UnitChains> out = new ArrayList<>();
        for (TranslationUnit unit : workspace.units()) {
            if (unit.files().isEmpty()) {
                continue;
            }
            var target = unit.files().stream().map(f -> f.path())
                    .filter(p -> p.equals(header) || p.endsWith("/" + header)).findFirst();
            if (target.isEmpty()) {
                continue;
            }
            var chains = IncludeChains.of(IncludeGraphs.ofUnit(unit), IncludeGraphs.rootOf(unit), target.get(), limit);
            out.add(new UnitChains(unit.name(), chains.chains(), chains.totalChains()));
        }
        return out;
    }
}
