// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workers never ask together for more heap than three quarters of the machine has. */
class MachineMemoryTest {
    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void manyCoresAndLittleMemoryRunFewerWorkers() {
        assertEquals(6, MachineMemory.workersThatFit(32, GB, 8 * GB), "32 cores, 8 GB, 1 GB heaps");
        assertEquals(2, MachineMemory.workersThatFit(2, GB, 24 * GB), "this team machine: one per core");
        assertEquals(1, MachineMemory.workersThatFit(8, 4 * GB, 2 * GB), "always one");
        assertEquals(4, MachineMemory.workersThatFit(4, GB, -1), "unknown memory: one per thread");
    }

    @Test
    void theTotalIsReadFromMeminfoInKilobytes(@TempDir Path dir) throws Exception {
        Path meminfo = dir.resolve("meminfo");
        Files.writeString(meminfo, "MemTotal:       24576000 kB\nMemFree:         1000 kB\n");
        assertEquals(24576000L * 1024, MachineMemory.total(meminfo));
        assertEquals(-1, MachineMemory.total(dir.resolve("none")));
        if (Files.isReadable(Path.of("/proc/meminfo"))) {
            assertTrue(MachineMemory.total() > 256L * 1024 * 1024, "this machine's memory");
        }
    }
}
