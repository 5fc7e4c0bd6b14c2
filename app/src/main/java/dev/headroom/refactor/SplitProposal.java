// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.List;

/**
 * What splitting one header comes to: its pieces, the includers pointed at only the pieces they use, those left on
 * the umbrella (and why), or every reason the header is not split.
 *
 * @param header   absolute path of the header, which becomes the umbrella including every piece
 * @param plan     the plan; no steps when refused
 * @param pieces   the new headers, in the umbrella's order
 * @param repoints the includers pointed at fewer pieces
 * @param kept     includers left on the umbrella, each with why ({@code src/a.cpp: uses every piece})
 * @param refused  why the header is not split; empty when it is
 */
public record SplitProposal(String header, RefactorPlan plan, List<Piece> pieces, List<Repoint> repoints,
        List<String> kept, List<SplitRefusal> refused) {

    public SplitProposal {
        pieces = List.copyOf(pieces);
        repoints = List.copyOf(repoints);
        kept = List.copyOf(kept);
        refused = List.copyOf(refused);
    }

    /** Whether the header can be split. */
    public boolean possible() {
        return refused.isEmpty();
    }

    /**
     * One piece.
     *
     * @param file         absolute path of the new header
     * @param declarations the names of its declarations, in file order (a plan file's {@code "declarations"})
     * @param includes     the original's includes it keeps, as written
     * @param needs        absolute paths of the pieces it includes
     * @param usedBy       the includers that use it, as the user names them (module or file)
     * @param chars        characters of the original's text it holds
     */
    public record Piece(String file, List<String> declarations, List<String> includes, List<String> needs,
            List<String> usedBy, int chars) {
        public Piece {
            declarations = List.copyOf(declarations);
            includes = List.copyOf(includes);
            needs = List.copyOf(needs);
            usedBy = List.copyOf(usedBy);
        }
    }

    /**
     * An includer pointed at only the pieces it uses.
     *
     * @param includer the module or file, as the user names it
     * @param file     absolute path of the file whose include (or jank require) changes
     * @param pieces   absolute paths of the pieces it includes instead
     */
    public record Repoint(String includer, String file, List<String> pieces) {
        public Repoint {
            pieces = List.copyOf(pieces);
        }
    }
}
