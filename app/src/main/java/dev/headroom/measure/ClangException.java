// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

/** Clang could not be run, failed on a unit, or printed statistics this code cannot read. */
public final class ClangException extends Exception {
    private static final long serialVersionUID = 1L;

    public ClangException(String message) {
        super(message);
    }

    public ClangException(String message, Throwable cause) {
        super(message, cause);
    }
}
