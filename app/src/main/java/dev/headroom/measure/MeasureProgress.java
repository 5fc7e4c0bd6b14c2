// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

/** Hears how a batch of clang runs advances; called from worker threads. */
@FunctionalInterface
public interface MeasureProgress {
    MeasureProgress SILENT = (label, done, total, cached) -> { };

    /** {@code label} is measured (or read from the cache): {@code done} of {@code total} runs are finished. */
    void finished(String label, int done, int total, boolean cached);
}
