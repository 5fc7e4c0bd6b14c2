// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.bridge.ParsePoint;
import dev.headroom.bridge.ParseRequest;
import dev.headroom.bridge.ParsedUnit;
import java.io.IOException;

/**
 * What a parent and its parse workers say to each other: one JSON object a line, in the unit cache's serialization
 * of {@link ParsedUnit}. The parent sends jobs on the worker's stdin; the worker answers on its stdout with
 * {@link Reply.Kind#READY} once, then per job any number of {@link Reply.Kind#AT} lines (where the parse is, a few
 * times a second) and one final reply.
 */
final class WorkerProtocol {
    /** The argument that makes the launcher serve as a parse worker. */
    static final String WORKER_ARGUMENT = "--parse-worker";
    /** The class whose {@code main} takes {@link #WORKER_ARGUMENT}. */
    static final String MAIN_CLASS = "dev.headroom.Launcher";
    /** Exit code of a worker that ran out of memory and said so. */
    static final int EXIT_OUT_OF_MEMORY = 3;
    /** Exit code of a worker whose parent went away without closing its stdin. */
    static final int EXIT_ORPHANED = 4;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private WorkerProtocol() {
    }

    /** A unit to parse. */
    record Job(int id, ParseRequest request) {
    }

    /**
     * A worker's line: {@code unit} for {@link Kind#PARSED}, {@code at} for {@link Kind#AT} and the failures (where the
     * parse was), {@code message} for {@link Kind#FAILED}.
     */
    record Reply(Kind kind, int id, ParsedUnit unit, ParsePoint at, String message) {
        enum Kind {
            READY, AT, PARSED, OUT_OF_MEMORY, FAILED
        }
    }

    static String line(Object message) throws IOException {
        return JSON.writeValueAsString(message);
    }

    static Job job(String line) throws IOException {
        return JSON.readValue(line, Job.class);
    }

    static Reply reply(String line) throws IOException {
        return JSON.readValue(line, Reply.class);
    }
}
