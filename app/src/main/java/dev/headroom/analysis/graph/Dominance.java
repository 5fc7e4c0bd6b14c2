// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.graph;

import java.util.Arrays;

/**
 * Immediate dominators over an integer adjacency, by the iterative algorithm of Cooper, Harvey and Kennedy,
 * "A Simple, Fast Dominance Algorithm" (Software Practice and Experience, 2001).
 *
 * <p>One depth-first search from the root numbers the reachable vertices in postorder. Then, visiting vertices in
 * reverse postorder, each vertex's dominator is set to the nearest common ancestor, in the dominator tree built so
 * far, of its already-processed predecessors; the nearest common ancestor is found by walking two fingers up the
 * tree, always moving the one with the smaller postorder number. Passes repeat until nothing changes.
 *
 * <p>Complexity: the search and the predecessor lists are O(V + E) over the reachable part. A pass visits every
 * predecessor once plus the finger walks, and the number of passes is bounded by the graph's loop connectedness (few
 * on include graphs, which are nearly acyclic), so in practice it is near-linear; the worst case is quadratic, as
 * the paper discusses. Self-loops never change dominance and are skipped. Memory is O(V + E).
 *
 * <p>This is the shared core of {@link DominatorTree} and {@link RetainedCost}; it is immutable once built.
 */
final class Dominance {

    static final int NONE = -1;

    private final int[] preorder;
    private final int[] postorder;
    private final int[] immediateDominator;

    private Dominance(int[] preorder, int[] postorder, int[] immediateDominator) {
        this.preorder = preorder;
        this.postorder = postorder;
        this.immediateDominator = immediateDominator;
    }

    /**
     * @param successors successors of each vertex id, in the order the search should follow them
     * @param root the vertex every path starts from
     */
    static Dominance from(int[][] successors, int root) {
        int n = successors.length;
        if (root < 0 || root >= n) {
            throw new IllegalArgumentException("root " + root + " is outside 0.." + (n - 1));
        }
        int[] postNumber = new int[n];
        Arrays.fill(postNumber, NONE);
        boolean[] seen = new boolean[n];
        int[] pre = new int[n];
        int[] post = new int[n];
        int preCount = 0;
        int postCount = 0;

        int[] stack = new int[n];
        int[] nextEdge = new int[n];
        int top = 0;
        seen[root] = true;
        pre[preCount++] = root;
        stack[top++] = root;
        while (top > 0) {
            int u = stack[top - 1];
            int[] out = successors[u];
            if (nextEdge[u] < out.length) {
                int w = out[nextEdge[u]++];
                if (!seen[w]) {
                    seen[w] = true;
                    pre[preCount++] = w;
                    stack[top++] = w;
                }
            } else {
                top--;
                postNumber[u] = postCount;
                post[postCount++] = u;
            }
        }
        int reachable = postCount;
        int[][] predecessors = predecessorsByPostNumber(successors, post, postNumber, reachable);
        int[] idomByPost = solve(predecessors, reachable);

        int[] idom = new int[n];
        Arrays.fill(idom, NONE);
        for (int k = 0; k < reachable - 1; k++) {
            idom[post[k]] = post[idomByPost[k]];
        }
        return new Dominance(Arrays.copyOf(pre, reachable), Arrays.copyOf(post, reachable), idom);
    }

    private static int[][] predecessorsByPostNumber(int[][] successors, int[] post, int[] postNumber, int reachable) {
        int[] count = new int[reachable];
        for (int k = 0; k < reachable; k++) {
            int u = post[k];
            for (int w : successors[u]) {
                if (w != u) {
                    count[postNumber[w]]++;
                }
            }
        }
        int[][] predecessors = new int[reachable][];
        for (int k = 0; k < reachable; k++) {
            predecessors[k] = new int[count[k]];
        }
        int[] filled = new int[reachable];
        for (int k = 0; k < reachable; k++) {
            int u = post[k];
            for (int w : successors[u]) {
                if (w != u) {
                    int target = postNumber[w];
                    predecessors[target][filled[target]++] = k;
                }
            }
        }
        return predecessors;
    }

    /** The iteration of the paper, entirely in postorder numbers; the root is number {@code reachable - 1}. */
    private static int[] solve(int[][] predecessors, int reachable) {
        int root = reachable - 1;
        int[] idom = new int[reachable];
        Arrays.fill(idom, NONE);
        idom[root] = root;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = root - 1; b >= 0; b--) {
                int candidate = NONE;
                for (int p : predecessors[b]) {
                    if (idom[p] != NONE) {
                        candidate = candidate == NONE ? p : intersect(idom, p, candidate);
                    }
                }
                if (idom[b] != candidate) {
                    idom[b] = candidate;
                    changed = true;
                }
            }
        }
        return idom;
    }

    private static int intersect(int[] idom, int a, int b) {
        int left = a;
        int right = b;
        while (left != right) {
            while (left < right) {
                left = idom[left];
            }
            while (right < left) {
                right = idom[right];
            }
        }
        return left;
    }

    int reachableCount() {
        return postorder.length;
    }

    boolean isReachable(int id) {
        return id == root() || immediateDominator[id] != NONE;
    }

    int root() {
        return preorder[0];
    }

    /** The k-th vertex in order of first discovery by the search. */
    int preorder(int k) {
        return preorder[k];
    }

    /** The k-th vertex to finish in the search; the root is last, and every dominator finishes after what it dominates. */
    int postorder(int k) {
        return postorder[k];
    }

    /** The immediate dominator of {@code id}, or {@link #NONE} for the root and for unreachable vertices. */
    int immediateDominator(int id) {
        return immediateDominator[id];
    }
}
