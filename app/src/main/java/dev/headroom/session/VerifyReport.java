// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.util.List;

/**
 * What checking a patch on a copy of the tree found: whether {@code git apply --check} took it, whether every affected
 * unit and new source file compiles with the workspace's flags, and what clang measures against the prediction.
 *
 * @param applies   whether {@code git apply --check} and {@code git apply} succeeded
 * @param gitOutput what git said
 * @param compiles  one row per compiled file
 * @param measured  one row per affected unit measured before and after
 */
public record VerifyReport(boolean applies, String gitOutput, List<Compile> compiles, List<Measured> measured) {

    public VerifyReport {
        compiles = List.copyOf(compiles);
        measured = List.copyOf(measured);
    }

    /** Whether the patch applies and everything compiles. */
    public boolean ok() {
        return applies && !compiles.isEmpty() && compiles.stream().allMatch(Compile::ok);
    }

    /**
     * One {@code clang++ -fsyntax-only} of a unit or new source file in the patched copy.
     *
     * @param what   the unit's name or the new file's path
     * @param ok     whether clang accepted it
     * @param detail clang's complaint, when it did not
     */
    public record Compile(String what, boolean ok, String detail) {
    }

    /**
     * One unit's AST bytes as clang measures them, before and after, beside the prediction.
     *
     * @param unit      the unit's name
     * @param predicted predicted saving (estimate)
     * @param before    clang's ASTContext bytes on the analysed tree
     * @param after     on the patched copy
     */
    public record Measured(String unit, long predicted, long before, long after) {
        public long saved() {
            return before - after;
        }
    }
}
