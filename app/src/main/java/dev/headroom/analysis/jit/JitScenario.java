// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.jit;

import java.util.Set;

/**
 * A what-if for the JIT budget.
 *
 * @param pchHeaders headers (paths, or file names ending the path) compiled into a precompiled header: their AST,
 *                   and that of everything they include, is loaded once at {@code pchFraction} instead of parsed
 *                   by every module
 * @param aotModules module namespaces compiled ahead of time: they leave the JIT
 * @param lazy       load only the entry module and what it requires at start-up
 */
public record JitScenario(Set<String> pchHeaders, Set<String> aotModules, boolean lazy) {

    public static final JitScenario AS_IS = new JitScenario(Set.of(), Set.of(), false);

    public JitScenario {
        pchHeaders = Set.copyOf(pchHeaders);
        aotModules = Set.copyOf(aotModules);
    }
}
