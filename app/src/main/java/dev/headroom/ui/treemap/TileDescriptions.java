// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.SourceFile;
import dev.headroom.ui.Formats;
import java.util.Locale;
import java.util.Map;

/** The words beside a tile: its tooltip, its figures in the details pane, what clang measured for it. */
public final class TileDescriptions {
    private TileDescriptions() {
    }

    /** A tile's tooltip: path, figures under {@code metric}, declarations, origin and reach. */
    public static String tooltip(HeaderNode node, SizeMetric metric, Map<String, MeasuredHeaderTime> measured) {
        StringBuilder text = new StringBuilder(node.path() == null ? node.label() : node.path());
        if (!node.isHeader()) {
            text.append("\n").append(metric.title()).append(": ").append(Formats.of(metric, node.weight()));
            text.append("\n").append(node.children().size()).append(" nested");
            return text.toString();
        }
        text.append("\n").append(figures(node, metric));
        String clang = measured(node, measured);
        if (clang != null) {
            text.append("\n").append(clang);
        }
        SourceFile file = node.file();
        if (file != null) {
            int total = file.declarations().values().stream().mapToInt(Integer::intValue).sum();
            text.append("\n").append(Formats.count(total)).append(" declarations");
            String top = file.declarations().entrySet().stream()
                    .sorted(Map.Entry.<DeclarationKind, Integer>comparingByValue().reversed()).limit(3)
                    .map(e -> kindName(e.getKey()) + " " + Formats.count(e.getValue()))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            if (!top.isEmpty()) {
                text.append(" (").append(top).append(")");
            }
            text.append("\n").append(file.inlineBodies()).append(" inline bodies · ").append(file.origin().name()
                    .toLowerCase(Locale.ROOT).replace('_', '-'));
            text.append("\nIncluded by ").append(node.fanIn()).append(node.fanIn() == 1 ? " file" : " files")
                    .append(" · reached by ").append(file.unitsReaching()).append(file.unitsReaching() == 1 ? " unit" : " units");
        }
        return text.toString();
    }

    /** "Estimated memory — self 1.2 MB · inclusive 3.4 MB · retained 2.0 MB". */
    public static String figures(HeaderNode node, SizeMetric metric) {
        return metric.title() + " — self " + Formats.of(metric, node.self()) + " · inclusive "
                + Formats.of(metric, node.inclusive()) + " · retained " + Formats.of(metric, node.retained());
    }

    /** What clang measured for a header, or {@code null} when no imported trace times it. */
    public static String measured(HeaderNode node, Map<String, MeasuredHeaderTime> measured) {
        MeasuredHeaderTime t = node.isHeader() ? measured.get(node.path()) : null;
        if (t == null) {
            return null;
        }
        // Clang's inclusive time counts only the headers it entered from this one; a header already entered
        // elsewhere (include guard) costs nothing here, unlike in the include graph's inclusive figure above.
        return "clang -ftime-trace: self " + Formats.millis(t.selfMicros()) + " · "
                + Formats.millis(t.inclusiveMicros()) + " with the headers it entered · entered " + t.entries()
                + (t.entries() == 1 ? " time" : " times");
    }

    /** A declaration kind as people say it: {@code FUNCTION_DEFINITION_INLINE} is "function definition inline". */
    public static String kindName(DeclarationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
