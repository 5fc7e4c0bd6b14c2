// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.modules;

import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.ui.Formats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a JIT what-if saves or costs what it does, in the words of the seed's model: a PCH is held from start-up by
 * every module, a module compiled ahead of time no longer leaves its kept share to the modules after it, lazy
 * loading only helps when some module is not needed at start-up.
 */
final class WhatIfExplanations {
    private WhatIfExplanations() {
    }

    /** One line per remedy of {@code result}'s scenario, measured against {@code asIs}; empty as the modules are. */
    static String of(JitBudget.Result asIs, JitBudget.Result result) {
        JitScenario s = result.scenario();
        if (s.equals(JitScenario.AS_IS) || asIs == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        if (!s.pchHeaders().isEmpty()) {
            lines.add(pch(asIs, result));
        }
        if (!s.aotModules().isEmpty()) {
            lines.add("Ahead of time: " + String.join(", ", s.aotModules().stream().sorted().toList())
                    + " leave the JIT, with the share of their memory every later module carried.");
        }
        if (s.lazy()) {
            List<String> left = result.skipped().stream().filter(m -> !s.aotModules().contains(m)).toList();
            lines.add(left.isEmpty()
                    ? "Lazy: the entry module requires every module, so all still load at start-up; nothing is left out."
                    : "Lazy: " + left.size() + (left.size() == 1 ? " module" : " modules")
                            + " not required by the entry load later, if at all: " + String.join(", ", left) + ".");
        }
        if (s.incremental()) {
            lines.add(incremental(asIs, result));
        }
        return String.join("\n", lines);
    }

    private static String incremental(JitBudget.Result asIs, JitBudget.Result result) {
        Map<String, Long> before = new HashMap<>();
        asIs.loads().forEach(l -> before.put(l.namespace(), l.headerBytes()));
        long less = 0;
        for (JitBudget.ModuleLoad l : result.loads()) {
            less += Math.max(0, before.getOrDefault(l.namespace(), l.headerBytes()) - l.headerBytes());
        }
        return "Incremental JIT (estimated): each module builds only the header declarations it uses and what they"
                + " need, " + Formats.bytes(less) + " less header memory over all modules.";
    }

    private static String pch(JitBudget.Result asIs, JitBudget.Result result) {
        Map<String, Long> before = new HashMap<>();
        asIs.loads().forEach(l -> before.put(l.namespace(), l.headerBytes()));
        long parsedLess = 0;
        int modules = 0;
        for (JitBudget.ModuleLoad l : result.loads()) {
            long was = before.getOrDefault(l.namespace(), l.headerBytes());
            if (was > l.headerBytes()) {
                parsedLess += was - l.headerBytes();
                modules++;
            }
        }
        String held = "PCH: " + Formats.bytes(result.pchBytes()) + " held from start-up";
        if (modules == 0) {
            return held + "; no module parses less for it, so it only adds.";
        }
        String saving = held + "; " + modules + (modules == 1 ? " module parses " : " modules parse ")
                + Formats.bytes(parsedLess) + " less in all.";
        return result.peakBytes() > asIs.peakBytes()
                ? saving + " At the peak it costs more than it saves: the module there parsed little of it."
                : saving;
    }
}
