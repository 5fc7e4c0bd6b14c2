// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Fits a one-line label into a tile, shortening it with a middle ellipsis when it is too wide:
 * {@code vulkan/vulkan_core.h} becomes {@code vul…core.h}.
 *
 * <p>The ellipsis goes in the middle because the end of a path (the file name) and its start (the library)
 * say the most. The end matters more, so of the characters kept, one third come from the start and two thirds
 * from the end. The longest such label that fits is found by binary search over the number of characters kept,
 * so the width function is called {@code O(log n)} times; that assumes adding a character never makes a string
 * narrower, which holds for real fonts up to kerning. Strings are cut between code points, never inside a
 * surrogate pair.
 *
 * <p>Text measurement is a plain {@code ToDoubleFunction<String>}, so the UI can plug in JavaFX's text metrics
 * and tests can use a fixed-pitch stand-in.
 */
public final class LabelFit {

    /** U+2026 HORIZONTAL ELLIPSIS. */
    public static final String ELLIPSIS = "\u2026";

    private final ToDoubleFunction<String> textWidth;
    private final double lineHeight;
    private final double padding;

    /**
     * Where a label goes: its (possibly shortened) text and the box it occupies, top-left anchored.
     *
     * @param text      what to draw
     * @param x         left edge of the text box
     * @param y         top edge of the text box (not the baseline)
     * @param width     measured width of {@code text}
     * @param height    the line height
     * @param truncated whether {@code text} was shortened with an ellipsis
     */
    public record Placement(String text, double x, double y, double width, double height, boolean truncated) {
    }

    /**
     * @param textWidth  width of a string as it would be drawn
     * @param lineHeight height of one line of text, {@code > 0}
     * @param padding    space kept free between the tile's edge and the label, {@code >= 0}
     */
    public LabelFit(ToDoubleFunction<String> textWidth, double lineHeight, double padding) {
        this.textWidth = Objects.requireNonNull(textWidth, "textWidth");
        if (!(lineHeight > 0) || lineHeight == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("lineHeight must be finite and > 0, got " + lineHeight);
        }
        if (!(padding >= 0) || padding == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("padding must be finite and >= 0, got " + padding);
        }
        this.lineHeight = lineHeight;
        this.padding = padding;
    }

    /**
     * Places {@code text} at the top-left of {@code area}, inside the padding, shortened if needed.
     *
     * @return empty if the text is empty, the area is shorter than a line, or not even one character and the
     *         ellipsis fit across it
     */
    public Optional<Placement> fit(String text, Rect area) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(area, "area");
        if (text.isEmpty() || area.height() - 2 * padding < lineHeight) {
            return Optional.empty();
        }
        return middleEllipsis(text, area.width() - 2 * padding).map(shown -> new Placement(shown,
                area.x() + padding, area.y() + padding, textWidth.applyAsDouble(shown), lineHeight,
                !shown.equals(text)));
    }

    /**
     * {@code text} itself if it is at most {@code maxWidth} wide, otherwise the longest
     * {@code start + "…" + end} that is, with the kept characters split one third to the start, two thirds to
     * the end.
     *
     * @return empty if not even one character and the ellipsis fit
     */
    public Optional<String> middleEllipsis(String text, double maxWidth) {
        Objects.requireNonNull(text, "text");
        if (textWidth.applyAsDouble(text) <= maxWidth) {
            return Optional.of(text);
        }
        int[] codePoints = text.codePoints().toArray();
        // Invariant: keeping `fits` code points fits (0 meaning nothing does), keeping `tooWide` does not.
        int fits = 0;
        int tooWide = codePoints.length;
        while (tooWide - fits > 1) {
            int kept = (fits + tooWide) >>> 1;
            if (textWidth.applyAsDouble(shortened(codePoints, kept)) <= maxWidth) {
                fits = kept;
            } else {
                tooWide = kept;
            }
        }
        return fits == 0 ? Optional.empty() : Optional.of(shortened(codePoints, fits));
    }

    private static String shortened(int[] codePoints, int kept) {
        int head = kept / 3;
        int tail = kept - head;
        return new String(codePoints, 0, head) + ELLIPSIS
                + new String(codePoints, codePoints.length - tail, tail);
    }
}
