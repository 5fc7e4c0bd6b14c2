// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

/** Hears how an analysis advances; the UI turns this into a progress bar, the CLI into lines on stderr. */
public interface AnalysisListener {
    AnalysisListener SILENT = new AnalysisListener() {
    };

    /** A note worth showing once (for instance: no compiler found). */
    default void note(String message) {
    }

    /** A unit starts parsing; {@code done} units of {@code total} are finished. */
    default void unitStarted(String unit, int done, int total) {
    }

    /** A unit is finished (parsed, shared or cached). */
    default void unitFinished(String unit, int done, int total, long millis, boolean cached) {
    }

    /**
     * The units finished so far, after each {@link #unitFinished}: {@code soFar} builds, when called and on the
     * caller's thread, the workspace of those units alone (units still parsing are left out, and so are the jank
     * modules of those units). It is a snapshot: later units do not change it. Building costs about what the final
     * workspace's build costs, so a listener asks for it at a bounded rate, off any thread that must stay quick.
     */
    default void unitsSoFar(java.util.function.Supplier<dev.headroom.model.Workspace> soFar, int done, int total) {
    }
}
