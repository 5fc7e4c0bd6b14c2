// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.List;

/**
 * What replacing one include of a header with forward declarations comes to: the plan when nothing stops it, or
 * every reason it must stay.
 *
 * @param header   absolute path of the header holding the include
 * @param included absolute path of the file it includes
 * @param spelled  the include as written ({@code "mesh.h"})
 * @param plan     the plan; it has no steps when refused
 * @param declared the types declared in place of the include, qualified
 * @param given    absolute paths of the files that get the include instead, because they need what it declares
 * @param refused  why the include must stay; empty when the plan can be made
 */
public record ForwardProposal(String header, String included, String spelled, RefactorPlan plan,
        List<String> declared, List<String> given, List<ForwardRefusal> refused) implements Proposal {

    public ForwardProposal {
        declared = List.copyOf(declared);
        given = List.copyOf(given);
        refused = List.copyOf(refused);
    }

    @Override
    public String kind() {
        return "forward-declare";
    }

    /** Whether the include can go. */
    @Override
    public boolean possible() {
        return refused.isEmpty();
    }

    @Override
    public List<String> blockers() {
        return refused.stream().map(ForwardRefusal::reason).toList();
    }
}
