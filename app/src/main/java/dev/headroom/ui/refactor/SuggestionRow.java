// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.refactor;

import dev.headroom.refactor.Proposal;
import java.util.List;

/**
 * One suggestion as the refactor panel lists it.
 *
 * @param kind       {@code move-bodies}, {@code forward-declare}, ...
 * @param header     the header, relative to the workspace root
 * @param title      what it does, in a line
 * @param savedBytes predicted AST bytes saved over every unit it changes (an estimate)
 * @param units      how many units it changes
 * @param blockers   what stays and why, one line each
 * @param proposal   the refactor, for "Add to plan"
 */
public record SuggestionRow(String kind, String header, String title, long savedBytes, int units,
        List<String> blockers, Proposal proposal) {
    public SuggestionRow {
        blockers = List.copyOf(blockers);
    }
}
