// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with one input, phrased for the user: which file, where, and what to do about it.
 *
 * @param file    the file (or folder) the problem is about
 * @param line    1-based line, or 0 when the line is unknown or irrelevant
 * @param message one line saying what is wrong and what to do
 */
public record InputProblem(Path file, int line, String message) {

    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (unknown) or positive, was " + line);
        }
    }

    /** A problem about a whole file, with no useful line. */
    public static InputProblem of(Path file, String message) {
        return new InputProblem(file, 0, message);
    }

    /** {@code file:line: message} in the style of compiler diagnostics, or {@code file: message} without a line. */
    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
