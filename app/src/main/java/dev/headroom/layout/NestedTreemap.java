// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Nested squarified treemap over any tree: Shneiderman's nested treemap ("Tree visualization with tree-maps: 2-d
 * space-filling approach", ACM Transactions on Graphics 11(1), 1992) with each level laid out by {@link Squarify}
 * (Bruls, Huizing and van Wijk, 2000), with padding and a label header per parent (see {@link NestingStyle}) to
 * make the nesting visible.
 *
 * <p><b>Self share.</b> A parent's weight may exceed the sum of its children's weights, the rest being the cost of
 * the parent itself (a header's own lines, say). The children and a "self" pseudo-child holding that rest are
 * squarified together in the parent's {@linkplain NestingStyle#content(Rect) content rectangle}. No tile is made
 * for the self share: its region is left to the parent, which shows through and is what {@link TreemapLayout#hit}
 * returns there. So within a parent, each child's area is {@code childWeight / max(parentWeight, sum of children)}
 * of the content rectangle. A parent lighter than its children is treated as having no self share.
 *
 * <p><b>What gets a tile.</b> The root always fills {@code bounds}. A child gets a tile when its weight gives it a
 * positive area; zero-weight children are left out. Children are laid out only as {@link NestingStyle} allows
 * (depth and minimum content size); a tile whose children were held back is {@linkplain Tile#collapsed()
 * collapsed}, and its subtree is not visited, which bounds the work by what is visible.
 *
 * <p>Complexity: {@code O(n log k)} for {@code n} laid-out tiles with at most {@code k} children per parent, plus
 * one call of {@code children} per tile and of {@code weight} per child of an expanded tile.
 */
public final class NestedTreemap {

    private NestedTreemap() {
    }

    /**
     * Lays out the tree under {@code root} in {@code bounds}.
     *
     * @param root     the tree's root; it must be a tree (no node reachable twice) or the depth limit must stop it
     * @param children a node's children, in the order they should appear; {@code null} or empty for a leaf
     * @param weight   a node's weight (its total cost including its children), finite and {@code >= 0}
     * @param bounds   the rectangle the root fills
     * @param style    padding, header, minimum size and depth limit
     * @param <T>      the tree's node type
     * @return the tiles in paint order, parents before children
     * @throws IllegalArgumentException if a weight of a visited node is negative, NaN or infinite
     */
    public static <T> TreemapLayout<T> layout(T root, Function<? super T, ? extends List<? extends T>> children,
            ToDoubleFunction<? super T> weight, Rect bounds, NestingStyle style) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(children, "children");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(style, "style");
        return new Builder<>(children, weight, style).build(root, bounds);
    }

    /** One breadth-first pass; the tile list doubles as the queue. */
    private static final class Builder<T> {
        private final Function<? super T, ? extends List<? extends T>> children;
        private final ToDoubleFunction<? super T> weight;
        private final NestingStyle style;

        private final List<Tile<T>> tiles = new ArrayList<>();
        /** Children still to lay out, per tile; {@code null} when the tile is a leaf or collapsed. */
        private final List<List<? extends T>> pending = new ArrayList<>();
        private double[] tileWeight = new double[64];
        private int[] firstChild = new int[64];
        private int[] childCount = new int[64];

        Builder(Function<? super T, ? extends List<? extends T>> children, ToDoubleFunction<? super T> weight,
                NestingStyle style) {
            this.children = children;
            this.weight = weight;
            this.style = style;
        }

        TreemapLayout<T> build(T root, Rect bounds) {
            add(root, checkedWeight(root), bounds, 0, -1);
            for (int i = 0; i < tiles.size(); i++) {
                firstChild[i] = tiles.size();
                List<? extends T> kids = pending.get(i);
                if (kids != null) {
                    pending.set(i, null);
                    layoutChildren(i, kids);
                }
                childCount[i] = tiles.size() - firstChild[i];
            }
            int n = tiles.size();
            return new TreemapLayout<>(tiles, Arrays.copyOf(firstChild, n), Arrays.copyOf(childCount, n));
        }

        private void layoutChildren(int parent, List<? extends T> kids) {
            Tile<T> tile = tiles.get(parent);
            int k = kids.size();
            double[] weights = new double[k + 1];
            double sum = 0;
            for (int c = 0; c < k; c++) {
                T kid = Objects.requireNonNull(kids.get(c), () -> "children of " + tile.item() + " contain null");
                weights[c] = checkedWeight(kid);
                sum += weights[c];
            }
            weights[k] = Math.max(0, tileWeight[parent] - sum);
            List<Rect> rects = Squarify.layout(weights, style.content(tile.rect()));
            for (int c = 0; c < k; c++) {
                Rect rect = rects.get(c);
                if (rect.area() > 0) {
                    add(kids.get(c), weights[c], rect, tile.depth() + 1, parent);
                }
            }
        }

        private void add(T item, double itemWeight, Rect rect, int depth, int parent) {
            List<? extends T> kids = children.apply(item);
            boolean hasChildren = kids != null && !kids.isEmpty();
            boolean expand = hasChildren && depth < style.maxDepth()
                    && style.canHoldChildren(style.content(rect));
            int index = tiles.size();
            tiles.add(new Tile<>(item, rect, depth, index, parent, hasChildren && !expand));
            pending.add(expand ? kids : null);
            if (index == tileWeight.length) {
                int grown = index * 2;
                tileWeight = Arrays.copyOf(tileWeight, grown);
                firstChild = Arrays.copyOf(firstChild, grown);
                childCount = Arrays.copyOf(childCount, grown);
            }
            tileWeight[index] = itemWeight;
        }

        private double checkedWeight(T item) {
            double w = weight.applyAsDouble(item);
            if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "weight of " + item + " is " + w + "; weights must be finite and >= 0");
            }
            return w;
        }
    }
}
