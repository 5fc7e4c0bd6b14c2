// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;
import java.util.Objects;

/** An input that cannot be used at all; {@link #problem()} says where and why. */
public class InputException extends Exception {

    private final InputProblem problem;

    public InputException(InputProblem problem) {
        this(problem, null);
    }

    public InputException(InputProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").toString(), cause);
        this.problem = problem;
    }

    public InputException(Path file, int line, String message) {
        this(new InputProblem(file, line, message));
    }

    /** The problem to show the user. */
    public InputProblem problem() {
        return problem;
    }
}
