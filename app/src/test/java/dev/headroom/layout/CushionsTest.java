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

    /**
     * Shading each pixel once, by the tile shown there, gives the picture shading every tile's whole rectangle in
     * paint order gives (the paper's way, written out here): exactly, pixel for pixel, on a nested layout.
     */
    @Test
    void eachPixelShadedOnceIsThePictureOfShadingEveryTileInPaintOrder() {
        java.util.Random random = new java.util.Random(7);
        Node root = tree(random, 0);
        TreemapLayout<Node> layout = NestedTreemap.layout(root, Node::children, Node::weight,
                new Rect(0, 0, 317, 211), new NestingStyle(2, 12, 1, Integer.MAX_VALUE));
        int[] colours = new int[layout.size()];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = 0xff000000 | random.nextInt(0xffffff);
        }
        int[] fast = new int[317 * 211];
        Cushions.render(layout, colours, 317, 211, fast);
        int[] reference = new int[317 * 211];
        everyTileInPaintOrder(layout, colours, 317, 211, reference);
        assertTrue(layout.size() > 100, "a deep enough layout: " + layout.size());
        for (int p = 0; p < fast.length; p++) {
            assertEquals(reference[p], fast[p], "pixel " + (p % 317) + "," + (p / 317));
        }
    }

    private static Node tree(java.util.Random random, int depth) {
        if (depth == 4 || (depth > 1 && random.nextInt(4) == 0)) {
            return new Node("leaf", 1 + random.nextInt(50), List.of());
        }
        List<Node> children = new java.util.ArrayList<>();
        for (int i = 0, n = 2 + random.nextInt(5); i < n; i++) {
            children.add(tree(random, depth + 1));
        }
        return new Node("n", children.stream().mapToDouble(Node::weight).sum() * 1.1, children);
    }

    private static void everyTileInPaintOrder(TreemapLayout<Node> layout, int[] argb, int width, int height, int[] out) {
        double[] s = new double[4 * layout.size()];
        double norm = Math.sqrt(1 + 4 + 100);
        double lx = -1 / norm;
        double ly = -2 / norm;
        double lz = 10 / norm;
        for (Tile<Node> tile : layout.tiles()) {
            int i = tile.index();
            if (tile.parentIndex() >= 0) {
                System.arraycopy(s, 4 * tile.parentIndex(), s, 4 * i, 4);
            }
            double h = 0.3 * Math.pow(0.75, tile.depth());
            Rect r = tile.rect();
            ridge(s, 4 * i, r.x(), r.x() + r.width(), h);
            ridge(s, 4 * i + 2, r.y(), r.y() + r.height(), h);
            int x0 = Math.max(0, (int) Math.round(r.x()));
            int y0 = Math.max(0, (int) Math.round(r.y()));
            int x1 = Math.min(width, (int) Math.round(r.x() + r.width()));
            int y1 = Math.min(height, (int) Math.round(r.y() + r.height()));
            for (int y = y0; y < y1; y++) {
                double ny = -(2 * s[4 * i + 3] * (y + 0.5) + s[4 * i + 2]);
                for (int x = x0; x < x1; x++) {
                    double n = -(2 * s[4 * i + 1] * (x + 0.5) + s[4 * i]);
                    double cos = (n * lx + ny * ly + lz) / Math.sqrt(n * n + ny * ny + 1);
                    double light = 0.62 + 0.42 * Math.max(0, cos);
                    int c = argb[i];
                    out[y * width + x] = (c >>> 24 << 24) | (ch((c >> 16) & 0xff, light) << 16)
                            | (ch((c >> 8) & 0xff, light) << 8) | ch(c & 0xff, light);
                }
            }
        }
    }

    private static void ridge(double[] s, int at, double from, double to, double h) {
        if (to - from > 0) {
            s[at] += 4 * h * (to + from) / (to - from);
            s[at + 1] -= 4 * h / (to - from);
        }
    }

    private static int ch(int value, double light) {
        return Math.min(255, (int) (value * light + 0.5));
    }
}
