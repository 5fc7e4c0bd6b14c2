// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.refactor.ForwardProposal;

/**
 * Replacing one include with forward declarations, ranked by what it saves over every unit.
 *
 * @param id         stable id, as {@code patch --suggestion} takes it ({@code forward-declare:HEADER:INCLUDED})
 * @param proposal   the plan, what it declares and which files get the include instead
 * @param prediction what it is predicted to save
 * @param score      predicted AST bytes saved summed over the units
 */
public record ForwardSuggestion(String id, ForwardProposal proposal, SavingPrediction prediction, long score)
        implements RefactorSuggestion {
}
