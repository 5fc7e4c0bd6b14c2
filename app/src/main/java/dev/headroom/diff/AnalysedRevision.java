// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.analysis.jit.JitBudget;
import dev.headroom.model.Workspace;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of a compare: an analysed workspace as the diff needs it (the session's {@code AnalysedWorkspace} lives a
 * layer above, so it hands its parts down).
 *
 * @param label     how the side is named to the user: a folder, a revision ({@code HEAD~1}), a JSON file
 * @param workspace the model
 * @param files     its files by path
 * @param costs     its estimated costs
 * @param budget    the JIT budget as it is, when the workspace has jank modules
 */
public record AnalysedRevision(String label, Workspace workspace, FileIndex files, WorkspaceCosts costs,
        Optional<JitBudget.Result> budget) {

    public AnalysedRevision {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(budget, "budget");
    }
}
