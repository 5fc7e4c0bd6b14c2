// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.refactor.ForwardProposal;
import dev.headroom.refactor.ForwardRefusal;
import dev.headroom.session.ForwardSuggestion;
import dev.headroom.session.PredictionText;
import dev.headroom.session.RefactorWorkbench;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code suggest}'s forward-declaration section: includes that can go, ranked, and those that stay, with why. */
final class ForwardRows {
    /** Refused includes shown in a table or Markdown list; JSON has all of them. */
    private static final int REFUSED_SHOWN = 10;

    private ForwardRows() {
    }

    static void table(PrintWriter out, RefactorWorkbench.ForwardSuggestions found, RefactorWorkbench workbench) {
        out.println();
        if (found.possible().isEmpty()) {
            out.println("No include of a project header can be replaced with forward declarations.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            int rank = 1;
            for (ForwardSuggestion s : found.possible()) {
                rows.add(List.of(String.valueOf(rank++), s.id(), String.valueOf(s.proposal().declared().size()),
                        String.valueOf(s.proposal().given().size()), String.valueOf(s.prediction().units().size()),
                        Bytes.human(s.score())));
            }
            out.print(new TextTable.Aligned().table(List.of("#", "forward declarations", "declares", "includes added",
                    "units", "saved (all units)"), rows));
            for (ForwardSuggestion s : found.possible()) {
                out.println();
                out.println(s.id() + ": " + s.proposal().plan().title());
                workbench.notes(s.proposal()).forEach(l -> out.println("  " + l));
                PredictionText.lines(s.prediction(), workbench::relative).forEach(l -> out.println("  " + l));
            }
        }
        List<ForwardProposal> refused = found.refused();
        if (!refused.isEmpty()) {
            out.println();
            out.println("Includes that stay (" + refused.size() + "):");
            refused.stream().limit(REFUSED_SHOWN).forEach(p -> out.println("  " + line(p, workbench)));
            if (refused.size() > REFUSED_SHOWN) {
                out.println("  ... and " + (refused.size() - REFUSED_SHOWN) + " more (--format json lists all)");
            }
        }
    }

    static void markdown(PrintWriter out, RefactorWorkbench.ForwardSuggestions found, RefactorWorkbench workbench) {
        out.println();
        out.println("| # | forward declarations | declares | includes added | saved (all units) |");
        out.println("|---|---|---:|---:|---:|");
        int rank = 1;
        for (ForwardSuggestion s : found.possible()) {
            out.printf("| %d | `%s` | %d | %d | %s |%n", rank++, s.id(), s.proposal().declared().size(),
                    s.proposal().given().size(), Bytes.human(s.score()));
        }
        SuggestionSections.markdown(out, found.possible(), workbench);
        if (!found.refused().isEmpty()) {
            out.println();
            found.refused().stream().limit(REFUSED_SHOWN).forEach(p -> out.println("- stays: " + line(p, workbench)));
        }
    }

    static List<Map<String, Object>> json(RefactorWorkbench.ForwardSuggestions found, RefactorWorkbench workbench) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ForwardSuggestion s : found.possible()) {
            Map<String, Object> row = row(s.proposal(), workbench);
            row.put("savedBytesAllUnits", s.score());
            row.put("units", s.prediction().units().size());
            row.put("score", s.score());
            out.add(row);
        }
        for (ForwardProposal p : found.refused()) {
            out.add(row(p, workbench));
        }
        return out;
    }

    private static Map<String, Object> row(ForwardProposal p, RefactorWorkbench workbench) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", p.plan().id());
        row.put("kind", "forward-declare");
        row.put("title", p.plan().title());
        row.put("header", workbench.relative(p.header()));
        row.put("include", p.spelled());
        row.put("possible", p.possible());
        row.put("declares", p.declared());
        row.put("includeAddedTo", p.given().stream().map(workbench::relative).toList());
        row.put("stays", p.refused().stream().map(r -> Map.of("symbol", r.symbol(), "file",
                r.file() == null ? "" : workbench.relative(r.file()), "line", r.line(), "blocker", r.blocker().name(),
                "reason", r.reason())).toList());
        return row;
    }

    private static String line(ForwardProposal p, RefactorWorkbench workbench) {
        List<String> reasons = p.refused().stream().limit(3).map(ForwardRefusal::reason).toList();
        return workbench.relative(p.header()) + ": #include " + p.spelled() + ": " + String.join("; ", reasons)
                + (p.refused().size() > 3 ? "; and " + (p.refused().size() - 3) + " more" : "");
    }
}
