// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.diff.Presence;
import dev.headroom.diff.UnitHeaderDelta;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.paint.Color;

/**
 * Tile colours that say what a change did to each header of the unit shown: growth red, shrink green, new blue,
 * deleted purple, unchanged grey; the same key has the same colour on both sides.
 */
final class DeltaColours {
    static final Color GREW = Color.web("#d4503e");
    static final Color SHRANK = Color.web("#59a85c");
    static final Color NEW = Color.web("#4f7fd0");
    static final Color DELETED = Color.web("#9a7fc0");
    static final Color SAME = Color.web("#9aa5b1");
    static final Color GROUP = Color.web("#c8ced6");

    private DeltaColours() {
    }

    /** A fill function over one side's tiles; {@code change} finds a tile's header delta by its path. */
    static Function<HeaderNode, Color> of(Function<String, Optional<UnitHeaderDelta>> change) {
        return node -> {
            if (!node.isHeader()) {
                return GROUP;
            }
            return change.apply(node.path()).map(DeltaColours::colour).orElse(SAME);
        };
    }

    static Color colour(UnitHeaderDelta h) {
        if (h.presence() == Presence.ADDED) {
            return NEW;
        }
        if (h.presence() == Presence.REMOVED) {
            return DELETED;
        }
        long d = h.self().delta();
        return d > 0 ? GREW : d < 0 ? SHRANK : SAME;
    }
}
