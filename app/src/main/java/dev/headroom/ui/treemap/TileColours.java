// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.Libraries;
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

    /** How many libraries the legend names; the rest share one entry. */
    private static final int LEGEND_LIBRARIES = 7;

    private final ColourMode mode;
    private final boolean dark;
    private final double maxLogSelf;
    private final String projectRoot;
    private final HeaderNode tree;
    /** Every library of the workspace, in name order: a library's place here picks its colour. */
    private final List<String> libraries;

    /**
     * @param tree        the tree being drawn, for the heat scale's maximum and the libraries in the legend
     * @param projectRoot the workspace's root folder, which holds the project's own headers; may be {@code null}
     * @param files       the paths of every file of the workspace, so that a library keeps its colour in every unit
     */
    public TileColours(ColourMode mode, boolean dark, HeaderNode tree, String projectRoot, java.util.Collection<String> files) {
        this.mode = mode;
        this.dark = dark;
        this.tree = tree;
        this.projectRoot = projectRoot;
        this.libraries = files.stream().map(f -> Libraries.of(f, projectRoot))
                .filter(k -> !Libraries.PROJECT.equals(k) && !Libraries.RUNTIME.equals(k)).distinct().sorted().toList();
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
            case LIBRARY -> library(libraryOf(node), libraries);
            case HEAT -> heat(Math.log1p(node.self()) / maxLogSelf);
            case DECLARATION_MIX -> mix(node.file());
        };
    }

    /**
     * The header's library: the project's when the analysis says it is (its tree, or a folder the project file
     * claims); a library vendored inside the tree but included as {@code -isystem} by its own folder.
     */
    private String libraryOf(HeaderNode node) {
        Origin origin = node.file() == null ? null : node.file().origin();
        if (origin == Origin.PROJECT) {
            return Libraries.PROJECT;
        }
        return Libraries.of(node.path(), origin == null ? projectRoot : null);
    }

    static Color origin(Origin origin) {
        return switch (origin) {
            case PROJECT -> PROJECT;
            case THIRD_PARTY -> THIRD_PARTY;
            case SYSTEM -> SYSTEM;
            case SYNTHESIZED -> SYNTHESIZED;
        };
    }

    /**
     * A library's colour: the project's and the runtime's as under Origin; every other library a hue of its own,
     * picked by its place among the workspace's libraries in name order, so libraries side by side never share a
     * colour and a library keeps its colour while the workspace's set of libraries stays the same.
     */
    static Color library(String key, List<String> libraries) {
        if (Libraries.PROJECT.equals(key)) {
            return PROJECT;
        }
        if (Libraries.RUNTIME.equals(key)) {
            return SYSTEM;
        }
        int at = Math.max(0, libraries.indexOf(key));
        // Golden-angle steps from orange keep neighbours far apart; the band of the project's teal and the
        // runtime's blue is skipped so a library never passes for either.
        double hue = (25 + at * 137.508) % 360;
        if (hue > 160 && hue < 235) {
            hue = (hue + 100) % 360;
        }
        return Color.hsb(hue, at % 2 == 0 ? 0.62 : 0.45, at % 3 == 2 ? 0.70 : 0.86);
    }

    /** The legend of this colouring: for libraries, the heaviest ones of the tree drawn, then "other". */
    public List<Map.Entry<String, Color>> legendEntries() {
        if (mode != ColourMode.LIBRARY) {
            return legend(mode);
        }
        Map<String, Long> weight = new java.util.HashMap<>();
        if (tree != null) {
            Deque<HeaderNode> stack = new ArrayDeque<>(List.of(tree));
            while (!stack.isEmpty()) {
                HeaderNode n = stack.pop();
                if (n.isHeader()) {
                    weight.merge(libraryOf(n), n.self(), Long::sum);
                }
                n.children().forEach(stack::push);
            }
        }
        List<Map.Entry<String, Color>> out = new java.util.ArrayList<>();
        weight.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(LEGEND_LIBRARIES)
                .forEach(e -> out.add(Map.entry(e.getKey(), library(e.getKey(), libraries))));
        if (weight.size() > LEGEND_LIBRARIES) {
            out.add(Map.entry("+" + (weight.size() - LEGEND_LIBRARIES) + " more (tooltips name them)", OTHER));
        }
        return out;
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
            case LIBRARY -> List.of(Map.entry(Libraries.PROJECT, PROJECT), Map.entry(Libraries.RUNTIME, SYSTEM));
            case HEAT -> List.of(Map.entry("light", heat(0)), Map.entry("", heat(0.5)), Map.entry("heavy own cost", heat(1)));
            case DECLARATION_MIX -> List.of(Map.entry("types", TYPES), Map.entry("function declarations", DECLARED_FUNCTIONS),
                    Map.entry("inline bodies", INLINE_BODIES), Map.entry("other", OTHER));
        };
    }

    /** The paths of the files of the workspace a treemap shows, none before one is shown. */
    static List<String> filesOf(TreemapViewModel vm) {
        return vm.state().analysed() == null ? List.of()
                : vm.state().analysed().workspace().files().stream().map(SourceFile::path).toList();
    }
}
