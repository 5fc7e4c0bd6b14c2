// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import dev.headroom.layout.NestedTreemapTest.Node;
import dev.headroom.layout.NestedTreemapTest.RandomTree;
import java.util.Arrays;
import java.util.Random;

/**
 * Times {@link NestedTreemap#layout} on a random 20k-node tree, and {@link TreemapLayout#hit} on the result.
 * A plain program, not a test: timings depend on the machine and belong in a report, not in an assertion.
 *
 * <p>Run after {@code ./mvnw -pl app -am test-compile}:
 * {@code java -cp app/target/classes:app/target/test-classes dev.headroom.layout.TreemapLayoutBenchmark}
 */
public final class TreemapLayoutBenchmark {

    private static final int NODES = 20_000;
    private static final int WARMUP_RUNS = 50;
    private static final int MEASURED_RUNS = 31;
    private static final Rect SCREEN = new Rect(0, 0, 1600, 1000);

    private TreemapLayoutBenchmark() {
    }

    public static void main(String[] args) {
        Node root = RandomTree.generate(NODES, 16);
        time("every node laid out", root, NestingStyle.NONE);
        time("padding 2, header 14, min 4", root, new NestingStyle(2, 14, 4, Integer.MAX_VALUE));
    }

    private static void time(String name, Node root, NestingStyle style) {
        long sink = 0;
        for (int i = 0; i < WARMUP_RUNS; i++) {
            sink += layout(root, style).size();
        }
        long[] nanos = new long[MEASURED_RUNS];
        TreemapLayout<Node> last = null;
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            last = layout(root, style);
            nanos[i] = System.nanoTime() - start;
            sink += last.size();
        }
        Arrays.sort(nanos);

        Random random = new Random(1);
        int hits = 1_000_000;
        double[] xs = random.doubles(hits, 0, SCREEN.width()).toArray();
        double[] ys = random.doubles(hits, 0, SCREEN.height()).toArray();
        for (int i = 0; i < hits; i++) {
            sink += last.hit(xs[i], ys[i]).map(Tile::depth).orElse(0);
        }
        long hitStart = System.nanoTime();
        for (int i = 0; i < hits; i++) {
            sink += last.hit(xs[i], ys[i]).map(Tile::depth).orElse(0);
        }
        double nanosPerHit = (System.nanoTime() - hitStart) / (double) hits;

        System.out.printf("%-30s %6d tiles  layout median %.2f ms (min %.2f, max %.2f, %d runs)  hit %.0f ns%n",
                name, last.size(), nanos[MEASURED_RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[MEASURED_RUNS - 1] / 1e6,
                MEASURED_RUNS, nanosPerHit);
        if (sink == 42) {
            System.out.println("(sink)");
        }
    }

    private static TreemapLayout<Node> layout(Node root, NestingStyle style) {
        return NestedTreemap.layout(root, Node::kids, Node::weight, SCREEN, style);
    }
}
