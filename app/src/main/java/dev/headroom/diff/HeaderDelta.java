// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import dev.headroom.model.Origin;
import java.util.List;

/**
 * One header (any file a unit enters) over the whole workspace, before and after.
 *
 * @param key                 its path relative to the revision's root, or absolute outside it
 * @param beforePath          its absolute path in A, or {@code null} when it is new
 * @param afterPath           its absolute path in B, or {@code null} when it was deleted
 * @param origin              project, third-party, system or synthesized (B's, else A's)
 * @param presence            in A, in B or in both
 * @param self                its own estimated AST bytes in one unit
 * @param inclusive           its bytes and everything it reaches, each file once
 * @param retained            summed over units: what would leave each unit with it
 * @param acrossUnits         its own bytes times the units entering it: what all units pay for it
 * @param unitsBefore         units entering it in A
 * @param unitsAfter          units entering it in B
 * @param declarations        the kinds of declaration whose count changed
 * @param inlineBodiesAdded   functions with an inline body in B and not in A, by qualified name
 * @param inlineBodiesRemoved functions with an inline body in A and not in B (moved out of line, or deleted)
 * @param includesAdded       include directives it holds in B and not in A
 * @param includesRemoved     include directives it held in A and not in B
 */
public record HeaderDelta(String key, String beforePath, String afterPath, Origin origin, Presence presence,
        SizeDelta self, SizeDelta inclusive, SizeDelta retained, SizeDelta acrossUnits, int unitsBefore,
        int unitsAfter, List<DeclarationChange> declarations, List<String> inlineBodiesAdded,
        List<String> inlineBodiesRemoved, List<IncludeChange> includesAdded, List<IncludeChange> includesRemoved) {

    public HeaderDelta {
        declarations = List.copyOf(declarations);
        inlineBodiesAdded = List.copyOf(inlineBodiesAdded);
        inlineBodiesRemoved = List.copyOf(inlineBodiesRemoved);
        includesAdded = List.copyOf(includesAdded);
        includesRemoved = List.copyOf(includesRemoved);
    }

    /** Whether anything about the header differs between the revisions. */
    public boolean changed() {
        return presence != Presence.BOTH || self.delta() != 0 || inclusive.delta() != 0 || retained.delta() != 0
                || acrossUnits.delta() != 0 || !declarations.isEmpty() || !includesAdded.isEmpty()
                || !includesRemoved.isEmpty() || unitsBefore != unitsAfter;
    }
}
