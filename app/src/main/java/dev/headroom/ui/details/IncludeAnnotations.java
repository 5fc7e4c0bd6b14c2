// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.details;

import dev.headroom.analysis.UnitCosts.IncludeCost;
import dev.headroom.ui.Formats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The include lines of the file in the source pane with what each costs in one unit, so the line to cut can be read
 * off the source as Compile Score shows it in the editor.
 *
 * @param unit   the unit the figures are for; {@code null} for none
 * @param byLine the costs of the directives on each line (a directive entered twice has two)
 */
public record IncludeAnnotations(String unit, Map<Integer, List<IncludeCost>> byLine) {
    public static final IncludeAnnotations NONE = new IncludeAnnotations(null, Map.of());

    public IncludeAnnotations {
        byLine = Map.copyOf(byLine);
    }

    static IncludeAnnotations of(String unit, List<IncludeCost> costs) {
        Map<Integer, List<IncludeCost>> byLine = new LinkedHashMap<>();
        for (IncludeCost c : costs) {
            byLine.computeIfAbsent(c.line(), k -> new ArrayList<>()).add(c);
        }
        byLine.replaceAll((line, list) -> List.copyOf(list));
        return new IncludeAnnotations(unit, byLine);
    }

    /**
     * The short note shown after line {@code line}, or {@code null} for a line with no include: the included file's
     * inclusive cost and what cutting the line saves, both estimates.
     */
    public String note(int line) {
        List<IncludeCost> here = costed(line);
        if (here == null) {
            return null;
        }
        long cut = here.stream().mapToLong(IncludeCost::cut).sum();
        return Formats.bytes(here.get(0).inclusive()) + " · cut: " + (cut == 0 ? "0, reached elsewhere"
                : "−" + Formats.bytes(cut));
    }

    /** The note in words, for the line's tooltip. */
    public String detail(int line) {
        List<IncludeCost> here = costed(line);
        if (here == null) {
            return null;
        }
        IncludeCost first = here.get(0);
        long cut = here.stream().mapToLong(IncludeCost::cut).sum();
        return "Estimated, in " + unit + ": " + first.spelled() + " brings " + Formats.bytes(first.inclusive())
                + " (" + first.target() + " and everything it includes, each file once).\n"
                + (cut == 0 ? "Cutting this line removes nothing: every file it brings is also reached another way."
                : "Cutting this line removes " + Formats.bytes(cut) + " from the unit; files also reached another way"
                + " stay.");
    }

    private List<IncludeCost> costed(int line) {
        List<IncludeCost> here = byLine.get(line);
        if (here == null || here.isEmpty() || (here.get(0).inclusive() == 0
                && here.stream().mapToLong(IncludeCost::cut).sum() == 0)) {
            return null;
        }
        return here;
    }
}
