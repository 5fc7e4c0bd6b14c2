// SPDX-License-Identifier: Apache-2.0
package dev.headroom.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeTraceImportTest {

    @TempDir
    Path dir;

    /**
     * a.h [100, 1100) includes b.h [200, 500), which includes c.h [250, 300); a.h then includes c.h again at
     * [600, 700). Written in clang's order: an event appears when it ends, inner before outer.
     */
    private static TraceFile nestedWithRepeat() {
        return new TraceFile()
                .source(250, 50, "c.h")
                .source(200, 300, "b.h")
                .source(600, 100, "c.h")
                .source(100, 1000, "a.h")
                .unitEvents();
    }

    private TimeTrace read(TraceFile trace) throws TimeTraceException {
        return TimeTraceImport.read(trace.writeTo(dir.resolve("unit.json")));
    }

    private static void assertHeader(TimeTrace trace, String path, long inclusive, long self, int entries) {
        assertEquals(new HeaderTime(path, inclusive, self, entries), trace.header(path).orElseThrow(),
                () -> "times of " + path);
    }

    @Test
    void selfTimeSubtractsOnlyDirectlyNestedHeaders() throws Exception {
        TimeTrace trace = read(nestedWithRepeat());

        assertHeader(trace, "a.h", 1000, 1000 - 300 - 100, 1);
        assertHeader(trace, "b.h", 300, 300 - 50, 1);
        assertEquals(1000, trace.topLevelSourceMicros());
    }

    @Test
    void headerEnteredTwiceSumsBothEntries() throws Exception {
        TimeTrace trace = read(nestedWithRepeat());

        assertHeader(trace, "c.h", 50 + 100, 50 + 100, 2);
    }

    @Test
    void headersAreListedHeaviestFirst() throws Exception {
        TimeTrace trace = read(nestedWithRepeat());

        assertEquals(List.of("a.h", "b.h", "c.h"), trace.headers().stream().map(HeaderTime::path).toList());
    }

    @Test
    void twoTopLevelHeadersAreSeparateRoots() throws Exception {
        TimeTrace trace = read(new TraceFile()
                .source(100, 100, "y.h")
                .source(0, 400, "x.h")
                .source(600, 50, "y.h")
                .source(500, 400, "z.h")
                .unitEvents());

        assertHeader(trace, "x.h", 400, 300, 1);
        assertHeader(trace, "z.h", 400, 350, 1);
        assertHeader(trace, "y.h", 150, 150, 2);
        assertEquals(800, trace.topLevelSourceMicros());
    }

    @Test
    void arrayOrderDoesNotChangeTheResult() throws Exception {
        TimeTrace inClangOrder = read(nestedWithRepeat());
        List<TraceFile> reordered = List.of(nestedWithRepeat().reversed(), nestedWithRepeat().shuffled(1),
                nestedWithRepeat().shuffled(2), nestedWithRepeat().shuffled(3));

        for (TraceFile trace : reordered) {
            TimeTrace result = read(trace);
            assertEquals(inClangOrder.headers(), result.headers(), trace::json);
            assertEquals(inClangOrder.topLevelSourceMicros(), result.topLevelSourceMicros(), trace::json);
        }
    }

    @Test
    void headersThatTouchAreSiblingsNotNested() throws Exception {
        TimeTrace trace = read(new TraceFile()
                .source(0, 100, "p.h")
                .source(100, 50, "q.h")
                .unitEvents());

        assertHeader(trace, "p.h", 100, 100, 1);
        assertEquals(150, trace.topLevelSourceMicros());
    }

    @Test
    void zeroDurationHeaderAtAParentsStartNeitherStealsNorShortensItsChildren() throws Exception {
        TimeTrace trace = read(new TraceFile()
                .source(1000, 0, "empty.h")
                .source(1000, 200, "child.h")
                .source(1000, 1000, "p.h")
                .unitEvents()
                .shuffled(7));

        assertHeader(trace, "p.h", 1000, 800, 1);
        assertHeader(trace, "child.h", 200, 200, 1);
        assertHeader(trace, "empty.h", 0, 0, 1);
        assertEquals(1000, trace.topLevelSourceMicros());
    }

    @Test
    void zeroDurationHeaderAtAParentsEndDoesNotKeepItOpen() throws Exception {
        TimeTrace trace = read(new TraceFile()
                .source(1000, 1000, "p.h")
                .source(2000, 0, "end.h")
                .source(2000, 300, "next.h")
                .unitEvents());

        assertHeader(trace, "p.h", 1000, 1000, 1);
        assertHeader(trace, "next.h", 300, 300, 1);
        assertEquals(1300, trace.topLevelSourceMicros());
    }

    @Test
    void zeroDurationHeadersNeverEncloseOthers() throws Exception {
        TimeTrace trace = read(new TraceFile()
                .source(3000, 0, "first.h")
                .source(3000, 0, "second.h")
                .source(3000, 40, "after.h")
                .unitEvents());

        assertHeader(trace, "first.h", 0, 0, 1);
        assertHeader(trace, "second.h", 0, 0, 1);
        assertHeader(trace, "after.h", 40, 40, 1);
        assertEquals(40, trace.topLevelSourceMicros());
    }

    @Test
    void ofTwoHeadersOverTheSameIntervalTheLaterInTheArrayIsOuter() throws Exception {
        TimeTrace trace = read(new TraceFile()
                .source(0, 500, "inner.h")
                .source(0, 500, "outer.h")
                .unitEvents());

        assertHeader(trace, "outer.h", 500, 0, 1);
        assertHeader(trace, "inner.h", 500, 500, 1);
        assertEquals(500, trace.topLevelSourceMicros());
    }

    @Test
    void childOutlastingItsParentByTruncationIsClippedSoSelfTimeStaysNonNegative() throws Exception {
        TimeTrace trace = read(new TraceFile()
                .source(40, 61, "child.h")
                .source(0, 100, "parent.h")
                .unitEvents());

        assertHeader(trace, "parent.h", 100, 40, 1);
        assertHeader(trace, "child.h", 61, 61, 1);
        assertEquals(100, trace.topLevelSourceMicros());
    }

    @Test
    void eventsOnOtherThreadsDoNotNest() throws Exception {
        TimeTrace trace = read(new TraceFile()
                .source(1, 0, 1000, "main.h")
                .source(2, 100, 200, "worker.h")
                .unitEvents());

        assertHeader(trace, "main.h", 1000, 1000, 1);
        assertHeader(trace, "worker.h", 200, 200, 1);
        assertEquals(1200, trace.topLevelSourceMicros());
    }

    @Test
    void fractionalTimesAreRoundedAtBothEndsKeepingNesting() throws Exception {
        TimeTrace trace = read(new TraceFile()
                .raw("{\"pid\":1,\"tid\":1,\"ph\":\"X\",\"ts\":20.6,\"dur\":10.2,\"name\":\"Source\","
                        + "\"args\":{\"detail\":\"child.h\"}}")
                .raw("{\"pid\":1,\"tid\":1,\"ph\":\"X\",\"ts\":10.4,\"dur\":20.3,\"name\":\"Source\","
                        + "\"args\":{\"detail\":\"parent.h\"}}")
                .unitEvents());

        assertHeader(trace, "parent.h", 31 - 10, 21 - 10, 1);
        assertHeader(trace, "child.h", 31 - 21, 31 - 21, 1);
    }

    @Test
    void unitTimesComeFromFrontendAndExecuteCompilerNotFromSummaries() throws Exception {
        TimeTrace trace = read(nestedWithRepeat()
                .raw("{\"pid\":1,\"tid\":2,\"ph\":\"X\",\"ts\":0,\"dur\":99999,\"name\":\"Total Frontend\","
                        + "\"args\":{\"count\":1,\"avg ms\":99}}")
                .raw("{\"pid\":1,\"tid\":3,\"ph\":\"X\",\"ts\":0,\"dur\":88888,\"name\":\"Total ExecuteCompiler\"}")
                .raw("{\"pid\":1,\"tid\":4,\"ph\":\"X\",\"ts\":0,\"dur\":77777,\"name\":\"Total Source\"}")
                .raw("{\"cat\":\"\",\"pid\":1,\"tid\":1,\"ts\":0,\"ph\":\"M\",\"name\":\"process_name\","
                        + "\"args\":{\"name\":\"clang\"}}"));

        assertEquals(10_000, trace.frontendMicros());
        assertEquals(12_000, trace.totalMicros());
        assertEquals(3, trace.headers().size());
    }

    @Test
    void eventsThatAreNotCompleteAreIgnored() throws Exception {
        TimeTrace trace = read(nestedWithRepeat()
                .raw("{\"pid\":1,\"tid\":1,\"ph\":\"B\",\"ts\":0,\"name\":\"Source\",\"args\":{\"detail\":\"b.h\"}}")
                .raw("{\"pid\":1,\"tid\":1,\"ph\":\"i\",\"ts\":5,\"name\":\"Source\"}"));

        assertHeader(trace, "b.h", 300, 250, 1);
    }

    @Test
    void traceRecordsWhichFileItCameFrom() throws Exception {
        Path file = nestedWithRepeat().writeTo(dir.resolve("named.json"));

        assertEquals(file, TimeTraceImport.read(file).file());
    }

    // Problems: each names the file, and the line and column where Jackson or the importer knows them.

    private TimeTraceException failure(String json) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), json);
        TimeTraceException e = assertThrows(TimeTraceException.class, () -> TimeTraceImport.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e;
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("absent.json");

        TimeTraceException e = assertThrows(TimeTraceException.class, () -> TimeTraceImport.read(file));

        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws Exception {
        TimeTraceException e = failure("{\"traceEvents\":[\n{\"ph\":\"X\",\n  ,\"ts\":1}\n]}\n");

        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().startsWith(e.file() + ":3:3: invalid JSON: "), e.getMessage());
    }

    @Test
    void truncatedTraceIsInvalidJson() throws Exception {
        String whole = nestedWithRepeat().json();

        TimeTraceException e = failure(whole.substring(0, whole.length() / 2));

        assertTrue(e.getMessage().contains("invalid JSON: "), e.getMessage());
        assertTrue(e.line() > 1, e.getMessage());
    }

    @Test
    void emptyFileIsNotATrace() throws Exception {
        TimeTraceException e = failure("");

        assertTrue(e.getMessage().contains("expected a JSON object with a \"traceEvents\" array"), e.getMessage());
    }

    @Test
    void topLevelArrayIsNotATrace() throws Exception {
        TimeTraceException e = failure("[]");

        assertTrue(e.getMessage().endsWith(": expected a JSON object with a \"traceEvents\" array"), e.getMessage());
    }

    @Test
    void objectWithoutTraceEventsIsNotATrace() throws Exception {
        TimeTraceException e = failure("{\"beginningOfTime\": 1}");

        assertEquals(e.file() + ": no \"traceEvents\" array; is this a clang -ftime-trace file?", e.getMessage());
    }

    @Test
    void traceWithoutSourceEventsIsRejected() throws Exception {
        TimeTraceException e = failure(new TraceFile().unitEvents().json());

        assertTrue(e.getMessage().startsWith(e.file() + ": no Source events"), e.getMessage());
    }

    @Test
    void traceWithoutFrontendIsRejected() throws Exception {
        TimeTraceException e = failure(new TraceFile().source(0, 5, "a.h").event("ExecuteCompiler", 0, 9).json());

        assertTrue(e.getMessage().startsWith(e.file() + ": no Frontend event"), e.getMessage());
    }

    @Test
    void traceWithoutExecuteCompilerIsRejected() throws Exception {
        TimeTraceException e = failure(new TraceFile().source(0, 5, "a.h").event("Frontend", 0, 9).json());

        assertTrue(e.getMessage().startsWith(e.file() + ": no ExecuteCompiler event"), e.getMessage());
    }

    @Test
    void sourceEventWithoutDetailIsReportedAtItsLine() throws Exception {
        TimeTraceException e = failure(new TraceFile().unitEvents()
                .raw("{\"pid\":1,\"tid\":1,\"ph\":\"X\",\"ts\":0,\"dur\":5,\"name\":\"Source\"}").json());

        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("Source event without a string \"args.detail\""), e.getMessage());
    }

    @Test
    void sourceEventWithTextualTimeIsReportedAtItsLine() throws Exception {
        TimeTraceException e = failure(new TraceFile().unitEvents()
                .raw("{\"ph\":\"X\",\"ts\":\"0\",\"dur\":5,\"name\":\"Source\",\"args\":{\"detail\":\"a.h\"}}").json());

        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("Source event without numeric \"ts\" and \"dur\""), e.getMessage());
    }

    @Test
    void negativeDurationIsRejected() throws Exception {
        TimeTraceException e = failure(new TraceFile().unitEvents().source(0, -5, "a.h").json());

        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("Source event with negative \"dur\""), e.getMessage());
    }

    @Test
    void nonObjectEventIsRejected() throws Exception {
        TimeTraceException e = failure("{\"traceEvents\":[\n{},\n42\n]}");

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("every element of \"traceEvents\" must be an object"), e.getMessage());
    }

    @Test
    void onlyAJsonObjectWithTopLevelTraceEventsIsATrace() throws Exception {
        Path trace = nestedWithRepeat().writeTo(dir.resolve("unit.json"));
        Path eventsLater = Files.writeString(dir.resolve("later.json"),
                "{\"beginningOfTime\": {\"nested\": [1, {\"traceEvents\": 1}]}, \"traceEvents\": []}");
        Path project = Files.writeString(dir.resolve("headroom.json"),
                "{\"name\": \"p\", \"options\": {\"traceEvents\": []}}");
        Path database = Files.writeString(dir.resolve("compile_commands.json"), "[{\"traceEvents\": []}]");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"name\": ");

        assertTrue(TimeTraceImport.isTrace(trace));
        assertTrue(TimeTraceImport.isTrace(eventsLater), "the field may follow others");
        assertFalse(TimeTraceImport.isTrace(project), "a nested traceEvents does not count");
        assertFalse(TimeTraceImport.isTrace(database), "a compile database is an array");
        assertFalse(TimeTraceImport.isTrace(broken));
        assertFalse(TimeTraceImport.isTrace(dir.resolve("missing.json")));
    }

    @Test
    void problemIsTheMessageWithoutFileAndPosition() throws Exception {
        TimeTraceException e = failure("{\"traceEvents\":[\n{},\n42\n]}");

        assertEquals("every element of \"traceEvents\" must be an object", e.problem());
        assertTrue(e.getMessage().endsWith(": " + e.problem()), e.getMessage());
    }
}
