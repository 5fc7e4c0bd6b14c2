// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times {@link TimeTraceImport#read} on a generated trace of about 30 MB: a deep tree of Source events with as many
 * ParseClass events beside them, in clang's inner-before-outer order. A plain program, not a test: timings depend on
 * the machine and belong in a report, not in an assertion.
 *
 * <p>Run after {@code ./mvnw -pl app -am test-compile}:
 * {@code java -cp app/target/classes:app/target/test-classes:<jackson-core.jar>
 * dev.headroom.measure.TimeTraceBenchmark}
 */
public final class TimeTraceBenchmark {

    private static final int FANOUT = 7;
    private static final int DEPTH = 6;
    private static final int HEADERS = 3_000;
    private static final int RUNS = 7;

    private TimeTraceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("headroom-ttrace-bench-", ".json");
        try {
            long sources = write(file);
            System.out.printf("%d Source events, %.1f MB%n", sources, Files.size(file) / 1e6);
            long[] nanos = new long[RUNS];
            int sink = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                sink += TimeTraceImport.read(file).headers().size();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("import median %.0f ms (min %.0f, max %.0f, %d runs; %d headers per run)%n",
                    nanos[RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[RUNS - 1] / 1e6, RUNS, sink / RUNS);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"traceEvents\":[");
            long[] next = {0, 0};
            long end = subtree(out, 0, 0, next);
            event(out, "Frontend", 0, end, null);
            event(out, "ExecuteCompiler", 0, end + 10, null);
            out.write("{\"ph\":\"M\",\"name\":\"process_name\"}],\"beginningOfTime\":0}");
            return next[1];
        }
    }

    /** Writes a header spanning from {@code start} with its subtree, children first; returns where it ends. */
    private static long subtree(BufferedWriter out, int depth, long start, long[] counters) throws IOException {
        long time = start + 3;
        if (depth < DEPTH) {
            for (int i = 0; i < FANOUT; i++) {
                time = subtree(out, depth + 1, time, counters) + 2;
            }
        }
        event(out, "ParseClass", start + 1, 1, "SomeClass");
        String header = "/usr/include/generated/h" + (counters[0]++ % HEADERS) + ".h";
        event(out, "Source", start, time - start, header);
        counters[1]++;
        return time;
    }

    private static void event(BufferedWriter out, String name, long ts, long dur, String detail) throws IOException {
        out.write("{\"pid\":7,\"tid\":7,\"ph\":\"X\",\"ts\":" + ts + ",\"dur\":" + dur + ",\"name\":\"" + name + "\"");
        if (detail != null) {
            out.write(",\"args\":{\"detail\":\"" + detail + "\"}");
        }
        out.write("},");
    }
}
