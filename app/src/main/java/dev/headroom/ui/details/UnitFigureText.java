// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import dev.headroom.analysis.UnitFigures;
import dev.headroom.ui.Formats;

/** The line the details pane shows for the selected unit's AST figure, saying where it comes from. */
final class UnitFigureText {
    private UnitFigureText() {
    }

    /** "Unit a.cpp: 72.9 MB of clang AST, measured by clang (bundled estimate 34.4 MB)", and so on. */
    static String of(UnitFigures.Figure f, UnitFigures figures) {
        String shown = "Unit " + f.unit() + ": " + Formats.bytes(f.shownAstBytes()) + " of clang AST, ";
        String line = switch (f.source()) {
            case MEASURED -> shown + "measured by clang (bundled estimate " + Formats.bytes(f.estimatedAstBytes()) + ")";
            case CORRECTED -> shown + "corrected for this workspace (bundled estimate "
                    + Formats.bytes(f.estimatedAstBytes()) + String.format(java.util.Locale.ROOT, ", × %.2f)",
                    (double) f.correctedAstBytes() / Math.max(1, f.estimatedAstBytes()));
            case ESTIMATED -> shown + "estimated by the bundled model";
        };
        if (f.outsideDomain() && f.source() != UnitFigures.Source.MEASURED) {
            line += "\n⚠ Beyond what the model was fitted on: " + String.join("; ", f.beyondDomain())
                    + ". Measure it with clang before trusting it.";
        }
        return line + "\nThis workspace: " + figures.correction().summary() + ". File figures are bundled estimates;"
                + " sized by memory measured by clang, they share the unit's figure out in the estimate's proportions.";
    }
}
