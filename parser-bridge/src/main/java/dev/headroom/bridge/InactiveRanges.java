// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorElifStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorElseStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorEndifStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfdefStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfndefStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;

/**
 * The character ranges of one file that sit in untaken preprocessor branches, rebuilt from the conditional
 * directives CDT recorded (each knows whether its branch was taken).
 */
final class InactiveRanges {
    static final InactiveRanges NONE = new InactiveRanges(new int[0]);

    /** Pairs of [start, end) offsets, sorted and disjoint. */
    private final int[] bounds;

    private InactiveRanges(int[] bounds) {
        this.bounds = bounds;
    }

    /** Builds the ranges from one file's conditional directives given in source order. */
    static InactiveRanges of(List<IASTPreprocessorStatement> conditionals, int fileLength) {
        TokenMap.IntList out = new TokenMap.IntList();
        Deque<Frame> stack = new ArrayDeque<>();
        boolean active = true;
        int inactiveSince = -1;
        int lastOffset = -1;
        for (IASTPreprocessorStatement s : conditionals) {
            int offset = s.getFileLocation().getNodeOffset();
            if (offset <= lastOffset) {
                break; // the file was entered a second time; its first entry is the one counted
            }
            lastOffset = offset;
            int end = offset + s.getFileLocation().getNodeLength();
            boolean before = active;
            if (s instanceof IASTPreprocessorIfStatement i) {
                stack.push(new Frame(active));
                active = active && i.taken();
            } else if (s instanceof IASTPreprocessorIfdefStatement i) {
                stack.push(new Frame(active));
                active = active && i.taken();
            } else if (s instanceof IASTPreprocessorIfndefStatement i) {
                stack.push(new Frame(active));
                active = active && i.taken();
            } else if (s instanceof IASTPreprocessorElifStatement i) {
                active = !stack.isEmpty() && stack.peek().parentActive && i.taken();
            } else if (s instanceof IASTPreprocessorElseStatement i) {
                active = !stack.isEmpty() && stack.peek().parentActive && i.taken();
            } else if (s instanceof IASTPreprocessorEndifStatement) {
                active = stack.isEmpty() || stack.pop().parentActive;
            }
            if (before && !active) {
                inactiveSince = end;
            } else if (!before && active) {
                out.add(inactiveSince);
                out.add(offset);
            }
        }
        if (!active) {
            out.add(inactiveSince);
            out.add(fileLength);
        }
        return new InactiveRanges(out.toArray());
    }

    boolean contains(int offset) {
        int lo = 0;
        int hi = bounds.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < bounds[2 * mid]) {
                hi = mid - 1;
            } else if (offset >= bounds[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private record Frame(boolean parentActive) {
    }
}
