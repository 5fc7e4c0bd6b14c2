// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NestedTreemapTest {

    /** A test tree node; {@code weight} includes the children. */
    record Node(String name, double weight, List<Node> kids) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Node node(String name, double weight, Node... kids) {
        return new Node(name, weight, List.of(kids));
    }

    private static TreemapLayout<Node> layout(Node root, Rect bounds, NestingStyle style) {
        return NestedTreemap.layout(root, Node::kids, Node::weight, bounds, style);
    }

    private static final Rect SCREEN = new Rect(0, 0, 1600, 1000);
    private static final NestingStyle PADDED = new NestingStyle(2, 14, 0, Integer.MAX_VALUE);

    @Test
    void rootFillsBoundsAndParentsComeBeforeChildren() {
        TreemapLayout<Node> layout = layout(RandomTree.generate(2_000, 11), SCREEN, PADDED);
        assertEquals(SCREEN, layout.root().rect());
        assertEquals(SCREEN, layout.bounds());
        assertTrue(layout.root().isRoot());
        for (Tile<Node> tile : layout.tiles()) {
            assertEquals(tile, layout.tiles().get(tile.index()));
            if (!tile.isRoot()) {
                Tile<Node> parent = layout.tiles().get(tile.parentIndex());
                assertTrue(parent.index() < tile.index(), "parent painted after child " + tile.item());
                assertEquals(parent.depth() + 1, tile.depth());
                assertTrue(parent.item().kids().contains(tile.item()));
            }
        }
    }

    @Test
    void childrenLieInsideTheirParentsContentRectangle() {
        TreemapLayout<Node> layout = layout(RandomTree.generate(2_000, 12), SCREEN, PADDED);
        int checked = 0;
        for (Tile<Node> tile : layout.tiles()) {
            if (tile.isRoot()) {
                continue;
            }
            Rect content = PADDED.content(layout.tiles().get(tile.parentIndex()).rect());
            Rect r = tile.rect();
            double eps = 1e-9;
            assertTrue(r.x() >= content.x() - eps && r.y() >= content.y() - eps
                    && r.maxX() <= content.maxX() + eps && r.maxY() <= content.maxY() + eps,
                    r + " is outside its parent's content " + content);
            checked++;
        }
        assertTrue(checked > 100, "too few nested tiles to mean anything: " + checked);
    }

    @Test
    void childrenBelowTheHeaderStripAndPadding() {
        Node root = node("root", 10, node("a", 6), node("b", 4));
        NestingStyle style = new NestingStyle(3, 10, 0, Integer.MAX_VALUE);
        TreemapLayout<Node> layout = layout(root, new Rect(0, 0, 100, 100), style);
        assertEquals(new Rect(3, 3, 94, 10), style.header(layout.root().rect()));
        double childArea = 0;
        for (Tile<Node> child : layout.children(layout.root())) {
            assertTrue(child.rect().y() >= 13 && child.rect().x() >= 3, child.toString());
            childArea += child.rect().area();
        }
        assertEquals(94 * 84, childArea, 1e-9);
    }

    @Test
    void childAreasAreProportionalToWeightsWithinTheirParent() {
        TreemapLayout<Node> layout = layout(RandomTree.generate(2_000, 13), SCREEN, PADDED);
        for (Tile<Node> parent : layout.tiles()) {
            List<Tile<Node>> kids = layout.children(parent);
            if (kids.isEmpty()) {
                continue;
            }
            double childSum = parent.item().kids().stream().mapToDouble(Node::weight).sum();
            double share = Math.max(parent.item().weight(), childSum);
            double contentArea = PADDED.content(parent.rect()).area();
            for (Tile<Node> kid : kids) {
                double expected = kid.item().weight() / share * contentArea;
                assertEquals(expected, kid.rect().area(), expected * 1e-9, kid.item().name());
            }
        }
    }

    @Test
    void siblingsDoNotOverlap() {
        TreemapLayout<Node> layout = layout(RandomTree.generate(3_000, 14), SCREEN, NestingStyle.NONE);
        for (Tile<Node> parent : layout.tiles()) {
            List<Tile<Node>> kids = layout.children(parent);
            for (int i = 0; i < kids.size(); i++) {
                for (int j = i + 1; j < kids.size(); j++) {
                    double overlap = kids.get(i).rect().intersectionArea(kids.get(j).rect());
                    assertTrue(overlap < 1e-9, kids.get(i).item() + " overlaps " + kids.get(j).item());
                }
            }
        }
    }

    @Test
    void selfShareIsLeftToTheParentAndHitsIt() {
        // Parent weighs 10, children 3 + 2: half of the parent is its own.
        Node root = node("root", 10, node("a", 3), node("b", 2));
        TreemapLayout<Node> layout = layout(root, new Rect(0, 0, 10, 10), NestingStyle.NONE);
        List<Tile<Node>> kids = layout.children(layout.root());
        assertEquals(30.0, kids.get(0).rect().area(), 1e-9);
        assertEquals(20.0, kids.get(1).rect().area(), 1e-9);

        // Self (weight 5) is the largest, so squarify puts it first: the left half. Points there hit the root.
        assertEquals("root", layout.hit(2, 5).orElseThrow().item().name());
        assertEquals("a", layout.hit(kids.get(0).rect().x() + 0.1, kids.get(0).rect().y() + 0.1)
                .orElseThrow().item().name());
    }

    @Test
    void parentLighterThanItsChildrenIsFilledByThem() {
        Node root = node("root", 1, node("a", 3), node("b", 2));
        TreemapLayout<Node> layout = layout(root, new Rect(0, 0, 10, 10), NestingStyle.NONE);
        List<Tile<Node>> kids = layout.children(layout.root());
        assertEquals(60.0, kids.get(0).rect().area(), 1e-9);
        assertEquals(40.0, kids.get(1).rect().area(), 1e-9);
    }

    @Test
    void tileTooSmallForItsChildrenIsCollapsedAndItsSubtreeSkipped() {
        // In 100 x 100, weights 99 and 1 give a 99 x 100 column and a 1 x 100 column.
        Node small = node("small", 1, node("s1", 0.5), node("s2", 0.5));
        Node big = node("big", 99, node("b1", 50), node("b2", 49));
        Node leaf = node("leaf", 0.001);
        Node root = node("root", 100.001, big, small, leaf);
        TreemapLayout<Node> layout = layout(root, new Rect(0, 0, 100, 100), new NestingStyle(0, 0, 20, 99));

        Tile<Node> smallTile = find(layout, "small");
        assertTrue(smallTile.collapsed());
        assertEquals(List.of(), layout.children(smallTile));
        assertFalse(find(layout, "big").collapsed());
        assertEquals(2, layout.children(find(layout, "big")).size());
        assertFalse(find(layout, "leaf").collapsed(), "a leaf has nothing to collapse");
        assertTrue(layout.tiles().stream().noneMatch(t -> t.item().name().matches("s[0-9]")));
    }

    @Test
    void collapsedSubtreesAreNeverAskedForTheirChildren() {
        Node root = RandomTree.generate(5_000, 15);
        AtomicInteger childrenCalls = new AtomicInteger();
        TreemapLayout<Node> layout = NestedTreemap.layout(root, n -> {
            childrenCalls.incrementAndGet();
            return n.kids();
        }, Node::weight, new Rect(0, 0, 400, 300), new NestingStyle(1, 0, 12, Integer.MAX_VALUE));
        assertTrue(layout.tiles().stream().anyMatch(Tile::collapsed));
        assertEquals(layout.size(), childrenCalls.get());
        assertTrue(layout.size() < 5_000);
    }

    @Test
    void depthLimitStopsNestingAndCollapsesTheLastLevel() {
        Node root = node("root", 4, node("a", 2, node("a1", 1), node("a2", 1)), node("b", 2));
        TreemapLayout<Node> layout = layout(root, new Rect(0, 0, 10, 10), new NestingStyle(0, 0, 0, 1));
        assertEquals(List.of("root", "a", "b"), layout.tiles().stream().map(t -> t.item().name()).toList());
        assertTrue(find(layout, "a").collapsed());
        assertFalse(find(layout, "b").collapsed());
    }

    @Test
    void depthLimitZeroLaysOutOnlyTheRoot() {
        Node root = node("root", 2, node("a", 2));
        TreemapLayout<Node> layout = layout(root, new Rect(0, 0, 10, 10), new NestingStyle(0, 0, 0, 0));
        assertEquals(1, layout.size());
        assertTrue(layout.root().collapsed());
    }

    @Test
    void zeroWeightChildrenGetNoTile() {
        Node root = node("root", 2, node("a", 2), node("zero", 0));
        TreemapLayout<Node> layout = layout(root, new Rect(0, 0, 10, 10), NestingStyle.NONE);
        assertEquals(List.of("root", "a"), layout.tiles().stream().map(t -> t.item().name()).toList());
    }

    @Test
    void nullChildrenMeansLeaf() {
        TreemapLayout<String> layout = NestedTreemap.layout("only", s -> null, s -> 1, new Rect(0, 0, 1, 1),
                NestingStyle.NONE);
        assertEquals(1, layout.size());
        assertFalse(layout.root().collapsed());
    }

    @Test
    void negativeWeightIsRejectedNamingTheItem() {
        Node root = node("root", 2, node("bad.h", -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> layout(root, new Rect(0, 0, 10, 10), NestingStyle.NONE));
        assertTrue(e.getMessage().contains("bad.h") && e.getMessage().contains("-1.0"), e.getMessage());
    }

    @Test
    void childrenAreReportedInInputOrderAndKnowTheirParent() {
        Node root = node("root", 6, node("x", 1), node("y", 3), node("z", 2));
        TreemapLayout<Node> layout = layout(root, new Rect(0, 0, 6, 1), NestingStyle.NONE);
        List<Tile<Node>> kids = layout.children(layout.root());
        assertEquals(List.of("x", "y", "z"), kids.stream().map(t -> t.item().name()).toList());
        assertEquals(Optional.of(layout.root()), layout.parent(kids.get(2)));
        assertEquals(Optional.empty(), layout.parent(layout.root()));
    }

    @Test
    void tilesFromAnotherLayoutAreRejected() {
        Node root = node("root", 6, node("x", 1));
        TreemapLayout<Node> a = layout(root, new Rect(0, 0, 6, 1), NestingStyle.NONE);
        TreemapLayout<Node> b = layout(root, new Rect(0, 0, 12, 2), NestingStyle.NONE);
        assertThrows(IllegalArgumentException.class, () -> a.children(b.tiles().get(1)));
    }

    @Test
    void tileListIsUnmodifiable() {
        TreemapLayout<Node> layout = layout(node("root", 1), new Rect(0, 0, 1, 1), NestingStyle.NONE);
        assertThrows(UnsupportedOperationException.class, () -> layout.tiles().clear());
    }

    @Test
    void hitReturnsTheDeepestTileUnderThePoint() {
        Node root = node("root", 4, node("a", 2, node("a1", 1), node("a2", 1)), node("b", 2));
        NestingStyle style = new NestingStyle(1, 0, 0, Integer.MAX_VALUE);
        TreemapLayout<Node> layout = layout(root, new Rect(0, 0, 10, 10), style);
        Tile<Node> a1 = find(layout, "a1");
        Rect r = a1.rect();
        assertEquals(a1, layout.hit(r.x() + r.width() / 2, r.y() + r.height() / 2).orElseThrow());
        // The root's padding belongs to the root.
        assertEquals(layout.root(), layout.hit(0.5, 5).orElseThrow());
    }

    @Test
    void hitOutsideTheLayoutFindsNothing() {
        TreemapLayout<Node> layout = layout(node("root", 1), new Rect(0, 0, 10, 10), NestingStyle.NONE);
        assertEquals(Optional.empty(), layout.hit(-1, 5));
        assertEquals(Optional.empty(), layout.hit(10, 5));
    }

    @Test
    void hitAgreesWithABruteForceScanOnA20kTileTree() {
        Node root = RandomTree.generate(20_000, 16);
        for (NestingStyle style : List.of(NestingStyle.NONE, new NestingStyle(1, 6, 0, Integer.MAX_VALUE))) {
            TreemapLayout<Node> layout = layout(root, SCREEN, style);
            if (style == NestingStyle.NONE) {
                assertEquals(20_000, layout.size(), "every node should get a tile");
            }
            assertTrue(layout.tiles().stream().anyMatch(t -> layout.children(t).size() > 100),
                    "the tree should exercise parents with many children");
            Random random = new Random(17);
            for (int p = 0; p < 3_000; p++) {
                double x = -20 + random.nextDouble() * (SCREEN.width() + 40);
                double y = -20 + random.nextDouble() * (SCREEN.height() + 40);
                assertEquals(bruteForceHit(layout, x, y), layout.hit(x, y).map(Tile::index),
                        "hit at (" + x + ", " + y + ") with " + style);
            }
        }
    }

    /** Deepest tile containing the point; among equally deep ones the first in paint order. */
    private static Optional<Integer> bruteForceHit(TreemapLayout<Node> layout, double x, double y) {
        Tile<Node> best = null;
        for (Tile<Node> t : layout.tiles()) {
            if (t.rect().contains(x, y) && (best == null || t.depth() > best.depth())) {
                best = t;
            }
        }
        return Optional.ofNullable(best).map(Tile::index);
    }

    private static Tile<Node> find(TreemapLayout<Node> layout, String name) {
        return layout.tiles().stream().filter(t -> t.item().name().equals(name)).findFirst().orElseThrow();
    }

    /** Random header-like trees: a few hubs with hundreds of children, heavy-tailed weights, some self cost. */
    static final class RandomTree {
        private RandomTree() {
        }

        static Node generate(int size, long seed) {
            Random random = new Random(seed);
            List<List<Integer>> kids = new ArrayList<>();
            kids.add(new ArrayList<>());
            for (int i = 1; i < size; i++) {
                int parent = random.nextDouble() < 0.3 ? random.nextInt(Math.min(i, 20)) : random.nextInt(i);
                kids.get(parent).add(i);
                kids.add(new ArrayList<>());
            }
            double[] self = new double[size];
            for (int i = 0; i < size; i++) {
                self[i] = random.nextDouble() < 0.5 ? 0 : Math.pow(10, 3 * random.nextDouble());
            }
            // Children have larger indices than parents, so building from the end sees every child first.
            Node[] nodes = new Node[size];
            for (int i = size - 1; i >= 0; i--) {
                List<Node> children = new ArrayList<>();
                double weight = kids.get(i).isEmpty() ? 1 + self[i] : self[i];
                for (int k : kids.get(i)) {
                    children.add(nodes[k]);
                    weight += nodes[k].weight();
                }
                nodes[i] = new Node("n" + i, weight, List.copyOf(children));
            }
            return nodes[0];
        }
    }
}
