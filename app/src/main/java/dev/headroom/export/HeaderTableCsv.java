// SPDX-License-Identifier: Apache-2.0
package dev.headroom.export;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.files.AtomicFiles;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.SourceFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The explorer's header table as CSV: one row per header box of the tree on screen, in the tree's order (each
 * header under its include dominator, heaviest first), with its parent so a spreadsheet can rebuild the nesting. The
 * cost columns are in the tree's size metric and named with its unit.
 */
public final class HeaderTableCsv {
    private HeaderTableCsv() {
    }

    /** Writes {@code root}'s headers to {@code file} atomically. */
    public static void write(HeaderNode root, SizeMetric metric, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(root, metric, writer);
            writer.flush();
        });
    }

    /** Writes {@code root}'s headers to {@code out}, which stays open. */
    public static void write(HeaderNode root, SizeMetric metric, Appendable out) throws IOException {
        String unit = metric.unit().name().toLowerCase(java.util.Locale.ROOT);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("header", "includer in the tree",
                "self (" + unit + ")", "inclusive (" + unit + ")", "retained (" + unit + ")", "declarations",
                "types", "function declarations", "inline bodies", "macros", "fan-in", "units reaching", "origin")
                .get().print(out);
        Deque<HeaderNode[]> todo = new ArrayDeque<>();
        todo.push(new HeaderNode[] {root, null});
        while (!todo.isEmpty()) {
            HeaderNode[] next = todo.pop();
            HeaderNode node = next[0];
            if (node.isHeader()) {
                row(csv, node, next[1]);
            }
            List<HeaderNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(new HeaderNode[] {children.get(i), node.isHeader() ? node : next[1]});
            }
        }
        csv.flush();
    }

    private static void row(CSVPrinter csv, HeaderNode node, HeaderNode parent) throws IOException {
        SourceFile f = node.file();
        csv.printRecord(node.path(), parent == null ? "" : parent.path(), node.self(), node.inclusive(),
                node.retained(), f == null ? "" : f.declarations().values().stream().mapToLong(Integer::longValue).sum(),
                f == null ? "" : f.typeDeclarations(), f == null ? "" : f.declarations(DeclarationKind.FUNCTION_DECLARATION),
                f == null ? "" : f.inlineBodies(), f == null ? "" : f.declarations(DeclarationKind.MACRO_DEFINITION),
                node.fanIn(), f == null ? "" : f.unitsReaching(), f == null ? "" : f.origin());
    }
}
