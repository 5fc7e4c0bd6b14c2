// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

/** Asked now and then during a parse; answering {@code true} stops it with {@link ParseCancelledException}. */
@FunctionalInterface
public interface CancelSignal {
    CancelSignal NEVER = () -> false;

    boolean cancelled();

    /**
     * Told each time the parse enters a file, so a guard that stops a parse can say where it was. The default
     * ignores it.
     */
    default void entering(String path) {
    }
}
