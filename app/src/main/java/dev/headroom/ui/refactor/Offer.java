// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.refactor.Proposal;

/**
 * A refactor a tile's menu offers for its header.
 *
 * @param label    what it does, in a line
 * @param proposal the refactor
 * @param refused  why it cannot be done, or empty when it can
 */
public record Offer(String label, Proposal proposal, String refused) {
    public boolean possible() {
        return refused.isEmpty();
    }
}
