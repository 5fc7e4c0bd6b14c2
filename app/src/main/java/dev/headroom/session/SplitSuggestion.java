// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.refactor.SplitProposal;

/**
 * A header split, predicted.
 *
 * @param id         the plan's id ({@code split:include/vybe/vybe_sdf_math.h}), which {@code patch --suggestion} takes
 * @param proposal   the split
 * @param prediction what it saves: only in the units whose includers are repointed to fewer pieces
 * @param score      estimated AST bytes saved over every unit
 */
public record SplitSuggestion(String id, SplitProposal proposal, SavingPrediction prediction, long score) {
}
