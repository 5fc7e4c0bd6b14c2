// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.control.treemap;

import dev.headroom.ui.FxThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Frame times of the treemap at 20k tiles, headless (Monocle, software pipeline). A plain main, not a test:
 * {@code java -cp app/target/test-classes:app/target/headroom-app.jar:app/target/lib/* \
 * dev.headroom.ui.control.treemap.TreemapFrameBenchmark [tiles]}.
 *
 * <p>Three figures, medians over 30 frames after 10 warm-up frames: a relayout (new size: squarify 20k tiles, place
 * labels, paint), a repaint (new selection: paint only), and a whole frame rendered to pixels by the software
 * pipeline ({@code Scene.snapshot}), which includes rasterising the canvas; flat tiles first, then cushions (whose
 * shading is rendered again on a relayout and reused by a repaint).
 */
public final class TreemapFrameBenchmark {
    private TreemapFrameBenchmark() {
    }

    record Node(String name, double weight, List<Node> children) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    public static void main(String[] args) throws Exception {
        for (String[] p : new String[][] {{"testfx.headless", "true"}, {"prism.order", "sw"}, {"prism.text", "t2k"},
                {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"headless.geometry", "1600x1000-32"}}) {
            System.setProperty(p[0], System.getProperty(p[0], p[1]));
        }
        int tiles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Random random = new Random(42);
        List<Node> leaves = new ArrayList<>();
        Node root = tree("root", tiles, 0, random, leaves);
        FxThread.start();
        // A control not yet in a scene may be built on any thread; its skin is made on the FX thread below.
        TreemapView<Node> view = new TreemapView<>();
        Scene[] scene = new Scene[1];
        FxThread.run(() -> {
            view.setChildrenFunction(Node::children);
            view.setWeightFunction(Node::weight);
            view.setLabelFunction(Node::name);
            view.minTileSizeProperty().set(1);
            view.setRoot(root);
            scene[0] = new Scene(new StackPane(view), 1200, 800);
            scene[0].getRoot().applyCss();
            scene[0].getRoot().layout();
        });
        for (boolean cushions : new boolean[] {false, true}) {
            FxThread.run(() -> view.setCushions(cushions));
            int[] n = {0};
            double relayout = median(() -> {
                n[0]++;
                scene[0].getRoot().resize(1200 - (n[0] % 2), 800);
                scene[0].getRoot().layout();
            });
            double repaint = median(() -> {
                view.setSelectedItem(leaves.get(n[0]++ % leaves.size()));
                scene[0].getRoot().layout();
            });
            double snapshot = median(() -> {
                view.setSelectedItem(leaves.get(n[0]++ % leaves.size()));
                scene[0].snapshot(null);
            });
            System.out.printf(Locale.ROOT, "%d nodes, 1200x800, %s: relayout %.1f ms, repaint %.1f ms,"
                    + " rendered frame %.1f ms (medians)%n", tiles, cushions ? "cushions" : "flat", relayout, repaint,
                    snapshot);
        }
        javafx.application.Platform.exit();
    }

    private static double median(Runnable frame) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long t0 = System.nanoTime();
            FxThread.run(frame);
            if (i >= 10) {
                times.add((System.nanoTime() - t0) / 1e6);
            }
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    /** A random tree of {@code count} nodes, fan-out up to 12, weights skewed like header sizes. */
    private static Node tree(String name, int count, int depth, Random random, List<Node> leaves) {
        if (count <= 1) {
            Node leaf = new Node(name, 1 + Math.pow(random.nextDouble(), 3) * 1000, List.of());
            leaves.add(leaf);
            return leaf;
        }
        int fanOut = Math.min(count - 1, 2 + random.nextInt(11));
        List<Node> children = new ArrayList<>();
        int remaining = count - 1;
        for (int i = 0; i < fanOut; i++) {
            int share = i == fanOut - 1 ? remaining : Math.max(1, (int) (remaining * random.nextDouble() * 2 / (fanOut - i)));
            share = Math.min(share, remaining - (fanOut - i - 1));
            remaining -= share;
            children.add(tree(name + "/" + i, share, depth + 1, random, leaves));
        }
        double weight = children.stream().mapToDouble(Node::weight).sum() * (1 + random.nextDouble() * 0.2);
        return new Node(name + ".h", weight, children);
    }
}
