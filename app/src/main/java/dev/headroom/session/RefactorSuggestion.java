// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.refactor.Proposal;

/** A ranked refactor of any kind, as the workbench suggests it: the explorer lists every kind through this. */
public interface RefactorSuggestion {
    /** Stable id, as {@code patch --suggestion} takes it. */
    String id();

    /** The plan and what stops parts of it. */
    Proposal proposal();

    /** What it is predicted to save. */
    SavingPrediction prediction();

    /** Predicted AST bytes saved summed over the units it changes (the ranking). */
    long score();
}
