// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.parser.IProblem;

/**
 * Says what a CDT preprocessor problem means for the user and for the figures: CDT leaves some messages empty (an
 * include cycle, the include depth limit). Syntax problems are {@link ProblemDiagnosis}'s.
 */
final class ProblemMessages {
    private ProblemMessages() {
    }

    static String of(IASTProblem p) {
        String message = p.getMessage() == null ? "" : p.getMessage().strip();
        String file = p.getArguments() == null || p.getArguments().length == 0 ? "" : String.join(", ", p.getArguments());
        switch (p.getID()) {
            case IProblem.PREPROCESSOR_CIRCULAR_INCLUSION -> {
                return "include cycle: " + (file.isEmpty() ? "this file" : file) + " includes itself, directly or"
                        + " through others, and has no guard; CDT stops at the repeat (clang would fail at its"
                        + " include depth limit); add an include guard or #pragma once";
            }
            case IProblem.PREPROCESSOR_EXCEEDS_MAXIMUM_INCLUSION_DEPTH -> {
                return "includes nested too deep" + (file.isEmpty() ? "" : " at " + file) + ": CDT stops including"
                        + " here and the deeper files are missing from the figures; is there an unguarded cycle?";
            }
            default -> {
                return message.isEmpty() ? "preprocessor or parser problem " + p.getID()
                        + (file.isEmpty() ? "" : " (" + file + ")") : message;
            }
        }
    }
}
