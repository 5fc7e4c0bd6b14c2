// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.model.DeclarationKind;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.SourceFile;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The readable summary {@code analyze --format table} prints: the units, then the heaviest files. */
final class TopListTable {
    private final Workspace workspace;
    private final int top;

    TopListTable(Workspace workspace, int top) {
        this.workspace = workspace;
        this.top = top;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Workspace %s: %d units, %d files, %d problems, %d ms (%d parsed, %d shared, %d cached)%n",
                workspace.name(), workspace.units().size(), workspace.files().size(), workspace.allProblems().size(),
                workspace.stats().wallMillis(), workspace.stats().unitsParsed(), workspace.stats().unitsShared(),
                workspace.stats().unitsCached()));
        sb.append(String.format("%nUnits%n%-28s %7s %10s %10s %8s %8s  %s%n", "unit", "files", "tokens", "AST nodes", "problems", "ms", "dialect"));
        for (TranslationUnit u : workspace.units()) {
            sb.append(String.format("%-28s %7d %10d %10d %8d %8s  %s%n", clip(u.name(), 28), u.files().size(), u.tokens(),
                    u.nodes(), u.problems().size(), u.cached() ? "cached" : String.valueOf(u.parseMillis()), u.dialect()));
        }
        Map<String, Long> tokensOverUnits = new HashMap<>();
        for (TranslationUnit u : workspace.units()) {
            for (FileInUnit f : u.files()) {
                tokensOverUnits.merge(f.path(), (long) f.tokens(), Long::sum);
            }
        }
        List<SourceFile> heaviest = workspace.files().stream()
                .sorted(Comparator.comparingInt(SourceFile::nodeCount).reversed().thenComparing(SourceFile::path))
                .limit(top).toList();
        sb.append(String.format("%nHeaviest files by AST nodes (top %d of %d)%n", heaviest.size(), workspace.files().size()));
        sb.append(String.format("%9s %8s %7s %6s %5s %11s  %-11s %s%n", "AST nodes", "decls", "inline", "KiB", "units",
                "tokens×units", "origin", "file"));
        for (SourceFile f : heaviest) {
            int decls = f.declarations().entrySet().stream()
                    .filter(e -> e.getKey() != DeclarationKind.MACRO_DEFINITION).mapToInt(Map.Entry::getValue).sum();
            sb.append(String.format("%9d %8d %7d %6d %5d %11d  %-11s %s%n", f.nodeCount(), decls, f.inlineBodies(),
                    (f.bytes() + 1023) / 1024, f.unitsReaching(), tokensOverUnits.getOrDefault(f.path(), 0L),
                    f.origin().name().toLowerCase(java.util.Locale.ROOT), shortPath(f.path())));
        }
        return sb.toString();
    }

    private String shortPath(String path) {
        String root = workspace.root() + java.io.File.separator;
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
