// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON that {@code clang -ftime-trace} writes (Chrome trace event format, JSON object form) into a
 * {@link TimeTrace}.
 *
 * <p>Only complete events ({@code "ph": "X"}) count, with {@code ts} and {@code dur} in microseconds; fractional
 * values are rounded at both ends, which keeps nesting intact. Three names are used:
 * <ul>
 *   <li>{@code Source}: one entry into the header named by {@code args.detail}; nested by time containment on the
 *       same pid and tid (see {@code SourceNesting}) to split inclusive from self time;</li>
 *   <li>{@code Frontend}: summed into {@link TimeTrace#frontendMicros()};</li>
 *   <li>{@code ExecuteCompiler}: summed into {@link TimeTrace#totalMicros()}. The {@code Total ...} summary events
 *       clang adds on their own threads are ignored.</li>
 * </ul>
 * Everything else is skipped without being checked. The file is streamed, and only {@code Source} events are kept,
 * so a trace of tens of megabytes costs one pass plus a sort of its {@code Source} events.
 */
public final class TimeTraceImport {

    private static final JsonFactory JSON = new JsonFactory();

    private TimeTraceImport() {
    }

    /**
     * Reads one trace.
     *
     * @throws TimeTraceException if the file is missing or unreadable, is not valid JSON, is not a trace, has a
     *                            {@code Source}, {@code Frontend} or {@code ExecuteCompiler} event without valid
     *                            fields, or has no {@code Source}, {@code Frontend} or {@code ExecuteCompiler} event
     */
    public static TimeTrace read(Path file) throws TimeTraceException {
        Events events = new Events(file);
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            readTrace(parser, events);
        } catch (NoSuchFileException e) {
            throw new TimeTraceException(file, 0, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new TimeTraceException(file, 0, 0, "permission denied", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TimeTraceException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "invalid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new TimeTraceException(file, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        return events.toTrace();
    }

    /**
     * Whether {@code file} looks like a trace: a JSON object with a {@code traceEvents} field at its top level.
     * Other JSON inputs (compile databases, which are arrays; project files, which lack the field) and anything
     * unreadable are not traces. Reads only the top level, skipping nested values without keeping them.
     */
    public static boolean isTrace(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if ("traceEvents".equals(parser.currentName())) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void readTrace(JsonParser parser, Events events) throws IOException, TimeTraceException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw events.problem(parser, "expected a JSON object with a \"traceEvents\" array");
        }
        boolean sawEvents = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("traceEvents".equals(field)) {
                if (value != JsonToken.START_ARRAY) {
                    throw events.problem(parser, "\"traceEvents\" must be an array");
                }
                readEvents(parser, events);
                sawEvents = true;
            } else {
                parser.skipChildren();
            }
        }
        if (!sawEvents) {
            throw new TimeTraceException(events.file, "no \"traceEvents\" array; is this a clang -ftime-trace file?");
        }
        if (parser.nextToken() != null) {
            throw events.problem(parser, "unexpected content after the trace object");
        }
    }

    private static void readEvents(JsonParser parser, Events events) throws IOException, TimeTraceException {
        Event event = new Event();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw events.problem(parser, "every element of \"traceEvents\" must be an object");
            }
            event.clear(parser.currentTokenLocation());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "ph" -> event.phase = text(parser, value);
                    case "name" -> event.name = text(parser, value);
                    case "pid" -> event.pid = text(parser, value);
                    case "tid" -> event.tid = text(parser, value);
                    case "ts" -> event.ts = number(parser, value);
                    case "dur" -> event.dur = number(parser, value);
                    case "args" -> event.detail = detail(parser, value);
                    default -> parser.skipChildren();
                }
            }
            events.add(event);
        }
    }

    /** A scalar as text (pid and tid may be numbers or strings), or null for anything else. */
    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value.isScalarValue()) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    private static double number(JsonParser parser, JsonToken value) throws IOException {
        if (value.isNumeric()) {
            return parser.getDoubleValue();
        }
        parser.skipChildren();
        return Double.NaN;
    }

    private static String detail(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String detail = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken inner = parser.nextToken();
            if ("detail".equals(field) && inner == JsonToken.VALUE_STRING) {
                detail = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return detail;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The fields of the event being read; reused from one event to the next. */
    private static final class Event {
        JsonLocation location;
        String phase;
        String name;
        String pid;
        String tid;
        double ts;
        double dur;
        String detail;

        void clear(JsonLocation at) {
            location = at;
            phase = null;
            name = null;
            pid = null;
            tid = null;
            ts = Double.NaN;
            dur = Double.NaN;
            detail = null;
        }
    }

    /** What the importer keeps while streaming: Source spans, and the sums of the unit-wide events. */
    private static final class Events {
        final Path file;
        final List<SourceSpan> spans = new ArrayList<>();
        final Map<String, Integer> headerIndex = new HashMap<>();
        final List<String> headerPaths = new ArrayList<>();
        final Map<String, Integer> threadIndex = new HashMap<>();
        int order;
        long frontendMicros;
        long totalMicros;
        boolean sawFrontend;
        boolean sawTotal;

        Events(Path file) {
            this.file = file;
        }

        void add(Event event) throws TimeTraceException {
            int position = order++;
            if (!"X".equals(event.phase) || event.name == null) {
                return;
            }
            switch (event.name) {
                case "Source" -> addSource(event, position);
                case "Frontend" -> {
                    frontendMicros += roundedDuration(event);
                    sawFrontend = true;
                }
                case "ExecuteCompiler" -> {
                    totalMicros += roundedDuration(event);
                    sawTotal = true;
                }
                default -> {
                    // Not needed for header times.
                }
            }
        }

        private void addSource(Event event, int position) throws TimeTraceException {
            if (event.detail == null) {
                throw problem(event.location, "Source event without a string \"args.detail\" naming the header");
            }
            long start = Math.round(checkedTime(event));
            long end = Math.round(event.ts + event.dur);
            int header = headerIndex.computeIfAbsent(event.detail, path -> {
                headerPaths.add(path);
                return headerPaths.size() - 1;
            });
            String threadKey = event.pid + "\u0000" + event.tid;
            int thread = threadIndex.computeIfAbsent(threadKey, key -> threadIndex.size());
            spans.add(new SourceSpan(thread, start, end, header, position));
        }

        private long roundedDuration(Event event) throws TimeTraceException {
            checkedTime(event);
            return Math.round(event.ts + event.dur) - Math.round(event.ts);
        }

        /** The start, once {@code ts} and {@code dur} are known to be usable. */
        private double checkedTime(Event event) throws TimeTraceException {
            if (Double.isNaN(event.ts) || Double.isNaN(event.dur)) {
                throw problem(event.location, event.name + " event without numeric \"ts\" and \"dur\"");
            }
            if (event.dur < 0) {
                throw problem(event.location, event.name + " event with negative \"dur\" " + event.dur);
            }
            return event.ts;
        }

        TimeTrace toTrace() throws TimeTraceException {
            if (spans.isEmpty()) {
                throw new TimeTraceException(file,
                        "no Source events; was the unit compiled with clang -ftime-trace (clang 9 or later)?");
            }
            if (!sawFrontend) {
                throw new TimeTraceException(file, "no Frontend event; the trace looks cut short");
            }
            if (!sawTotal) {
                throw new TimeTraceException(file, "no ExecuteCompiler event; the trace looks cut short");
            }
            SourceNesting nesting = SourceNesting.of(spans, headerPaths);
            return new TimeTrace(file, nesting.headers(), nesting.topLevelMicros(), frontendMicros, totalMicros);
        }

        TimeTraceException problem(JsonParser parser, String message) {
            return problem(parser.currentTokenLocation(), message);
        }

        TimeTraceException problem(JsonLocation at, String message) {
            return new TimeTraceException(file, at.getLineNr(), at.getColumnNr(), message, null);
        }
    }
}
