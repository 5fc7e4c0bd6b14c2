// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.model.Problem;
import java.util.Objects;

/**
 * Why a session could not go on: one problem naming the file and line where it can, and what to do. Front ends show
 * {@link #problem()}; there is nothing to analyse, a setting is wrong, or clang could not be run.
 */
public final class SessionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public SessionException(Problem problem) {
        super(problem.toString());
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public SessionException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** What went wrong, where. */
    public Problem problem() {
        return problem;
    }
}
