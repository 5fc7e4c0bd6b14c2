// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorEndifStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfdefStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfndefStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;

/**
 * Finds {@code #if}s a file leaves open. clang stops such a file with "unterminated conditional directive"; CDT
 * closes them silently at the end of the file, which would let a truncated header pass as a good one.
 */
final class ConditionalBalance {
    private ConditionalBalance() {
    }

    /**
     * The problem for one file's conditional directives in source order, or {@code null} when every {@code #if}
     * is closed. Only the file's first entry counts, as for {@link InactiveRanges}.
     */
    static ParseProblem unterminated(java.nio.file.Path file, List<IASTPreprocessorStatement> conditionals) {
        Deque<IASTPreprocessorStatement> open = new ArrayDeque<>();
        int lastOffset = -1;
        for (IASTPreprocessorStatement s : conditionals) {
            int offset = s.getFileLocation().getNodeOffset();
            if (offset <= lastOffset) {
                break;
            }
            lastOffset = offset;
            if (s instanceof IASTPreprocessorIfStatement || s instanceof IASTPreprocessorIfdefStatement
                    || s instanceof IASTPreprocessorIfndefStatement) {
                open.push(s);
            } else if (s instanceof IASTPreprocessorEndifStatement && !open.isEmpty()) {
                open.pop();
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        IASTPreprocessorStatement outermost = open.peekLast();
        int more = open.size() - 1;
        String directive = outermost instanceof IASTPreprocessorIfndefStatement ? "#ifndef"
                : outermost instanceof IASTPreprocessorIfdefStatement ? "#ifdef" : "#if";
        return new ParseProblem(file, outermost.getFileLocation().getStartingLineNumber(),
                "unterminated conditional directive: this " + directive + " has no #endif"
                        + (more > 0 ? String.format(" (nor have %,d more after it)", more) : "")
                        + "; clang rejects the file here, so its figures are of a unit clang would not compile"
                        + " (is the file truncated?)",
                ParseProblem.Kind.PREPROCESSOR);
    }
}
