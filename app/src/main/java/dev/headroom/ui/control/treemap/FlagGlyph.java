// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.control.treemap;

import javafx.scene.effect.BlurType;
import javafx.scene.effect.DropShadow;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeType;
import javafx.scene.paint.Color;

/** The flag a {@link TreemapView} draws in a flagged tile's corner, as a node for legends, lists and labels. */
public final class FlagGlyph {
    private FlagGlyph() {
    }

    /** A 12-pixel corner triangle, {@link TreemapView#FLAG_COLOUR} in white in black, readable on either theme. */
    public static Polygon create() {
        Polygon corner = new Polygon(12, 0, 12, 12, 0, 12);
        corner.setFill(TreemapView.FLAG_COLOUR);
        corner.setStroke(Color.WHITE);
        corner.setStrokeWidth(1.2);
        corner.setStrokeType(StrokeType.INSIDE);
        corner.setEffect(new DropShadow(BlurType.ONE_PASS_BOX, Color.BLACK, 2, 1, 0, 0));
        corner.getStyleClass().add("flag-glyph");
        return corner;
    }
}
