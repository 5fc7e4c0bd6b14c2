// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

/**
 * A plan that cannot be turned into edits: a function that no longer exists, a file edited since it was analysed,
 * overlapping edits. The message says which file and why, in words a user can act on.
 */
public class RefactorException extends Exception {
    private static final long serialVersionUID = 1L;

    public RefactorException(String message) {
        super(message);
    }

    public RefactorException(String message, Throwable cause) {
        super(message, cause);
    }
}
