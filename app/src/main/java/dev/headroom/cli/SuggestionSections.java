// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.session.PredictionText;
import dev.headroom.session.RefactorSuggestion;
import dev.headroom.session.RefactorWorkbench;
import java.io.PrintWriter;
import java.util.List;

/** The Markdown section under a suggestion table, one per suggestion of any kind: its notes and its prediction. */
final class SuggestionSections {
    private SuggestionSections() {
    }

    static void markdown(PrintWriter out, List<? extends RefactorSuggestion> suggestions, RefactorWorkbench workbench) {
        for (RefactorSuggestion s : suggestions) {
            out.println();
            out.println("### `" + s.id() + "`");
            out.println();
            workbench.notes(s.proposal()).forEach(l -> out.println("- " + l));
            PredictionText.lines(s.prediction(), workbench::relative).forEach(l -> out.println("- " + l));
        }
    }
}
