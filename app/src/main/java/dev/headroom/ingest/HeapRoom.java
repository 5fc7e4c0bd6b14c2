// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Says whether the heap has room for one more unit in flight, so the number of units parsed at once is bounded by
 * memory as well as by cores. A unit holds its AST until its facts are taken, and an AST of a heavy unit (Boost.Asio,
 * range-v3) is several hundred MB: sixteen cores under a 4 GB heap would otherwise run out of memory, and a unit that
 * runs out is not measured.
 *
 * <p>The rule: a unit starts when none is running, or when the heap not taken by what survived a collection (every
 * heap pool but the allocation space, eden or ZGC's young generation, whose contents are mostly garbage) leaves
 * {@code reserve} bytes for every unit in flight, the new one included. The reserve is {@code -Dheadroom.unitHeapMB}
 * (default 512 MB): 21 real-library units (Boost.Asio, range-v3, libstdc++, Vulkan, ImGui) keep 181-351 MB live
 * after a collection with two in flight.
 */
final class HeapRoom {
    /** Heap one unit in flight is allowed for: {@code -Dheadroom.unitHeapMB=N}. */
    static final long DEFAULT_RESERVE = Long.getLong("headroom.unitHeapMB", 512) * 1024 * 1024;

    private final long maxHeap;
    private final LongSupplier survived;
    private final long reserve;

    HeapRoom(long maxHeap, LongSupplier survived, long reserve) {
        if (maxHeap <= 0 || reserve <= 0) {
            throw new IllegalArgumentException("heap and reserve must be positive: " + maxHeap + ", " + reserve);
        }
        this.maxHeap = maxHeap;
        this.survived = survived;
        this.reserve = reserve;
    }

    /** This JVM's heap: its {@code -Xmx} and what of it survived a collection. */
    static HeapRoom ofThisJvm() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && !p.getName().contains("Eden")
                        && !p.getName().contains("Young"))
                .toList();
        return new HeapRoom(Runtime.getRuntime().maxMemory(), () -> {
            long survived = 0;
            for (MemoryPoolMXBean pool : pools) {
                survived += pool.getUsage().getUsed();
            }
            return survived;
        }, DEFAULT_RESERVE);
    }

    /** Room for any number of units: for units parsed in worker processes, whose heaps are their own. */
    static HeapRoom unbounded() {
        return new HeapRoom(Long.MAX_VALUE, () -> 0, 1);
    }

    /** Whether one more unit may start while {@code running} are in flight. */
    boolean admits(int running) {
        if (running == 0) {
            return true;
        }
        long free = maxHeap - survived.getAsLong();
        return free / reserve >= running + 1L;
    }
}
