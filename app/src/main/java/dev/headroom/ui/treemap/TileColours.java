// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.Origin;
import dev.headroom.model.SourceFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/** The colour of a treemap tile under each {@link ColourMode}. */
public final class TileColours {
    static final Color PROJECT = Color.web("#3f9e8f");
    static final Color THIRD_PARTY = Color.web("#d98a3d");
    static final Color SYSTEM = Color.web("#6f86a8");
    static final Color SYNTHESIZED = Color.web("#9a7fc0");
    private static final Color TYPES = Color.web("#4f7fd0");
    private static final Color DECLARED_FUNCTIONS = Color.web("#59a85c");
    private static final Color INLINE_BODIES = Color.web("#d4503e");
    private static final Color OTHER = Color.web("#a0a0a0");

    private final ColourMode mode;
    private final boolean dark;
    private final double maxLogSelf;

    /**
     * @param tree the tree being drawn, for the heat scale's maximum
     */
    public TileColours(ColourMode mode, boolean dark, HeaderNode tree) {
        this.mode = mode;
        this.dark = dark;
        long max = 1;
        if (tree != null) {
            Deque<HeaderNode> stack = new ArrayDeque<>(List.of(tree));
            while (!stack.isEmpty()) {
                HeaderNode n = stack.pop();
                max = Math.max(max, n.self());
                n.children().forEach(stack::push);
            }
        }
        this.maxLogSelf = Math.log1p(max);
    }

    public Color of(HeaderNode node) {
        if (!node.isHeader()) {
            return dark ? Color.web("#3a3d42") : Color.web("#d9dde3");
        }
        return switch (mode) {
            case ORIGIN -> origin(node.file() == null ? Origin.SYNTHESIZED : node.file().origin());
            case HEAT -> heat(Math.log1p(node.self()) / maxLogSelf);
            case DECLARATION_MIX -> mix(node.file());
        };
    }

    static Color origin(Origin origin) {
        return switch (origin) {
            case PROJECT -> PROJECT;
            case THIRD_PARTY -> THIRD_PARTY;
            case SYSTEM -> SYSTEM;
            case SYNTHESIZED -> SYNTHESIZED;
        };
    }

    /** Cool blue at 0 through yellow to red at 1. */
    static Color heat(double t) {
        double x = Math.max(0, Math.min(1, t));
        return Color.hsb(220 - 220 * x, 0.55 + 0.3 * x, 0.62 + 0.3 * x);
    }

    /** The file's declaration kinds blended: types blue, declared functions green, inline bodies red, rest grey. */
    static Color mix(SourceFile file) {
        if (file == null || file.declarations().isEmpty()) {
            return OTHER;
        }
        double types = 0;
        double functions = 0;
        double bodies = 0;
        double other = 0;
        for (Map.Entry<DeclarationKind, Integer> e : file.declarations().entrySet()) {
            int n = e.getValue();
            switch (e.getKey()) {
                case CLASS, STRUCT, UNION, ENUM, TYPEDEF, ALIAS, TEMPLATE_CLASS, TEMPLATE_ALIAS -> types += n;
                case FUNCTION_DECLARATION, TEMPLATE_FUNCTION -> functions += n;
                case FUNCTION_DEFINITION_IN_CLASS, FUNCTION_DEFINITION_INLINE -> bodies += n;
                default -> other += n;
            }
        }
        double sum = types + functions + bodies + other;
        if (sum == 0) {
            return OTHER;
        }
        double r = (types * TYPES.getRed() + functions * DECLARED_FUNCTIONS.getRed() + bodies * INLINE_BODIES.getRed()
                + other * OTHER.getRed()) / sum;
        double g = (types * TYPES.getGreen() + functions * DECLARED_FUNCTIONS.getGreen()
                + bodies * INLINE_BODIES.getGreen() + other * OTHER.getGreen()) / sum;
        double b = (types * TYPES.getBlue() + functions * DECLARED_FUNCTIONS.getBlue() + bodies * INLINE_BODIES.getBlue()
                + other * OTHER.getBlue()) / sum;
        return Color.color(r, g, b);
    }

    /** Legend entries of the mode: name and colour. */
    public static List<Map.Entry<String, Color>> legend(ColourMode mode) {
        return switch (mode) {
            case ORIGIN -> List.of(Map.entry("project", PROJECT), Map.entry("third-party", THIRD_PARTY),
                    Map.entry("system", SYSTEM), Map.entry("generated", SYNTHESIZED));
            case HEAT -> List.of(Map.entry("light", heat(0)), Map.entry("", heat(0.5)), Map.entry("heavy own cost", heat(1)));
            case DECLARATION_MIX -> List.of(Map.entry("types", TYPES), Map.entry("function declarations", DECLARED_FUNCTIONS),
                    Map.entry("inline bodies", INLINE_BODIES), Map.entry("other", OTHER));
        };
    }
}
