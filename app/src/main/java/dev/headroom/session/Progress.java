// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

/**
 * Hears how a session advances: the explorer turns it into a progress bar, the command line into lines on stderr.
 * Called from the analysis's own threads, never the caller's.
 */
public interface Progress {
    /** Hears nothing. */
    Progress SILENT = new Progress() {
    };

    /** A note worth showing once (for instance: no compiler found). */
    default void note(String message) {
    }

    /** A unit starts; {@code done} units of {@code total} are finished. */
    default void unitStarted(String unit, int done, int total) {
    }

    /** A unit is finished (parsed, shared or cached). */
    default void unitFinished(String unit, int done, int total, long millis, boolean cached) {
    }

    /**
     * The units finished so far, after each {@link #unitFinished}: {@code soFar} builds, when called and on the
     * caller's thread, the analysed workspace of those units alone, costed as the final one will be (the explorer's
     * partial treemap). Building it costs about as much as the final workspace's, so ask at a bounded rate and off
     * the analysis' thread.
     */
    default void unitsSoFar(java.util.function.Supplier<AnalysedWorkspace> soFar, int done, int total) {
    }
}
