// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.jit;

import java.util.Map;
import java.util.Set;

/**
 * A what-if for the JIT budget.
 *
 * @param pchHeaders   headers (paths, or file names ending the path) compiled into a precompiled header: their AST,
 *                     and that of everything they include, is loaded once at {@code pchFraction} instead of parsed
 *                     by every module
 * @param aotModules   module namespaces compiled ahead of time: they leave the JIT
 * @param lazy         load only the entry module and what it requires at start-up
 * @param neededShares the incremental JIT what-if, empty when off: per module namespace, per header path, the
 *                     fraction (0..1) of the header's cost the closure of what the module uses needs (header
 *                     utilisation estimates it); a module or header absent pays in full
 */
public record JitScenario(Set<String> pchHeaders, Set<String> aotModules, boolean lazy,
        Map<String, Map<String, Double>> neededShares) {

    public static final JitScenario AS_IS = new JitScenario(Set.of(), Set.of(), false);

    public JitScenario {
        pchHeaders = Set.copyOf(pchHeaders);
        aotModules = Set.copyOf(aotModules);
        Map<String, Map<String, Double>> copy = new java.util.HashMap<>();
        neededShares.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        neededShares = Map.copyOf(copy);
        for (Map.Entry<String, Map<String, Double>> e : neededShares.entrySet()) {
            for (double share : e.getValue().values()) {
                if (!(share >= 0 && share <= 1)) {
                    throw new IllegalArgumentException("a needed share of " + e.getKey() + " is " + share
                            + ", not within 0..1");
                }
            }
        }
    }

    /** Without the incremental JIT. */
    public JitScenario(Set<String> pchHeaders, Set<String> aotModules, boolean lazy) {
        this(pchHeaders, aotModules, lazy, Map.of());
    }

    /** Whether modules pay only for the closure of what they use. */
    public boolean incremental() {
        return !neededShares.isEmpty();
    }

    /** This scenario with the incremental JIT's shares ({@code Map.of()} turns it off). */
    public JitScenario withNeededShares(Map<String, Map<String, Double>> shares) {
        return new JitScenario(pchHeaders, aotModules, lazy, shares);
    }
}
