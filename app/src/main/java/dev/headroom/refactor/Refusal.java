// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.MoveBlocker;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A function whose body a plan leaves where it is, and why.
 *
 * @param function the definition
 * @param blockers every reason, never empty
 */
public record Refusal(FunctionDefinition function, Set<MoveBlocker> blockers) {

    public Refusal {
        blockers = Set.copyOf(blockers);
        if (blockers.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
    }

    /** The reasons as one line. */
    public String reasons() {
        return blockers.stream().sorted().map(MoveBlocker::reason).collect(Collectors.joining("; "));
    }
}
