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

    /**
     * Told once when a parse starts, with what says where it is (file, line and phase) for as long as it runs, so a
     * guard that stops it can name the line. The default ignores it.
     */
    default void locatedBy(ParseLocator locator) {
    }
}
