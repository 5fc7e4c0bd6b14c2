// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

/**
 * How {@link NestedTreemap} nests children inside their parent.
 *
 * <p>A parent's children are laid out in its {@linkplain #content(Rect) content rectangle}: the parent's rectangle
 * inset by {@code padding} on every side, minus a {@linkplain #header(Rect) header strip} of
 * {@code headerHeight} at the top for the parent's label. Children are laid out only while the parent's depth is
 * below {@code maxDepth} and its content rectangle is at least {@code minTileSize} wide and tall; otherwise a
 * parent that has children is marked {@linkplain Tile#collapsed() collapsed}, so the painter can draw it as one
 * block. The size limit is what keeps a 20k-node tree cheap: no work is done below tiles too small to see.
 *
 * @param padding      gap in pixels between a parent's edge and its children, {@code >= 0}
 * @param headerHeight height of the label strip at the top of a parent, {@code >= 0}
 * @param minTileSize  smallest content width and height in which children are still laid out, {@code >= 0}
 * @param maxDepth     deepest level laid out, the root being depth 0, {@code >= 0}
 */
public record NestingStyle(double padding, double headerHeight, double minTileSize, int maxDepth) {

    /** No padding, no header, no size or depth limit: children exactly tile their parent. */
    public static final NestingStyle NONE = new NestingStyle(0, 0, 0, Integer.MAX_VALUE);

    public NestingStyle {
        requireNonNegativeFinite("padding", padding);
        requireNonNegativeFinite("headerHeight", headerHeight);
        requireNonNegativeFinite("minTileSize", minTileSize);
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must be >= 0, got " + maxDepth);
        }
    }

    /** The header strip of a parent tile: the top {@code headerHeight} of its padded rectangle, or less if small. */
    public Rect header(Rect tile) {
        Rect padded = tile.inset(padding);
        return new Rect(padded.x(), padded.y(), padded.width(), Math.min(headerHeight, padded.height()));
    }

    /** Where a parent's children go: its padded rectangle below the header strip (zero height if none is left). */
    public Rect content(Rect tile) {
        Rect padded = tile.inset(padding);
        double header = Math.min(headerHeight, padded.height());
        return new Rect(padded.x(), padded.y() + header, padded.width(), padded.height() - header);
    }

    /** Whether children fit in this content rectangle: positive area and both sides at least the minimum size. */
    boolean canHoldChildren(Rect content) {
        return content.area() > 0 && content.width() >= minTileSize && content.height() >= minTileSize;
    }

    private static void requireNonNegativeFinite(String name, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }
}
