// SPDX-License-Identifier: Apache-2.0
package dev.headroom.model;

/**
 * Something that went wrong, located as precisely as known.
 *
 * @param file    the file concerned, or {@code null}
 * @param line    1-based line, 0 when unknown
 * @param message what went wrong and, where there is one, what to do
 * @param source  which stage found it
 */
public record Problem(String file, int line, String message, Source source) {

    /** The stage that found a problem. */
    public enum Source {
        /** Reading the inputs: files, project files, compile databases, jank modules. */
        INPUT,
        PREPROCESSOR,
        SYNTAX,
        /** Setting up the parse: compiler discovery and the like. */
        TOOLCHAIN
    }

    /** {@code file:line: message}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message;
    }
}
