// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

/**
 * One laid-out item of a {@link TreemapLayout}.
 *
 * @param item        the tree node this tile shows
 * @param rect        where it is drawn
 * @param depth       0 for the root, parent's depth + 1 otherwise
 * @param index       position of this tile in {@link TreemapLayout#tiles()}
 * @param parentIndex position of the parent tile in {@link TreemapLayout#tiles()}, {@code -1} for the root
 * @param collapsed   whether the item has children that were not laid out (tile too small or depth limit), so the
 *                    painter should draw it as one block standing for its whole subtree
 * @param <T>         the tree's node type
 */
public record Tile<T>(T item, Rect rect, int depth, int index, int parentIndex, boolean collapsed) {

    public boolean isRoot() {
        return parentIndex < 0;
    }
}
