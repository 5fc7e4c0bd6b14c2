// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The command line of a parse worker: this JVM's own {@code java} (the JDK or the installed image's runtime, whose
 * {@code bin/java} jlink keeps), its class path and module path, its JVM flags (so the start archive, the
 * collector and C1-only carry over) and {@code headroom.*} properties, with the worker's own {@code -Xmx}.
 */
final class WorkerCommand {
    private WorkerCommand() {
    }

    /** The command for a worker of {@code heapBytes} heap. */
    static List<String> forWorker(long heapBytes) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (inherited(flag)) {
                command.add(forParsing(flag, Files::isRegularFile));
            }
        }
        for (Map.Entry<Object, Object> p : System.getProperties().entrySet()) {
            String key = p.getKey().toString();
            // Set by a caller after start (a test, an embedding) rather than on this JVM's command line.
            if (key.startsWith("headroom.") && command.stream().noneMatch(f -> f.startsWith("-D" + key + "="))) {
                command.add("-D" + key + "=" + p.getValue());
            }
        }
        command.add("-Xmx" + Math.max(1, heapBytes / (1024 * 1024)) + "m");
        // The throughput collector gives up on a heap that is all live (GC overhead limit) with an OutOfMemoryError
        // in seconds, where G1 collects a full heap again and again until the deadline: a unit out of heap is
        // reported as such, and soon.
        command.add("-XX:+UseParallelGC");
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            command.add("--module-path");
            command.add(modulePath);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerProtocol.MAIN_CLASS);
        command.add(WorkerProtocol.WORKER_ARGUMENT);
        return command;
    }

    static Path javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path exe = bin.resolve("java.exe");
        return Files.isExecutable(exe) ? exe : bin.resolve("java");
    }

    /**
     * {@code flag} for a worker, which parses as the command line does: the explorer's start archive
     * ({@code headroom-explorer.aot}, with JavaFX's classes, which the JVM would load at the worker's start) becomes
     * the command line's beside it when that exists (docs/decisions/0024); any other flag is kept.
     */
    static String forParsing(String flag, Predicate<Path> exists) {
        for (String option : List.of("-XX:AOTCache=", "-XX:SharedArchiveFile=")) {
            if (flag.startsWith(option)) {
                Path archive = Path.of(flag.substring(option.length()));
                String name = archive.getFileName() == null ? "" : archive.getFileName().toString();
                if (name.startsWith("headroom-explorer.")) {
                    Path commandLine = archive.resolveSibling(name.replaceFirst("^headroom-explorer\\.", "headroom."));
                    return exists.test(commandLine) ? option + commandLine : flag;
                }
            }
        }
        return flag;
    }

    /**
     * Whether a flag of this JVM applies to a worker. Not: heap sizes and the collector (the worker has its own), anything that writes
     * a start archive at exit (a training run would be overwritten by each worker), a debugger's port (taken), an
     * agent's options with a port or output of their own, and JDK launcher internals.
     */
    static boolean inherited(String flag) {
        return !(flag.startsWith("-Xmx") || (flag.startsWith("-XX:+Use") && flag.endsWith("GC")) || flag.startsWith("-Xms") || flag.startsWith("-XX:MaxHeapSize")
                || flag.startsWith("-XX:InitialHeapSize") || flag.startsWith("-XX:MaxRAMPercentage")
                || flag.startsWith("-XX:ArchiveClassesAtExit") || flag.startsWith("-XX:AOTCacheOutput")
                || flag.startsWith("-XX:AOTMode") || flag.startsWith("-XX:AOTConfiguration")
                || flag.startsWith("-agentlib:jdwp") || flag.startsWith("-Xrunjdwp")
                || flag.startsWith("-Djava.class.path") || flag.startsWith("-Dsun.java.command")
                || flag.startsWith("-Djdk.module.path"));
    }
}
