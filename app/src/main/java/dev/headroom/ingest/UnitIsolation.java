// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.util.Locale;

/**
 * Where units are parsed: on threads of the analysing process (decision 0008) or in parse worker processes, each
 * with a heap of its own that an out-of-memory cannot leave and a kill frees (decision 0015).
 *
 * @param mode            threads or worker processes
 * @param workerHeapBytes the {@code -Xmx} of each worker; unused on threads
 */
public record UnitIsolation(Mode mode, long workerHeapBytes) {
    /** Worker heap, {@code -Dheadroom.workerHeapMB=N}; {@code 0} (the default) for {@link #defaultWorkerHeap}. */
    static final long WORKER_HEAP_MB = Long.getLong("headroom.workerHeapMB", 0);
    /** The mode when {@code -Dheadroom.unitIsolation} says none. */
    static final Mode DEFAULT_MODE = Mode.WORKERS;
    /** A worker's heap is never set below this by default: 21 real-library units keep at most 351 MB live. */
    static final long MIN_DEFAULT_WORKER_HEAP = 1024L * 1024 * 1024;

    /** How units are kept apart. */
    public enum Mode {
        /** Each unit on a thread of this process, under the in-process guard. */
        THREADS,
        /** Each unit in a parse worker process, killed and replaced when the unit trips a limit. */
        WORKERS
    }

    public UnitIsolation {
        if (mode == null) {
            throw new IllegalArgumentException("an isolation mode is needed");
        }
        if (mode == Mode.WORKERS && workerHeapBytes < 16L * 1024 * 1024) {
            throw new IllegalArgumentException("a parse worker needs at least 16 MB of heap, was " + workerHeapBytes);
        }
    }

    /** Units on threads of this process. */
    public static UnitIsolation threads() {
        return new UnitIsolation(Mode.THREADS, 0);
    }

    /** Units in worker processes of {@code heapBytes} heap each. */
    public static UnitIsolation workers(long heapBytes) {
        return new UnitIsolation(Mode.WORKERS, heapBytes);
    }

    /**
     * What {@code -Dheadroom.unitIsolation=threads|workers} and {@code -Dheadroom.workerHeapMB=N} say, for an
     * analysis of {@code threads} parser threads; the mode defaults to {@code defaultMode}.
     */
    static UnitIsolation fromProperties(int threads, Mode defaultMode) {
        String asked = System.getProperty("headroom.unitIsolation");
        Mode mode = asked == null || asked.isBlank() ? defaultMode
                : switch (asked.trim().toLowerCase(Locale.ROOT)) {
                    case "threads", "in-process" -> Mode.THREADS;
                    case "workers", "processes" -> Mode.WORKERS;
                    default -> throw new IllegalArgumentException("-Dheadroom.unitIsolation=" + asked
                            + ": say threads or workers");
                };
        if (mode == Mode.THREADS) {
            return threads();
        }
        return workers(WORKER_HEAP_MB > 0 ? WORKER_HEAP_MB * 1024 * 1024 : defaultWorkerHeap(threads));
    }

    /**
     * A worker's share of this process's own heap limit, and no less than 1 GB: the memory the analysis would
     * have had for its units in one process, spread over its workers.
     */
    static long defaultWorkerHeap(int threads) {
        return Math.max(MIN_DEFAULT_WORKER_HEAP, Runtime.getRuntime().maxMemory() / Math.max(1, threads));
    }
}
