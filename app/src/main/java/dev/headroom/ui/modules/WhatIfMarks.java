// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.modules;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.ui.Formats;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the JIT what-if on screen changes, tile by tile and row by row, and why, in the words the tooltip, the details
 * pane and the modules list use: headers held by the precompiled header (the chosen ones and all they reach), and
 * modules the what-if takes out of the JIT (compiled ahead of time, or not loaded at start-up under lazy loading).
 *
 * @param headers why each header path is marked
 * @param modules why each module (by namespace, a unit's name) is marked
 */
public record WhatIfMarks(Map<String, String> headers, Map<String, String> modules) {
    /** Nothing marked: the modules load as they are. */
    public static final WhatIfMarks NONE = new WhatIfMarks(Map.of(), Map.of());

    /** Why a chosen header is marked. */
    static final String IN_PCH = "In the precompiled header (what-if): parsed once, not per module";
    /** Why a module compiled ahead of time is marked. */
    static final String AOT = "Compiled ahead of time (what-if): out of the JIT, so it holds none of its memory"
            + " and leaves nothing kept to the modules after it";
    /** Why a module lazy loading leaves out is marked. */
    static final String LAZY = "Not loaded at start-up (lazy loading what-if): the entry module does not require it";

    public WhatIfMarks {
        headers = Map.copyOf(headers);
        modules = Map.copyOf(modules);
    }

    /**
     * The marks of {@code result}'s scenario.
     *
     * @param closure the files a precompiled header of one header holds, that header included
     */
    static WhatIfMarks of(JitBudget.Result result, Function<String, Set<String>> closure) {
        if (result == null || result.scenario().equals(JitScenario.AS_IS)) {
            return NONE;
        }
        JitScenario s = result.scenario();
        Map<String, String> headers = new HashMap<>();
        // The chosen headers first, so a chosen header another chosen one reaches still says it was chosen.
        s.pchHeaders().forEach(h -> headers.put(h, IN_PCH));
        for (String chosen : s.pchHeaders().stream().sorted().toList()) {
            for (String path : closure.apply(chosen)) {
                headers.putIfAbsent(path, path.equals(chosen) ? IN_PCH
                        : "In the precompiled header through " + Formats.fileName(chosen)
                                + " (what-if): parsed once, not per module");
            }
        }
        Map<String, String> modules = new HashMap<>();
        for (String m : result.skipped()) {
            modules.put(m, s.aotModules().contains(m) ? AOT : LAZY);
        }
        return new WhatIfMarks(headers, modules);
    }

    /** Whether anything is marked. */
    public boolean any() {
        return !headers.isEmpty() || !modules.isEmpty();
    }

    /**
     * Why the what-if marks {@code node}: a header the precompiled header holds, or a module's tile the what-if takes
     * out of the JIT; empty for any other box.
     */
    public Optional<String> reason(HeaderNode node) {
        if (node == null || node.path() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (node.kind()) {
            case HEADER -> headers.get(node.path());
            case MODULE -> modules.get(node.path());
            case WORKSPACE, DIRECTORY -> null;
        });
    }

    /** Whether the what-if marks {@code node}. */
    public boolean marks(HeaderNode node) {
        return reason(node).isPresent();
    }

    /** Why the what-if marks the module {@code name}'s row, or empty. */
    public Optional<String> moduleReason(String name) {
        return Optional.ofNullable(modules.get(Objects.requireNonNull(name, "name")));
    }

    /** Whether any box of {@code tree} is marked, so a legend knows whether to explain the mark. */
    public boolean anyIn(HeaderNode tree) {
        if (tree == null || !any()) {
            return false;
        }
        Deque<HeaderNode> stack = new ArrayDeque<>(List.of(tree));
        while (!stack.isEmpty()) {
            HeaderNode n = stack.pop();
            if (marks(n)) {
                return true;
            }
            n.children().forEach(stack::push);
        }
        return false;
    }
}
