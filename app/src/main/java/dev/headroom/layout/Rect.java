// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

/**
 * An axis-aligned rectangle in screen coordinates (origin top-left, {@code y} down).
 *
 * <p>A rectangle covers the half-open region {@code [x, x + width) × [y, y + height)}, so two rectangles that
 * share an edge never both contain a point on it, and a rectangle of zero width or height contains no point.
 *
 * @param x      left edge, finite
 * @param y      top edge, finite
 * @param width  finite and {@code >= 0}
 * @param height finite and {@code >= 0}
 */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Rect origin must be finite, got (" + x + ", " + y + ")");
        }
        if (!(width >= 0) || !(height >= 0) || width == Double.POSITIVE_INFINITY
                || height == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "Rect size must be finite and >= 0, got " + width + " x " + height);
        }
    }

    /** Right edge, {@code x + width}. */
    public double maxX() {
        return x + width;
    }

    /** Bottom edge, {@code y + height}. */
    public double maxY() {
        return y + height;
    }

    public double area() {
        return width * height;
    }

    /**
     * The longer side divided by the shorter side, so always {@code >= 1} for a rectangle with positive area;
     * {@link Double#POSITIVE_INFINITY} when either side is zero.
     */
    public double aspectRatio() {
        if (width == 0 || height == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(width / height, height / width);
    }

    /** Whether the point lies in the half-open region {@code [x, maxX) × [y, maxY)}. */
    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    /**
     * This rectangle shrunk by {@code d} on every side. If a side is shorter than {@code 2d} the result collapses
     * to zero along that axis, centred on the original, rather than turning negative.
     *
     * @param d inset per side, finite and {@code >= 0}
     */
    public Rect inset(double d) {
        if (!(d >= 0) || d == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("inset must be finite and >= 0, got " + d);
        }
        double w = width - 2 * d;
        double h = height - 2 * d;
        double nx = w >= 0 ? x + d : x + width / 2;
        double ny = h >= 0 ? y + d : y + height / 2;
        return new Rect(nx, ny, Math.max(0, w), Math.max(0, h));
    }

    /** Area of the intersection of this rectangle and {@code other}; zero when they only touch or are apart. */
    public double intersectionArea(Rect other) {
        double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
        double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** Whether the two rectangles overlap with positive area (sharing an edge or a corner does not count). */
    public boolean overlaps(Rect other) {
        return intersectionArea(other) > 0;
    }
}
