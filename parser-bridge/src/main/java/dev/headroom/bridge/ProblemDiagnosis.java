// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.regex.Pattern;
import org.eclipse.cdt.core.dom.ast.IASTMacroExpansionLocation;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNodeLocation;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTProblemDeclaration;

/**
 * Says, for a syntax problem CDT 9.2 reports on code clang accepts, which construct CDT lacks and how much of the
 * file the estimate therefore leaves out.
 *
 * <p>CDT drops the whole declaration it cannot parse (an {@link IASTProblemDeclaration}); nothing in it reaches
 * the counts the cost model reads, so each such problem makes the estimate smaller. Two constructs account for
 * every problem left in libstdc++ 12 and range-v3 0.12 once {@link ParserPredefines} has done its part:
 * <ul>
 *   <li>a pack expansion in a using-declaration ({@code using Base<Ts>::name...;}, C++17;
 *       {@code <variant>});</li>
 *   <li>a {@code >>} that closes two template argument lists of a variable or function template inside a
 *       macro argument (range-v3's concept emulation: {@code CPP_requires(..., requires_<same_as<T, U>>)},
 *       {@code template(typename R)(requires X<Y<R>>)}); spelled {@code > >}, or outside a macro, it parses.</li>
 * </ul>
 * Other problems keep CDT's own message with the same count appended.
 */
final class ProblemDiagnosis {
    private static final Pattern PACK_USING = Pattern.compile("(?s)^using\\b[^;=]*\\.\\.\\.\\s*;$");

    private ProblemDiagnosis() {
    }

    /** CDT's message for {@code problem}, with the construct it lacks and the declarations lost when known. */
    static String describe(IASTProblem problem) {
        IASTNode parent = problem.getParent();
        if (!(parent instanceof IASTProblemDeclaration)) {
            return problem.getMessage();
        }
        String written = parent.getRawSignature().strip();
        String lost = "; the estimate for this file leaves out about " + plural(declarationsIn(written), "declaration");
        if (PACK_USING.matcher(written).matches()) {
            return problem.getMessage() + ": CDT cannot parse a pack expansion in a using-declaration"
                    + " ('using Base<Ts>::name...;', C++17)" + lost;
        }
        String macro = expandingMacro(parent);
        if (macro != null && written.contains(">>")) {
            return problem.getMessage() + ": CDT cannot parse a '>>' closing two template argument lists inside the"
                    + " arguments of macro " + macro + " (clang splits it; '> >' parses)" + lost;
        }
        return problem.getMessage() + lost;
    }

    /**
     * Declarations written in {@code text}: each {@code ;} or body-closing {@code }} at nesting depth 0 ends
     * one; what braces and parentheses enclose belongs to the declaration around it. At least one.
     */
    static int declarationsIn(String text) {
        int depth = 0;
        int count = 0;
        boolean bodyJustClosed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '(', '{', '[' -> depth++;
                case ')', ']' -> depth = Math.max(0, depth - 1);
                case '}' -> {
                    depth = Math.max(0, depth - 1);
                    if (depth == 0) {
                        count++;
                        bodyJustClosed = true;
                        continue;
                    }
                }
                case ';' -> {
                    if (depth == 0 && !bodyJustClosed) {
                        count++;
                    }
                }
                default -> { }
            }
            if (!Character.isWhitespace(c)) {
                bodyJustClosed = false;
            }
        }
        return Math.max(1, count);
    }

    private static String expandingMacro(IASTNode node) {
        for (IASTNodeLocation location : node.getNodeLocations()) {
            if (location instanceof IASTMacroExpansionLocation expansion) {
                return expansion.getExpansion().getMacroReference().toString();
            }
        }
        return null;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
