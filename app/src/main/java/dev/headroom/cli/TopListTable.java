// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.analysis.UnitFigures;
import dev.headroom.analysis.WorkspaceCosts;
import dev.headroom.analysis.cost.Calibration;
import dev.headroom.model.Measurements;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.MeasuredUnit;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary {@code analyze --format table} prints: the units with their estimates, then the heaviest files. */
final class TopListTable {
    private final Workspace workspace;
    private final WorkspaceCosts costs;
    private final Measurements measured;
    private final Calibration calibration;
    private final UnitFigures figures;
    private final int top;

    TopListTable(Workspace workspace, WorkspaceCosts costs, Measurements measured, Calibration calibration,
            UnitFigures figures, int top) {
        this.figures = figures;
        this.workspace = workspace;
        this.costs = costs;
        this.measured = measured;
        this.calibration = calibration;
        this.top = top;
    }

    String render() {
        TextTable style = new TextTable.Aligned();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Workspace %s: %d units, %d files, %d problems, %d ms (%d parsed, %d shared, %d cached)%n",
                workspace.name(), workspace.units().size(), workspace.files().size(), workspace.allProblems().size(),
                workspace.stats().wallMillis(), workspace.stats().unitsParsed(), workspace.stats().unitsShared(),
                workspace.stats().unitsCached()));
        sb.append(String.format(Locale.ROOT, "Estimates: clang %s AST bytes, fitted on %d units (held-out Spearman %.3f, median error %.1f%%)%n",
                calibration.clangVersion(), calibration.units(), calibration.spearman(), calibration.medianAbsErrorPct()));

        sb.append("This workspace: ").append(figures.correction().summary()).append(System.lineSeparator());
        figures.domainWarning().ifPresent(w -> sb.append("Warning: ").append(w).append(System.lineSeparator()));

        boolean clang = !measured.units().isEmpty();
        List<String> header = new ArrayList<>(List.of("AST", "figure", "est. AST", "est. peak"));
        if (clang) {
            header.addAll(List.of("clang AST", "error", "clang peak"));
        }
        header.addAll(List.of("files", "tokens", "AST nodes", "problems", "ms", "dialect", "unit"));
        List<List<String>> rows = new ArrayList<>();
        for (TranslationUnit u : workspace.units()) {
            var cost = costs.unit(u.name());
            long ast = cost.map(WorkspaceCosts.UnitCost::astBytes).orElse(0L);
            var figure = figures.unit(u.name());
            List<String> row = new ArrayList<>(List.of(figure.map(f -> Bytes.human(f.shownAstBytes())).orElse("-"),
                    figure.map(f -> f.source().label() + (f.outsideDomain() && f.source() != UnitFigures.Source.MEASURED
                            ? " (beyond fit)" : "")).orElse("-")));
            row.addAll(u.measured()
                    ? List.of(Bytes.human(ast), Bytes.human(cost.map(WorkspaceCosts.UnitCost::peakBytes).orElse(0L)))
                    : List.of("not measured", "not measured"));
            if (clang) {
                MeasuredUnit m = measured.units().get(u.name());
                row.add(m == null ? "-" : Bytes.human(m.astBytes()));
                row.add(m == null || m.astBytes() == 0 ? "-"
                        : String.format(Locale.ROOT, "%+.0f%%", 100.0 * (ast - m.astBytes()) / m.astBytes()));
                row.add(m == null || m.peakBytes() < 0 ? "-" : Bytes.human(m.peakBytes()));
            }
            row.addAll(List.of(String.valueOf(u.files().size()), String.valueOf(u.tokens()), String.valueOf(u.nodes()),
                    String.valueOf(u.problems().size()), u.cached() ? "cached" : String.valueOf(u.parseMillis()), u.dialect(), u.name()));
            rows.add(row);
        }
        sb.append(style.heading("Units")).append(style.table(header, rows));

        List<SourceFile> heaviest = workspace.files().stream()
                .sorted(Comparator.comparingLong((SourceFile f) -> costs.self(f.path())).reversed().thenComparing(SourceFile::path))
                .limit(top).toList();
        rows.clear();
        for (SourceFile f : heaviest) {
            int decls = f.declarations().entrySet().stream()
                    .filter(e -> e.getKey() != DeclarationKind.MACRO_DEFINITION).mapToInt(Map.Entry::getValue).sum();
            rows.add(List.of(Bytes.human(costs.self(f.path())), Bytes.human(costs.inclusive(f.path())),
                    String.valueOf(f.nodeCount()), String.valueOf(decls), String.valueOf(f.inlineBodies()),
                    Bytes.human(f.bytes()), String.valueOf(f.unitsReaching()), f.origin().name().toLowerCase(Locale.ROOT),
                    shortPath(f.path())));
        }
        sb.append(style.heading(String.format(Locale.ROOT, "Heaviest files by estimated AST bytes (top %d of %d)",
                heaviest.size(), workspace.files().size())));
        sb.append(style.table(List.of("est. self", "est. incl.", "AST nodes", "decls", "inline", "size", "units", "origin", "file"), rows));
        return sb.toString();
    }

    private String shortPath(String path) {
        String root = workspace.root() + java.io.File.separator;
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }
}
