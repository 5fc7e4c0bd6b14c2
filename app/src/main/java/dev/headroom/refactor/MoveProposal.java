// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.List;

/**
 * What moving bodies out of one header comes to: the plan for the bodies that can move and the refusals, each with
 * its reasons.
 *
 * @param header  absolute path of the header
 * @param target  absolute path of the source file receiving the definitions
 * @param plan    the plan; it has no move steps when nothing can move
 * @param refused the bodies left in the header
 */
public record MoveProposal(String header, String target, RefactorPlan plan, List<Refusal> refused)
        implements Proposal {

    public MoveProposal {
        refused = List.copyOf(refused);
    }

    /** How many bodies move. */
    public int moved() {
        return plan.moves().size();
    }

    /** AST nodes in the bodies that move, the cost model's measure of what leaves the header. */
    public int movedBodyNodes() {
        return plan.moves().stream().mapToInt(m -> m.function().bodyNodes()).sum();
    }

    @Override
    public String kind() {
        return "move-bodies";
    }

    /** Whether any body moves. */
    @Override
    public boolean possible() {
        return moved() > 0;
    }

    @Override
    public List<String> blockers() {
        return refused.stream().map(r -> r.function().qualifiedName() + " (line " + r.function().firstLine() + "): "
                + r.reasons()).toList();
    }
}
