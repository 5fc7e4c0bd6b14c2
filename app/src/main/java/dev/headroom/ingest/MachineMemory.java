// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many parse workers this machine's memory holds. Each worker may grow to its own heap; on a machine with many
 * cores and little memory one worker per core could together ask for more than there is (the in-process mode was
 * bounded by its one heap), so workers run at most as many at once as three quarters of the memory holds heaps.
 */
final class MachineMemory {
    private MachineMemory() {
    }

    /**
     * At most {@code threads}, at least one: how many workers of {@code heapBytes} each fit in three quarters of
     * {@code totalBytes}; {@code threads} when the total is unknown ({@code <= 0}).
     */
    static int workersThatFit(int threads, long heapBytes, long totalBytes) {
        if (totalBytes <= 0 || heapBytes <= 0) {
            return Math.max(1, threads);
        }
        long fit = totalBytes / 4 * 3 / heapBytes;
        return (int) Math.max(1, Math.min(threads, fit));
    }

    /** The machine's memory from {@code /proc/meminfo} (Linux), or {@code -1} where it cannot be read. */
    static long total() {
        return total(Path.of("/proc/meminfo"));
    }

    static long total(Path meminfo) {
        try {
            for (String line : Files.readAllLines(meminfo, StandardCharsets.US_ASCII)) {
                if (line.startsWith("MemTotal:")) {
                    String[] parts = line.substring("MemTotal:".length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024; // the kernel says kB
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or no /proc: the thread count stands.
        }
        return -1;
    }
}
