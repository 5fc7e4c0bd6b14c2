// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

import dev.headroom.analysis.HeaderNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One treemap of a change: revision A's and B's cost trees of one unit laid over each other by key (a header's path
 * under its revision's root), so each header has one tile whatever side it is on. A header sits where B puts it;
 * one only A has sits under its A parent's tile. A tile's own area is the larger of its two own areas, so what shrank
 * stays as visible as what grew and a deleted header keeps its place. The merged nodes' paths are the keys, their
 * figures B's where B has the node and A's where only A has it.
 */
public final class DeltaTree {
    private final String rootA;
    private final String rootB;
    private final Map<String, HeaderNode> inA = new HashMap<>();
    private final Set<String> inB = new HashSet<>();
    private final Set<String> placed = new HashSet<>();

    private DeltaTree(String rootA, String rootB) {
        this.rootA = rootA;
        this.rootB = rootB;
    }

    /**
     * The two trees merged; either may be {@code null} (a unit only one revision has), not both.
     *
     * @param before A's tree, rooted at the unit or workspace
     * @param rootA  A's workspace root, to key A's paths
     * @param after  B's tree
     * @param rootB  B's workspace root
     */
    public static HeaderNode merge(HeaderNode before, String rootA, HeaderNode after, String rootB) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("nothing to merge: neither revision has the tree");
        }
        DeltaTree merger = new DeltaTree(rootA, rootB);
        if (before != null) {
            before.children().forEach(c -> merger.indexA(c));
        }
        if (after != null) {
            after.children().forEach(c -> merger.indexB(c));
        }
        return merger.node(before, after);
    }

    private void indexA(HeaderNode n) {
        inA.putIfAbsent(key(n, rootA), n);
        n.children().forEach(this::indexA);
    }

    private void indexB(HeaderNode n) {
        inB.add(key(n, rootB));
        n.children().forEach(this::indexB);
    }

    /** B's node {@code b} (or {@code null}) merged with A's node {@code a} of the same key (or {@code null}). */
    private HeaderNode node(HeaderNode a, HeaderNode b) {
        List<HeaderNode> children = new ArrayList<>();
        if (b != null) {
            for (HeaderNode c : b.children()) {
                String k = key(c, rootB);
                if (placed.add(k)) {
                    children.add(node(inA.get(k), c));
                }
            }
        }
        if (a != null) {
            for (HeaderNode c : a.children()) {
                String k = key(c, rootA);
                // A header B also has is shown where B puts it; one only A has stays under its A parent.
                if (!inB.contains(k) && placed.add(k)) {
                    children.add(node(c, null));
                }
            }
        }
        children.removeIf(c -> c.weight() <= 0);
        children.sort(Comparator.comparingLong(HeaderNode::weight).reversed());
        long own = Math.max(ownShare(a), ownShare(b));
        long weight = own + children.stream().mapToLong(HeaderNode::weight).sum();
        HeaderNode shown = b != null ? b : a;
        String root = b != null ? rootB : rootA;
        return new HeaderNode(shown.kind(), shown.label(), RelativePaths.keyOf(root, shown.path()), shown.file(),
                shown.self(), shown.inclusive(), shown.retained(), weight, shown.fanIn(), children);
    }

    /** A node's area less its children's: what the tile shows of itself. */
    private static long ownShare(HeaderNode n) {
        if (n == null) {
            return 0;
        }
        return Math.max(0, n.weight() - n.children().stream().mapToLong(HeaderNode::weight).sum());
    }

    private static String key(HeaderNode n, String root) {
        return n.kind() + " " + RelativePaths.keyOf(root, n.path());
    }
}
