// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.headroom.refactor.Refusal;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.PredictionText;
import dev.headroom.session.RefactorWorkbench;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import dev.headroom.session.Suggestion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code headroom suggest}: concrete refactors ranked by predicted saving times modules affected. */
@Command(name = "suggest",
        mixinStandardHelpOptions = true,
        description = "Rank concrete refactors by predicted saving: moving inline bodies to a .cpp (saving per unit"
                + " times the units that include the header, with the bodies it must leave and why), and replacing"
                + " includes with forward declarations (saving over every unit, with the includes that must stay"
                + " and why), and splitting headers into pieces by includer (saving in the includers pointed at"
                + " fewer pieces, with the headers that do not split and why).",
        footer = {"", "Exit codes: 0 ok (also when nothing can be suggested), 2 bad usage or input."})
public final class SuggestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "at most N suggestions (default 10)")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or md (default table)")
    String format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("table", "json", "md").contains(format)) {
            err.println("headroom: --format must be table, json or md, not " + format);
            return HeadroomCommand.BAD_INPUT;
        }
        Optional<AnalysedWorkspace> analysed = workspaceOptions.analyse(workspaceOptions.request(), err);
        if (analysed.isEmpty()) {
            return HeadroomCommand.BAD_INPUT;
        }
        RefactorWorkbench workbench = new RefactorWorkbench(analysed.get());
        List<Suggestion> suggestions;
        RefactorWorkbench.ForwardSuggestions forwards;
        RefactorWorkbench.SplitSuggestions splits;
        try {
            suggestions = workbench.suggest(top, () -> false);
            forwards = workbench.suggestForward(top, () -> false);
            splits = workbench.suggestSplits(top, () -> false);
        } catch (SessionException e) {
            err.println("headroom: " + e.problem());
            return HeadroomCommand.BAD_INPUT;
        } catch (SessionCancelledException e) {
            err.println("headroom: " + e.getMessage());
            return HeadroomCommand.BAD_INPUT;
        }
        switch (format) {
            case "json" -> {
                List<Map<String, Object>> rows = json(suggestions, workbench);
                rows.addAll(ForwardRows.json(forwards, workbench));
                rows.addAll(SplitRows.json(splits, workbench));
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            }
            case "md" -> {
                markdown(out, suggestions, workbench);
                ForwardRows.markdown(out, forwards, workbench);
                SplitRows.markdown(out, splits, workbench);
            }
            default -> {
                table(out, suggestions, workbench);
                ForwardRows.table(out, forwards, workbench);
                SplitRows.table(out, splits, workbench);
            }
        }
        out.flush();
        return HeadroomCommand.OK;
    }

    private static void table(PrintWriter out, List<Suggestion> suggestions, RefactorWorkbench workbench) {
        if (suggestions.isEmpty()) {
            out.println("No inline bodies in project headers can move to a .cpp.");
            return;
        }
        TextTable table = new TextTable.Aligned();
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Suggestion s : suggestions) {
            rows.add(List.of(String.valueOf(rank++), s.id(), String.valueOf(s.proposal().moved()),
                    String.valueOf(s.proposal().refused().size()), Bytes.human(s.prediction().perUnitBytes()),
                    String.valueOf(s.prediction().headers().get(0).units()), Bytes.human(s.score())));
        }
        out.print(table.table(List.of("#", "suggestion", "moves", "stays", "saved/unit", "units", "score"), rows));
        for (Suggestion s : suggestions) {
            out.println();
            out.println(s.id() + ": " + s.proposal().plan().title());
            PredictionText.lines(s.prediction(), workbench::relative).forEach(l -> out.println("  " + l));
            for (Refusal r : s.proposal().refused()) {
                out.println("  stays: " + r.function().qualifiedName() + " (line " + r.function().firstLine() + "): "
                        + r.reasons());
            }
        }
    }

    private static void markdown(PrintWriter out, List<Suggestion> suggestions, RefactorWorkbench workbench) {
        out.println("| # | suggestion | moves | stays | saved per unit | units | score |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        int rank = 1;
        for (Suggestion s : suggestions) {
            out.printf("| %d | `%s` | %d | %d | %s | %d | %s |%n", rank++, s.id(), s.proposal().moved(),
                    s.proposal().refused().size(), Bytes.human(s.prediction().perUnitBytes()),
                    s.prediction().headers().get(0).units(), Bytes.human(s.score()));
        }
        for (Suggestion s : suggestions) {
            out.println();
            out.println("### `" + s.id() + "`");
            out.println();
            PredictionText.lines(s.prediction(), workbench::relative).forEach(l -> out.println("- " + l));
            s.proposal().refused().forEach(r -> out.println("- stays: `" + r.function().qualifiedName() + "` (line "
                    + r.function().firstLine() + "): " + r.reasons()));
        }
    }

    private static List<Map<String, Object>> json(List<Suggestion> suggestions, RefactorWorkbench workbench) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Suggestion s : suggestions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("kind", "move-bodies");
            row.put("title", s.proposal().plan().title());
            row.put("header", workbench.relative(s.proposal().header()));
            row.put("into", workbench.relative(s.proposal().target()));
            row.put("moves", s.proposal().plan().moves().stream().map(m -> m.function().qualifiedName()).toList());
            row.put("stays", s.proposal().refused().stream().map(r -> Map.of("function", r.function().qualifiedName(),
                    "line", r.function().firstLine(), "blockers", r.blockers().stream().sorted().map(Enum::name).toList(),
                    "reason", r.reasons())).toList());
            row.put("savedBytesPerUnit", s.prediction().perUnitBytes());
            row.put("units", s.prediction().headers().get(0).units());
            row.put("score", s.score());
            if (s.prediction().jit() != null) {
                row.put("jitPeakBefore", s.prediction().jit().before());
                row.put("jitPeakAfter", s.prediction().jit().after());
                row.put("jank", s.prediction().jankNote());
            }
            out.add(row);
        }
        return out;
    }
}
