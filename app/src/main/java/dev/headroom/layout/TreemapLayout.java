// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable result of {@link NestedTreemap#layout}: every laid-out tile in paint order, with the tree
 * structure needed to walk it and to hit-test it.
 *
 * <p>Tiles are in breadth-first order, so every parent comes before its children and the children of one parent
 * are consecutive, in the order the children function returned them. Painting the list front to back draws
 * children over their parents.
 *
 * <p>{@link #hit} descends from the root, at each level picking the child that contains the point. Parents with
 * few children are scanned; parents with many get a uniform grid over their children at construction, so a hit
 * costs about {@code O(depth)} rectangle tests rather than a scan over all tiles.
 *
 * @param <T> the tree's node type
 */
public final class TreemapLayout<T> {

    /** Parents with more children than this get a grid; below it a linear scan is as fast. */
    private static final int GRID_THRESHOLD = 16;

    private final List<Tile<T>> tiles;
    private final int[] firstChild;
    private final int[] childCount;
    private final SiblingGrid[] grids;

    /**
     * @param tiles      tiles in breadth-first order, {@code tiles.get(i).index() == i}
     * @param firstChild index of each tile's first child (any value when it has none)
     * @param childCount number of children of each tile
     */
    TreemapLayout(List<Tile<T>> tiles, int[] firstChild, int[] childCount) {
        if (tiles.isEmpty()) {
            throw new IllegalArgumentException("a layout has at least its root tile");
        }
        if (firstChild.length != tiles.size() || childCount.length != tiles.size()) {
            throw new IllegalArgumentException("child arrays must have one entry per tile");
        }
        this.tiles = List.copyOf(tiles);
        this.firstChild = firstChild.clone();
        this.childCount = childCount.clone();
        this.grids = new SiblingGrid[tiles.size()];
        for (int i = 0; i < grids.length; i++) {
            if (childCount[i] > GRID_THRESHOLD) {
                grids[i] = new SiblingGrid(this.tiles, firstChild[i], childCount[i]);
            }
        }
    }

    /** All tiles in paint order (parents before children); unmodifiable. */
    public List<Tile<T>> tiles() {
        return tiles;
    }

    public int size() {
        return tiles.size();
    }

    public Tile<T> root() {
        return tiles.get(0);
    }

    /** The rectangle the whole layout fills, the root's. */
    public Rect bounds() {
        return root().rect();
    }

    /**
     * The laid-out children of {@code parent}, in input order; empty for leaves and collapsed tiles.
     *
     * @throws IllegalArgumentException if {@code parent} is not a tile of this layout
     */
    public List<Tile<T>> children(Tile<T> parent) {
        int i = indexOf(parent);
        return tiles.subList(firstChild[i], firstChild[i] + childCount[i]);
    }

    /** The parent of {@code tile}, empty for the root. */
    public Optional<Tile<T>> parent(Tile<T> tile) {
        int i = indexOf(tile);
        int p = tiles.get(i).parentIndex();
        return p < 0 ? Optional.empty() : Optional.of(tiles.get(p));
    }

    /**
     * The deepest tile whose rectangle contains the point, or empty if it lies outside the root. Points in a
     * parent's padding, header or self share (see {@link NestedTreemap}) hit the parent.
     */
    public Optional<Tile<T>> hit(double x, double y) {
        if (!root().rect().contains(x, y)) {
            return Optional.empty();
        }
        int current = 0;
        while (true) {
            int child = childAt(current, x, y);
            if (child < 0) {
                return Optional.of(tiles.get(current));
            }
            current = child;
        }
    }

    private int childAt(int parent, double x, double y) {
        SiblingGrid grid = grids[parent];
        if (grid != null) {
            return grid.find(tiles, x, y);
        }
        int end = firstChild[parent] + childCount[parent];
        for (int i = firstChild[parent]; i < end; i++) {
            if (tiles.get(i).rect().contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(Tile<T> tile) {
        Objects.requireNonNull(tile, "tile");
        int i = tile.index();
        // Identity first: Tile.equals compares items, which may be deep (a record holding its subtree).
        if (i < 0 || i >= tiles.size() || (tiles.get(i) != tile && !tiles.get(i).equals(tile))) {
            throw new IllegalArgumentException("not a tile of this layout: " + tile);
        }
        return i;
    }

    /**
     * A uniform grid over the bounding box of one parent's children. Each cell lists, in ascending order, the
     * children whose rectangle reaches into it, stored compactly as offsets into one array. With squarified
     * (near-square) children and about one cell per child, a lookup tests a handful of rectangles, and the
     * grid holds {@code O(children)} entries.
     */
    private static final class SiblingGrid {
        private final double originX;
        private final double originY;
        private final double cellWidth;
        private final double cellHeight;
        private final int columns;
        private final int rows;
        private final int[] cellStart;
        private final int[] entries;

        SiblingGrid(List<? extends Tile<?>> tiles, int first, int count) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = first; i < first + count; i++) {
                Rect r = tiles.get(i).rect();
                minX = Math.min(minX, r.x());
                minY = Math.min(minY, r.y());
                maxX = Math.max(maxX, r.maxX());
                maxY = Math.max(maxY, r.maxY());
            }
            double width = maxX - minX;
            double height = maxY - minY;
            originX = minX;
            originY = minY;
            columns = (int) Math.max(1, Math.min(count, Math.round(Math.sqrt(count * width / height))));
            rows = Math.max(1, (count + columns - 1) / columns);
            cellWidth = width / columns;
            cellHeight = height / rows;

            cellStart = new int[columns * rows + 1];
            for (int i = first; i < first + count; i++) {
                Rect r = tiles.get(i).rect();
                for (int row = row(r.y()); row <= row(r.maxY()); row++) {
                    for (int col = column(r.x()); col <= column(r.maxX()); col++) {
                        cellStart[row * columns + col + 1]++;
                    }
                }
            }
            for (int c = 0; c < columns * rows; c++) {
                cellStart[c + 1] += cellStart[c];
            }
            entries = new int[cellStart[columns * rows]];
            int[] fill = cellStart.clone();
            for (int i = first; i < first + count; i++) {
                Rect r = tiles.get(i).rect();
                for (int row = row(r.y()); row <= row(r.maxY()); row++) {
                    for (int col = column(r.x()); col <= column(r.maxX()); col++) {
                        entries[fill[row * columns + col]++] = i;
                    }
                }
            }
        }

        int find(List<? extends Tile<?>> tiles, double x, double y) {
            int cell = row(y) * columns + column(x);
            for (int e = cellStart[cell]; e < cellStart[cell + 1]; e++) {
                int i = entries[e];
                if (tiles.get(i).rect().contains(x, y)) {
                    return i;
                }
            }
            return -1;
        }

        // Monotone in the coordinate and clamped, so a rectangle's cells always include the cell of any point it
        // contains, even a point at the grid's far edge or outside it.
        private int column(double x) {
            return clamp((int) Math.floor((x - originX) / cellWidth), columns);
        }

        private int row(double y) {
            return clamp((int) Math.floor((y - originY) / cellHeight), rows);
        }

        private static int clamp(int value, int size) {
            return Math.max(0, Math.min(size - 1, value));
        }
    }
}
