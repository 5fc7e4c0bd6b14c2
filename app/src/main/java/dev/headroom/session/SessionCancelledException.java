// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

/** The caller's cancel signal stopped a session before it finished; nothing it computed is kept. */
public final class SessionCancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public SessionCancelledException(String message, Throwable cause) {
        super(message, cause);
    }
}
