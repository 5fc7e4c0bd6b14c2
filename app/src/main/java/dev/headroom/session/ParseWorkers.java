// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.ingest.IdleWorkers;
import dev.headroom.ingest.ParseWorker;
import java.io.InputStream;
import java.io.OutputStream;

/** The road to serving as a parse worker: a process the analysis started to parse its units (decision 0015). */
public final class ParseWorkers {
    /** The argument the launcher serves a worker on; hidden from users, who never start one. */
    public static final String ARGUMENT = ParseWorker.ARGUMENT;

    private ParseWorkers() {
    }

    /**
     * Keeps idle parse workers warm between this process's analyses, for a while: a long-lived process (the explorer)
     * says so once, and its reanalyses, compares and verifications start no new JVM while a kept one is idle.
     */
    public static void keepWarmBetweenAnalyses() {
        IdleWorkers.keepBetweenAnalyses();
    }

    /** Serves parse jobs from {@code in}, answering on {@code out}, until the parent is gone; returns the exit code. */
    public static int serve(InputStream in, OutputStream out) {
        return ParseWorker.serve(in, out);
    }
}
