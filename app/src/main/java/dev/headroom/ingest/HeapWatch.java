// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Says whether this JVM's heap is full of live data: what survived the last collection of the pools that hold
 * survivors (every heap pool but the allocation space, as in {@link HeapRoom}) is 92% or more of what they may
 * grow to (a 64 MB worker thrashing on a generated header sat at 94.5%). A parse in that state only collects, making a little room each time, until the JVM gives up or the
 * deadline passes; a worker reports it instead.
 */
final class HeapWatch {
    private static final double FULL = 0.92;

    private final List<MemoryPoolMXBean> pools;

    private HeapWatch(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
    }

    static HeapWatch ofThisJvm() {
        return new HeapWatch(ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && !p.getName().contains("Eden")
                        && !p.getName().contains("Young") && p.isCollectionUsageThresholdSupported())
                .toList());
    }

    boolean fullAfterCollection() {
        long used = 0;
        long max = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage after = pool.getCollectionUsage();
            if (after == null || pool.getUsage().getMax() <= 0) {
                return false;
            }
            used += after.getUsed();
            max += pool.getUsage().getMax();
        }
        return max > 0 && used >= FULL * max;
    }
}
