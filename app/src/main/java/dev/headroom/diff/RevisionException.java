// SPDX-License-Identifier: Apache-2.0
package dev.headroom.diff;

/** A revision could not be read: the folder is not a repository, the revision does not exist, a blob is damaged. */
public final class RevisionException extends Exception {
    private static final long serialVersionUID = 1L;

    public RevisionException(String message) {
        super(message);
    }

    public RevisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
