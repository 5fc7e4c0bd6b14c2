// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A trace that cannot be produced or read. The message is meant for the user as it stands:
 * {@code file:line:column: problem}, or {@code file: problem} when no position is known.
 */
public final class TimeTraceException extends Exception {

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file    the trace (or the unit, when clang failed) the problem is about
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param problem one line saying what is wrong
     * @param cause   the underlying failure, or {@code null}
     */
    public TimeTraceException(Path file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.problem = problem;
    }

    /** A problem about the whole file, with no position. */
    public TimeTraceException(Path file, String problem) {
        this(file, 0, 0, problem, null);
    }

    /** The file the problem is about. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the file and position the message starts with. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, int column, String problem) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        if (line <= 0) {
            return file + ": " + problem;
        }
        return column <= 0 ? file + ":" + line + ": " + problem : file + ":" + line + ":" + column + ": " + problem;
    }
}
