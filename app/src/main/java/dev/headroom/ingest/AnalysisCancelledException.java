// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

/** The analysis was cancelled before it finished; nothing partial is returned. */
public final class AnalysisCancelledException extends Exception {
    public AnalysisCancelledException() {
        super("analysis cancelled");
    }
}
