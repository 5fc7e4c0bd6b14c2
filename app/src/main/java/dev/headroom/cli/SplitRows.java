// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.refactor.SplitProposal;
import dev.headroom.refactor.SplitRefusal;
import dev.headroom.session.PredictionText;
import dev.headroom.session.RefactorWorkbench;
import dev.headroom.session.SplitSuggestion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code suggest}'s header-split section: headers that split into pieces by includer, ranked by what the repointed
 * includers save, each piece with its declarations (what a plan file's {@code "parts"} lists), and the headers that
 * do not split, with why.
 */
final class SplitRows {
    private static final int REFUSED_SHOWN = 10;
    private static final int NAMES_SHOWN = 12;

    private SplitRows() {
    }

    static void table(PrintWriter out, RefactorWorkbench.SplitSuggestions found, RefactorWorkbench workbench) {
        out.println();
        if (found.possible().isEmpty()) {
            out.println("No project header splits into pieces that an includer could use fewer of.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            int rank = 1;
            for (SplitSuggestion s : found.possible()) {
                rows.add(List.of(String.valueOf(rank++), s.id(), String.valueOf(s.proposal().pieces().size()),
                        String.valueOf(s.proposal().repoints().size()), String.valueOf(s.proposal().kept().size()),
                        String.valueOf(s.prediction().units().size()), Bytes.human(s.score())));
            }
            out.print(new TextTable.Aligned().table(List.of("#", "split", "pieces", "repointed", "on umbrella",
                    "units", "saved (all units)"), rows));
            for (SplitSuggestion s : found.possible()) {
                out.println();
                out.println(s.id() + ": " + s.proposal().plan().title());
                workbench.notes(s.proposal()).forEach(l -> out.println("  " + l));
                for (SplitProposal.Piece p : s.proposal().pieces()) {
                    out.println("  " + workbench.relative(p.file()) + " declares: " + names(p.declarations()));
                }
                PredictionText.lines(s.prediction(), workbench::relative).forEach(l -> out.println("  " + l));
            }
        }
        if (!found.refused().isEmpty()) {
            out.println();
            out.println("Headers that do not split (" + found.refused().size() + "):");
            found.refused().stream().limit(REFUSED_SHOWN).forEach(p -> out.println("  " + line(p, workbench)));
            if (found.refused().size() > REFUSED_SHOWN) {
                out.println("  ... and " + (found.refused().size() - REFUSED_SHOWN) + " more (--format json lists"
                        + " all)");
            }
        }
    }

    static void markdown(PrintWriter out, RefactorWorkbench.SplitSuggestions found, RefactorWorkbench workbench) {
        out.println();
        out.println("| # | split | pieces | repointed | saved (all units) |");
        out.println("|---|---|---:|---:|---:|");
        int rank = 1;
        for (SplitSuggestion s : found.possible()) {
            out.printf("| %d | `%s` | %d | %d | %s |%n", rank++, s.id(), s.proposal().pieces().size(),
                    s.proposal().repoints().size(), Bytes.human(s.score()));
        }
        SuggestionSections.markdown(out, found.possible(), workbench);
        if (!found.refused().isEmpty()) {
            out.println();
            found.refused().stream().limit(REFUSED_SHOWN).forEach(p -> out.println("- not split: "
                    + line(p, workbench)));
        }
    }

    static List<Map<String, Object>> json(RefactorWorkbench.SplitSuggestions found, RefactorWorkbench workbench) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SplitSuggestion s : found.possible()) {
            Map<String, Object> row = row(s.proposal(), workbench);
            row.put("savedBytesAllUnits", s.score());
            row.put("units", s.prediction().units().size());
            row.put("score", s.score());
            row.put("note", s.prediction().jankNote());
            out.add(row);
        }
        for (SplitProposal p : found.refused()) {
            out.add(row(p, workbench));
        }
        return out;
    }

    private static Map<String, Object> row(SplitProposal p, RefactorWorkbench workbench) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", p.plan().id());
        row.put("kind", "split");
        row.put("title", p.plan().title());
        row.put("header", workbench.relative(p.header()));
        row.put("possible", p.possible());
        // The same shape a plan file's "parts" takes, so a user can copy it and move names between pieces.
        row.put("parts", p.pieces().stream().map(piece -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("file", java.nio.file.Path.of(piece.file()).getFileName().toString());
            part.put("declarations", piece.declarations());
            part.put("includes", piece.includes());
            part.put("needs", piece.needs().stream().map(workbench::relative).toList());
            part.put("usedBy", piece.usedBy());
            return part;
        }).toList());
        row.put("repointed", p.repoints().stream().map(r -> Map.of("includer", r.includer(), "file",
                workbench.relative(r.file()), "pieces", r.pieces().stream().map(workbench::relative).toList()))
                .toList());
        row.put("onUmbrella", p.kept());
        row.put("refused", p.refused().stream().map(r -> Map.of("what", r.what(), "file",
                workbench.relative(r.file()), "line", r.line(), "blocker", r.blocker().name(),
                "reason", r.reason())).toList());
        return row;
    }

    private static String names(List<String> names) {
        return String.join(", ", names.stream().limit(NAMES_SHOWN).toList())
                + (names.size() > NAMES_SHOWN ? ", ... (" + names.size() + " in all; --format json lists them)" : "");
    }

    private static String line(SplitProposal p, RefactorWorkbench workbench) {
        if (p.possible()) {
            return workbench.relative(p.header()) + ": splits into " + p.pieces().size() + " pieces, but no includer"
                    + " uses fewer: " + String.join("; ", p.kept().stream().limit(3).toList());
        }
        List<String> reasons = p.refused().stream().limit(3).map(SplitRefusal::reason).toList();
        return workbench.relative(p.header()) + ": " + String.join("; ", reasons)
                + (p.refused().size() > 3 ? "; and " + (p.refused().size() - 3) + " more" : "");
    }
}
