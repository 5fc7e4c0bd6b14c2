// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.modules;

import dev.headroom.model.TranslationUnit;

/**
 * A unit in the modules list: its estimated cost against the budget.
 *
 * @param estimatedBytes for a jank module, what the JIT holds when it loads the module in load order under the
 *                       current what-if ({@code 0} when the what-if leaves it out); for any other unit, clang's
 *                       peak memory for it
 * @param budgetShare    {@code estimatedBytes} over the budget
 * @param overBudget     whether {@code estimatedBytes} is over the budget
 * @param jankModule     whether the unit is a jank module, which the JIT what-ifs apply to
 * @param leftOut        why the what-if leaves the module out of the JIT ("ahead of time", "not loaded at
 *                       start-up"), or empty when it is loaded
 */
public record UnitRow(TranslationUnit unit, long estimatedBytes, double budgetShare, boolean overBudget,
        boolean jankModule, String leftOut) {
    /** Why a what-if left a module out of the JIT, as the modules list says it. */
    public static final String AHEAD_OF_TIME = "ahead of time";
    public static final String NOT_AT_START_UP = "not loaded at start-up";

    public String name() {
        return unit.name();
    }

    public boolean loaded() {
        return leftOut.isEmpty();
    }
}
