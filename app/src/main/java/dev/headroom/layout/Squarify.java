// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Squarified treemap layout of one level: Bruls, Huizing and van Wijk, "Squarified Treemaps", in
 * <i>Data Visualization 2000</i> (Proc. Joint Eurographics/IEEE TCVG Symposium on Visualization), pp. 33–42.
 *
 * <p>Weights are sorted in decreasing order (equal weights keep their input order) and laid out in rows. A row
 * runs along the shorter side of the still-empty rectangle: a column at its left edge when that rectangle is at
 * least as wide as it is tall, otherwise a row along its top edge. Items join the current row while doing so does
 * not make the row's worst aspect ratio larger ({@code worst(row ++ [c]) <= worst(row)}; the paper's printed
 * pseudo-code has this comparison reversed, its prose and figures do not); then the row is fixed and the rest is
 * laid out in the remaining rectangle.
 *
 * <p>Guarantees: one rectangle per weight, in input order; each positive weight gets an area of
 * {@code weight / sum(weights) * bounds.area()} up to floating-point rounding; the rectangles of positive weights
 * tile {@code bounds} without overlap or gap (each row's far edge and the last cell of each row are pinned to the
 * remaining rectangle's edges, so rounding never leaves a sliver). Zero weights get a zero-size rectangle at
 * {@code bounds}' top-left corner; so does every weight when {@code bounds} has zero area.
 *
 * <p>Complexity: {@code O(n log n)} time for the sort and {@code O(n)} for the rows, since the row's sum, largest
 * and smallest area are kept incrementally and each weight is tried at most twice; {@code O(n)} space.
 */
public final class Squarify {

    private Squarify() {
    }

    /**
     * Lays {@code weights} out inside {@code bounds}.
     *
     * @param weights finite, non-negative weights; not modified
     * @param bounds  the rectangle to fill
     * @return an unmodifiable list with {@code weights.length} rectangles, the i-th for {@code weights[i]}
     * @throws IllegalArgumentException if a weight is negative, NaN or infinite, or the weights' sum overflows
     */
    public static List<Rect> layout(double[] weights, Rect bounds) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bounds, "bounds");
        double total = 0;
        int positive = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "weights[" + i + "] is " + w + "; weights must be finite and >= 0");
            }
            total += w;
            if (w > 0) {
                positive++;
            }
        }
        if (total == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the sum of the weights overflows a double");
        }

        Rect[] out = new Rect[weights.length];
        Arrays.fill(out, new Rect(bounds.x(), bounds.y(), 0, 0));
        if (positive == 0 || bounds.area() == 0) {
            return List.of(out);
        }

        int[] order = positiveIndicesHeaviestFirst(weights, positive);
        double scale = bounds.area() / total;
        double[] area = new double[positive];
        for (int k = 0; k < positive; k++) {
            area[k] = weights[order[k]] * scale;
        }
        layoutRows(area, order, bounds, out);
        return List.of(out);
    }

    /** Indices of the positive weights, heaviest first; ties keep ascending index order. */
    private static int[] positiveIndicesHeaviestFirst(double[] weights, int positive) {
        Integer[] boxed = new Integer[positive];
        for (int i = 0, k = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                boxed[k++] = i;
            }
        }
        Arrays.sort(boxed, Comparator.<Integer>comparingDouble(i -> weights[i]).reversed()
                .thenComparingInt(i -> i));
        int[] order = new int[positive];
        for (int k = 0; k < positive; k++) {
            order[k] = boxed[k];
        }
        return order;
    }

    /**
     * The row-by-row pass over areas sorted heaviest first. The empty part of {@code bounds} is kept as four edges
     * so that consecutive rows share an edge value exactly.
     */
    private static void layoutRows(double[] area, int[] order, Rect bounds, Rect[] out) {
        double left = bounds.x();
        double top = bounds.y();
        double right = bounds.maxX();
        double bottom = bounds.maxY();
        int n = area.length;
        int start = 0;
        while (start < n) {
            double width = right - left;
            double height = bottom - top;
            boolean column = width >= height;
            double side = column ? height : width;

            double rowSum = area[start];
            double worst = worstAspect(area[start], area[start], rowSum, side);
            int end = start + 1;
            while (end < n) {
                double candidateSum = rowSum + area[end];
                double candidate = worstAspect(area[start], area[end], candidateSum, side);
                if (candidate > worst) {
                    break;
                }
                rowSum = candidateSum;
                worst = candidate;
                end++;
            }

            boolean lastRow = end == n;
            if (column) {
                double edge = lastRow ? right : Math.min(right, left + rowSum / side);
                double cellTop = top;
                double cumulative = 0;
                for (int k = start; k < end; k++) {
                    cumulative += area[k];
                    double cellBottom = k == end - 1 ? bottom : top + height * (cumulative / rowSum);
                    out[order[k]] = new Rect(left, cellTop, edge - left, cellBottom - cellTop);
                    cellTop = cellBottom;
                }
                left = edge;
            } else {
                double edge = lastRow ? bottom : Math.min(bottom, top + rowSum / side);
                double cellLeft = left;
                double cumulative = 0;
                for (int k = start; k < end; k++) {
                    cumulative += area[k];
                    double cellRight = k == end - 1 ? right : left + width * (cumulative / rowSum);
                    out[order[k]] = new Rect(cellLeft, top, cellRight - cellLeft, edge - top);
                    cellLeft = cellRight;
                }
                top = edge;
            }
            start = end;
        }
    }

    /**
     * The paper's {@code worst(R, w)}: the largest aspect ratio among the cells of a row with total area
     * {@code sum}, largest cell {@code largest} and smallest cell {@code smallest}, laid along a side of length
     * {@code side}.
     */
    private static double worstAspect(double largest, double smallest, double sum, double side) {
        double sideSquared = side * side;
        double sumSquared = sum * sum;
        return Math.max(sideSquared * largest / sumSquared, sumSquared / (sideSquared * smallest));
    }
}
