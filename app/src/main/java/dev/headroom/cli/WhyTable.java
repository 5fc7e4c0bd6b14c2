// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.analysis.WhyIncluded;
import java.util.List;

/** "Why is this included": each unit's shortest include chains to a header, one chain a line. */
final class WhyTable {
    private WhyTable() {
    }

    static String render(List<WhyIncluded.UnitChains> units, String header, String root) {
        String prefix = root.endsWith("/") ? root : root + "/";
        StringBuilder sb = new StringBuilder("\nWhy is " + header + " included\n");
        if (units.isEmpty()) {
            return sb.append("no unit includes it\n").toString();
        }
        for (WhyIncluded.UnitChains u : units) {
            sb.append(u.unit()).append(" (").append(u.total()).append(u.total() == 1 ? " shortest chain)" : " shortest chains)").append('\n');
            for (List<String> chain : u.chains()) {
                sb.append("  ").append(String.join(" -> ", chain.stream()
                        .map(p -> p.startsWith(prefix) ? p.substring(prefix.length()) : p).toList())).append('\n');
            }
        }
        return sb.toString();
    }
}
