// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cushion shading: lit from the upper left, darker towards the lower right rim, every pixel of every tile drawn. */
class CushionsTest {
    record Node(String name, double weight, List<Node> children) {
    }

    static int luma(int argb) {
        return ((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff);
    }

    @Test
    void aTileIsBrightTowardsTheLightAndDarkAtTheFarRim() {
        Node leaf = new Node("a", 1, List.of());
        TreemapLayout<Node> layout = NestedTreemap.layout(leaf, Node::children, Node::weight, new Rect(0, 0, 100, 60),
                NestingStyle.NONE);
        int[] out = new int[100 * 60];
        Cushions.render(layout, new int[] {0xff808080}, 100, 60, out);

        int upperLeft = luma(out[10 * 100 + 20]);
        int centre = luma(out[30 * 100 + 50]);
        int lowerRight = luma(out[58 * 100 + 98]);
        assertTrue(upperLeft > lowerRight, upperLeft + " vs " + lowerRight);
        assertTrue(centre > lowerRight, centre + " vs " + lowerRight);
        assertTrue(Math.abs(centre - 3 * 0x80) < 3 * 40, "the top of a cushion keeps about its own colour: " + centre);
        for (int p : out) {
            assertEquals(0xff, p >>> 24, "every pixel of the tile is drawn, opaque");
        }
    }

    @Test
    void childrenAreDrawnInTheirOwnColourOverTheirParent() {
        Node left = new Node("l", 1, List.of());
        Node right = new Node("r", 1, List.of());
        Node root = new Node("root", 2, List.of(left, right));
        TreemapLayout<Node> layout = NestedTreemap.layout(root, Node::children, Node::weight, new Rect(0, 0, 80, 40),
                NestingStyle.NONE);
        int[] colours = new int[layout.size()];
        for (Tile<Node> t : layout.tiles()) {
            colours[t.index()] = t.item() == left ? 0xffff0000 : t.item() == right ? 0xff0000ff : 0xff00ff00;
        }
        int[] out = new int[80 * 40];
        Cushions.render(layout, colours, 80, 40, out);

        Tile<Node> l = layout.tiles().stream().filter(t -> t.item() == left).findFirst().orElseThrow();
        int x = (int) (l.rect().x() + l.rect().width() / 2);
        int y = (int) (l.rect().y() + l.rect().height() / 2);
        int p = out[y * 80 + x];
        assertTrue(((p >> 16) & 0xff) > 0 && (p & 0xff) == 0 && ((p >> 8) & 0xff) == 0, Integer.toHexString(p));
    }
}
