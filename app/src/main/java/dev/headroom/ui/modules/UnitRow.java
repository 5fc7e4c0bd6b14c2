// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.modules;

import dev.headroom.model.TranslationUnit;
import java.util.List;

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
 * @param parts          what {@code estimatedBytes} is made of, in the order a bar stacks them; for a jank module
 *                       the seed's breakdown (held throughout, kept from modules before, header AST, generated
 *                       code, codegen), for another unit its header AST alone
 */
public record UnitRow(TranslationUnit unit, long estimatedBytes, double budgetShare, boolean overBudget,
        boolean jankModule, String leftOut, List<Part> parts) {

    public UnitRow {
        parts = List.copyOf(parts);
    }

    /** One part of a row's bytes. */
    public record Part(Kind kind, long bytes) {
    }

    /** The parts of the JIT's memory at a module's load, as the seed names them. */
    public enum Kind {
        PERSISTENT("toolchain, runtime and PCH, held throughout"),
        KEPT("kept from modules loaded before"),
        HEADERS("header AST"),
        GENERATED("generated code"),
        CODEGEN("codegen buffers");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
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
