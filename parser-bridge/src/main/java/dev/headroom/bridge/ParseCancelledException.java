// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

/** Thrown out of a parse whose {@link CancelSignal} asked it to stop. */
public final class ParseCancelledException extends RuntimeException {
    public ParseCancelledException() {
        super("parse cancelled", null, false, false);
    }
}
