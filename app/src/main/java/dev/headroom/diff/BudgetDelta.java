// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import dev.headroom.analysis.jit.JitBudget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JIT budget as it is in A and in B: the peak, what is held throughout, the limit and each module's load.
 *
 * @param before     A's budget, when A has jank modules
 * @param after      B's budget, when B has jank modules
 * @param peak       the peak along the load order
 * @param persistent toolchain + runtime + PCH
 * @param limit      the limit each revision was held to
 * @param modules    per module, in B's load order then modules only A loads
 */
public record BudgetDelta(Optional<JitBudget.Result> before, Optional<JitBudget.Result> after, SizeDelta peak,
        SizeDelta persistent, SizeDelta limit, List<ModuleLoadDelta> modules) {

    public BudgetDelta {
        modules = List.copyOf(modules);
    }

    /** The delta of two budgets; empty when neither revision has jank modules. */
    static Optional<BudgetDelta> of(Optional<JitBudget.Result> before, Optional<JitBudget.Result> after) {
        if (before.isEmpty() && after.isEmpty()) {
            return Optional.empty();
        }
        Map<String, JitBudget.ModuleLoad> a = loads(before);
        Map<String, JitBudget.ModuleLoad> b = loads(after);
        List<String> names = new ArrayList<>(b.keySet());
        a.keySet().stream().filter(n -> !b.containsKey(n)).forEach(names::add);
        List<ModuleLoadDelta> modules = new ArrayList<>();
        for (String n : names) {
            JitBudget.ModuleLoad x = a.get(n);
            JitBudget.ModuleLoad y = b.get(n);
            modules.add(new ModuleLoadDelta(n, Presence.of(x != null, y != null),
                    new SizeDelta(x == null ? 0 : x.headerBytes(), y == null ? 0 : y.headerBytes()),
                    new SizeDelta(x == null ? 0 : x.generatedBytes(), y == null ? 0 : y.generatedBytes()),
                    new SizeDelta(x == null ? 0 : x.codegenBytes(), y == null ? 0 : y.codegenBytes()),
                    new SizeDelta(x == null ? 0 : x.aloneBytes(), y == null ? 0 : y.aloneBytes()),
                    new SizeDelta(x == null ? 0 : x.peakBytes(), y == null ? 0 : y.peakBytes())));
        }
        return Optional.of(new BudgetDelta(before, after,
                new SizeDelta(before.map(JitBudget.Result::peakBytes).orElse(0L),
                        after.map(JitBudget.Result::peakBytes).orElse(0L)),
                new SizeDelta(before.map(JitBudget.Result::persistent).orElse(0L),
                        after.map(JitBudget.Result::persistent).orElse(0L)),
                new SizeDelta(before.map(JitBudget.Result::limitBytes).orElse(0L),
                        after.map(JitBudget.Result::limitBytes).orElse(0L)),
                modules));
    }

    private static Map<String, JitBudget.ModuleLoad> loads(Optional<JitBudget.Result> result) {
        Map<String, JitBudget.ModuleLoad> out = new LinkedHashMap<>();
        result.ifPresent(r -> r.loads().forEach(l -> out.put(l.namespace(), l)));
        return out;
    }
}
