// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Small traces in clang's -ftime-trace layout, written by hand in tests. One event per line, as clang writes. */
final class TraceFile {

    private final List<String> events = new ArrayList<>();

    /** A Source event on the main thread (pid 1, tid 1). */
    TraceFile source(long ts, long dur, String header) {
        return source(1, ts, dur, header);
    }

    /** A Source event on thread {@code tid} of pid 1. */
    TraceFile source(int tid, long ts, long dur, String header) {
        events.add("{\"pid\":1,\"tid\":" + tid + ",\"ph\":\"X\",\"ts\":" + ts + ",\"dur\":" + dur
                + ",\"name\":\"Source\",\"args\":{\"detail\":\"" + header + "\"}}");
        return this;
    }

    /** A complete event without args, such as Frontend or ExecuteCompiler. */
    TraceFile event(String name, long ts, long dur) {
        events.add("{\"pid\":1,\"tid\":1,\"ph\":\"X\",\"ts\":" + ts + ",\"dur\":" + dur + ",\"name\":\"" + name
                + "\"}");
        return this;
    }

    /** Any event text, as is. */
    TraceFile raw(String json) {
        events.add(json);
        return this;
    }

    /** The Frontend and ExecuteCompiler events every clang trace has, spanning [0, 10000) and [0, 12000). */
    TraceFile unitEvents() {
        return event("Frontend", 0, 10_000).event("ExecuteCompiler", 0, 12_000);
    }

    /** The same events in reverse array order. */
    TraceFile reversed() {
        TraceFile copy = copy();
        Collections.reverse(copy.events);
        return copy;
    }

    /** The same events shuffled with a fixed seed. */
    TraceFile shuffled(long seed) {
        TraceFile copy = copy();
        Collections.shuffle(copy.events, new Random(seed));
        return copy;
    }

    String json() {
        return "{\"traceEvents\":[\n" + String.join(",\n", events) + "\n],\n\"beginningOfTime\":1700000000000000}\n";
    }

    Path writeTo(Path file) {
        try {
            return Files.writeString(file, json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TraceFile copy() {
        TraceFile copy = new TraceFile();
        copy.events.addAll(events);
        return copy;
    }
}
