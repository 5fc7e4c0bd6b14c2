// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.diff.WorkspaceDelta;
import java.util.Objects;

/**
 * Two analysed revisions and what changed between them.
 *
 * @param before      revision A analysed (or read back)
 * @param after       revision B
 * @param delta       what changed, per unit, header and for the JIT budget
 * @param beforeTexts A's file texts, for the side-by-side diff
 * @param afterTexts  B's file texts
 * @param beforeMillis how long A took to read or analyse
 * @param afterMillis  how long B took, with what A left in the unit cache
 */
public record Comparison(AnalysedWorkspace before, AnalysedWorkspace after, WorkspaceDelta delta,
        RevisionTexts beforeTexts, RevisionTexts afterTexts, long beforeMillis, long afterMillis) {

    public Comparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(delta, "delta");
        Objects.requireNonNull(beforeTexts, "beforeTexts");
        Objects.requireNonNull(afterTexts, "afterTexts");
    }
}
