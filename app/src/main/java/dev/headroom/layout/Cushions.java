// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import java.util.List;

/**
 * Cushion shading for a laid-out treemap (van Wijk and van de Wetering, "Cushion Treemaps", 1999): every tile adds a
 * parabolic ridge in x and in y over its rectangle, lower at each depth, to the ridges of the tiles it lies in; the
 * summed surface, lit from the upper left, makes each tile a cushion whose shading also shows where it nests, so
 * the structure reads without thick borders.
 */
public final class Cushions {
    /** The root's ridge height (the paper's is 0.5; lower keeps deep nests from going dark); deeper ridges are lower by {@link #FACTOR} per level. */
    private static final double HEIGHT = 0.3;
    private static final double FACTOR = 0.75;
    /** Ambient and diffuse light: a flat tile's top comes out a little above its own colour, its rim darker. */
    private static final double AMBIENT = 0.62;
    private static final double DIFFUSE = 0.42;
    private static final double LX;
    private static final double LY;
    private static final double LZ;

    static {
        // Towards the light, upper left of the screen, whose y grows downwards.
        double lx = -1;
        double ly = -2;
        double lz = 10;
        double norm = Math.sqrt(lx * lx + ly * ly + lz * lz);
        LX = lx / norm;
        LY = ly / norm;
        LZ = lz / norm;
    }

    private Cushions() {
    }

    /**
     * Renders the shaded tiles of {@code layout} into {@code out}, an ARGB picture {@code width} pixels wide, row by
     * row; tiles are drawn in paint order so children cover their parents, each in its base colour.
     *
     * <p>Each pixel is shaded once, by the tile that shows there: first every tile writes its index over its
     * rectangle (children over parents), which costs an int fill per level of nesting; then each row is shaded run
     * by run of one owner. Shading every tile's whole rectangle in paint order cost a square root per pixel per level.
     *
     * @param argb the base colour of each tile, by {@link Tile#index()}
     */
    public static void render(TreemapLayout<?> layout, int[] argb, int width, int height, int[] out) {
        List<? extends Tile<?>> tiles = layout.tiles();
        if (argb.length < tiles.size() || out.length < width * height) {
            throw new IllegalArgumentException("a colour per tile and a pixel per point are needed");
        }
        // Per tile: the surface z = s1x x + s2x x^2 + s1y y + s2y y^2 of it and every tile it lies in.
        double[] s = new double[4 * tiles.size()];
        int[] owner = new int[width * height];
        java.util.Arrays.fill(owner, -1);
        for (Tile<?> tile : tiles) {
            int i = tile.index();
            if (tile.parentIndex() >= 0) {
                System.arraycopy(s, 4 * tile.parentIndex(), s, 4 * i, 4);
            }
            double h = HEIGHT * Math.pow(FACTOR, tile.depth());
            Rect r = tile.rect();
            addRidge(s, 4 * i, r.x(), r.x() + r.width(), h);
            addRidge(s, 4 * i + 2, r.y(), r.y() + r.height(), h);
            claim(r, i, width, height, owner);
        }
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int x = 0;
            while (x < width) {
                int o = owner[row + x];
                int end = x + 1;
                while (end < width && owner[row + end] == o) {
                    end++;
                }
                if (o >= 0) {
                    shadeRun(s, 4 * o, argb[o], y, x, end, out, row);
                }
                x = end;
            }
        }
    }

    private static void addRidge(double[] s, int at, double from, double to, double h) {
        if (to - from > 0) {
            s[at] += 4 * h * (to + from) / (to - from);
            s[at + 1] -= 4 * h / (to - from);
        }
    }

    /** Writes {@code index} over the pixels of {@code r} inside the picture. */
    private static void claim(Rect r, int index, int width, int height, int[] owner) {
        int x0 = Math.max(0, (int) Math.round(r.x()));
        int y0 = Math.max(0, (int) Math.round(r.y()));
        int x1 = Math.min(width, (int) Math.round(r.x() + r.width()));
        int y1 = Math.min(height, (int) Math.round(r.y() + r.height()));
        if (x0 >= x1) {
            return;
        }
        for (int y = y0; y < y1; y++) {
            java.util.Arrays.fill(owner, y * width + x0, y * width + x1, index);
        }
    }

    /** Shades pixels {@code x0} to {@code x1} of row {@code y}, all shown by one tile. */
    private static void shadeRun(double[] s, int at, int colour, int y, int x0, int x1, int[] out, int row) {
        int a = colour >>> 24;
        int red = (colour >> 16) & 0xff;
        int green = (colour >> 8) & 0xff;
        int blue = colour & 0xff;
        double s1x = s[at];
        double s2x = s[at + 1];
        double ny = -(2 * s[at + 3] * (y + 0.5) + s[at + 2]);
        for (int x = x0; x < x1; x++) {
            double n = -(2 * s2x * (x + 0.5) + s1x);
            double cos = (n * LX + ny * LY + LZ) / Math.sqrt(n * n + ny * ny + 1);
            double light = AMBIENT + DIFFUSE * Math.max(0, cos);
            out[row + x] = (a << 24) | (channel(red, light) << 16) | (channel(green, light) << 8)
                    | channel(blue, light);
        }
    }

    private static int channel(int value, double light) {
        return Math.min(255, (int) (value * light + 0.5));
    }
}
