// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.refactor.MoveProposal;

/**
 * A concrete refactor worth trying, ranked by what it saves in each unit times the units that include the header.
 *
 * @param id         stable id, as {@code patch --suggestion} takes it
 * @param proposal   the plan and its refusals
 * @param prediction what it is predicted to save
 * @param score      predicted bytes saved per unit times units affected
 */
public record Suggestion(String id, MoveProposal proposal, SavingPrediction prediction, long score)
        implements RefactorSuggestion {
}
