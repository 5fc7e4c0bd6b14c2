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
}
