// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;

/**
 * A syntax or preprocessor problem the parser met.
 *
 * @param file    where it is, or {@code null} when the parser could not tell
 * @param line    1-based line, 0 when unknown
 * @param message what went wrong
 * @param kind    which stage found it
 */
public record ParseProblem(Path file, int line, String message, Kind kind) {

    /** The stage that reported a problem. */
    public enum Kind {
        PREPROCESSOR,
        SYNTAX
    }

    @Override
    public String toString() {
        return (file == null ? "<unknown>" : file.toString()) + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
