// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.bridge.CancelSignal;
import dev.headroom.bridge.ParseRequest;
import dev.headroom.bridge.ParsedUnit;
import dev.headroom.bridge.SourceLanguage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** One unit that hangs, overflows or runs out of memory costs only itself. */
class UnitGuardTest {
    private static ParseRequest request(String name) {
        return new ParseRequest(Path.of("/w/" + name), "", SourceLanguage.CXX, List.of(), List.of(), List.of(),
                Map.of(), List.of(), false);
    }

    private static ParsedUnit ok(ParseRequest r) {
        return new ParsedUnit(r.mainFile(), List.of(new dev.headroom.bridge.ParsedFile(r.mainFile(), 1, 1, 1, 1, 1,
                Map.of(), Map.of())), List.of(), List.of(), List.of(), List.of(), 1, 1);
    }

    private static List<UnitGuard.Outcome> run(Duration limit, List<UnitGuard.Job> jobs) throws Exception {
        List<UnitGuard.Outcome> out = new ArrayList<>();
        new UnitGuard(2, limit, CancelSignal.NEVER).runAll(jobs, out::add);
        return out;
    }

    @Test
    void aUnitThatIgnoresItsDeadlineIsAbandonedAndTheOthersFinish() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ParseRequest stuck = request("stuck.h");
        List<UnitGuard.Job> jobs = List.of(
                new UnitGuard.Job("stuck", stuck, signal -> {
                    signal.entering("/w/deep/template.h");
                    try {
                        never.await(); // like CDT's name resolution: never asks the signal
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return ok(stuck);
                }),
                new UnitGuard.Job("a", request("a.h"), signal -> ok(request("a.h"))),
                new UnitGuard.Job("b", request("b.h"), signal -> ok(request("b.h"))));
        long t0 = System.nanoTime();
        List<UnitGuard.Outcome> outcomes = run(Duration.ofMillis(200), jobs);
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos(), "the analysis is not held up");
        assertEquals(3, outcomes.size());
        UnitGuard.Outcome abandoned = outcomes.stream().filter(o -> o.job() == 0).findFirst().orElseThrow();
        assertTrue(abandoned.abandoned());
        assertTrue(abandoned.unit().files().isEmpty());
        String message = abandoned.unit().problems().get(0).message();
        assertTrue(message.contains("ran past the 200 ms limit") && message.contains("/w/deep/template.h")
                && message.contains("-Dheadroom.unitSeconds"), message);
        assertEquals(2, outcomes.stream().filter(o -> !o.abandoned() && !o.unit().files().isEmpty()).count());
    }

    @Test
    void aUnitThatHeedsItsDeadlineStopsAtTheNextCheck() throws Exception {
        ParseRequest slow = request("slow.h");
        List<UnitGuard.Outcome> outcomes = run(Duration.ofMillis(100), List.of(new UnitGuard.Job("slow", slow, signal -> {
            while (!signal.cancelled()) {
                Thread.onSpinWait();
            }
            throw new dev.headroom.bridge.ParseCancelledException();
        })));
        assertFalse(outcomes.get(0).abandoned(), "it stopped by itself, within the grace period");
        assertTrue(outcomes.get(0).unit().problems().get(0).message().contains("ran past"));
    }

    @Test
    void aUnitPastItsDeadlineIsNamedAtTheLineItsParseWasOn() throws Exception {
        ParseRequest slow = request("slow.h");
        Path template = Path.of("/w/deep/template.h");
        List<UnitGuard.Outcome> outcomes = run(Duration.ofMillis(100), List.of(new UnitGuard.Job("slow", slow, signal -> {
            signal.locatedBy(() -> java.util.Optional.of(
                    new dev.headroom.bridge.ParsePoint(dev.headroom.bridge.ParsePoint.Phase.RESOLVING_NAMES, template, 42)));
            while (!signal.cancelled()) {
                Thread.onSpinWait();
            }
            throw new dev.headroom.bridge.ParseCancelledException();
        })));
        dev.headroom.bridge.ParseProblem problem = outcomes.get(0).unit().problems().get(0);
        assertTrue(problem.message().contains("unit slow ran past the 100 ms limit for one unit while resolving the name"
                + " at /w/deep/template.h:42; exclude the unit, or raise the limit"), problem.message());
        assertEquals(template, problem.file());
        assertEquals(42, problem.line());
    }

    @Test
    void outOfMemoryAndStackOverflowInOneUnitAreItsProblems() throws Exception {
        List<UnitGuard.Outcome> outcomes = run(Duration.ofSeconds(30), List.of(
                new UnitGuard.Job("oom", request("oom.h"), signal -> {
                    throw new OutOfMemoryError("Java heap space");
                }),
                new UnitGuard.Job("soe", request("soe.h"), signal -> {
                    throw new StackOverflowError();
                }),
                new UnitGuard.Job("bug", request("bug.h"), signal -> {
                    throw new ArrayIndexOutOfBoundsException("Index 0 out of bounds for length 0");
                }),
                new UnitGuard.Job("fine", request("fine.h"), signal -> ok(request("fine.h")))));
        assertEquals(4, outcomes.size());
        String all = outcomes.stream().flatMap(o -> o.unit().problems().stream()).map(Object::toString).toList().toString();
        assertTrue(all.contains("/w/oom.h: not measured: the parser ran out of memory"), all);
        assertTrue(all.contains("/w/soe.h: not measured: the parser ran out of stack"), all);
        assertTrue(all.contains("/w/bug.h: not measured: the parser failed (ArrayIndexOutOfBoundsException"), all);
    }

    @Test
    void aUnitWhoseLineCannotBeToldOnAFullHeapIsReportedAtItsFileAndSoon() throws Exception {
        // CDT builds a file's line table when first asked for a line: on a full heap that asking runs out too.
        ParseRequest greedy = request("greedy.h");
        long t0 = System.nanoTime();
        List<UnitGuard.Outcome> outcomes = run(Duration.ofSeconds(60), List.of(new UnitGuard.Job("greedy", greedy,
                signal -> {
                    signal.entering("/w/deep/big.h");
                    signal.locatedBy(() -> {
                        throw new OutOfMemoryError("Java heap space");
                    });
                    throw new OutOfMemoryError("Java heap space");
                })));
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos(), "not held until the deadline");
        assertFalse(outcomes.get(0).abandoned());
        String message = outcomes.get(0).unit().problems().get(0).message();
        assertTrue(message.contains("ran out of memory in unit greedy") && message.contains("/w/deep/big.h"), message);
    }

    @Test
    void aHeapWithRoomForOneUnitRunsThemOneAtATimeWhateverTheCores() throws Exception {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        List<UnitGuard.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ParseRequest r = request("u" + i + ".h");
            jobs.add(new UnitGuard.Job("u" + i, r, signal -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                return ok(r);
            }));
        }
        long mb = 1024 * 1024;
        HeapRoom oneUnit = new HeapRoom(1024 * mb, () -> 300 * mb, 512 * mb); // 724 MB free: one reserve
        List<UnitGuard.Outcome> out = new ArrayList<>();
        new UnitGuard(8, Duration.ofSeconds(30), CancelSignal.NEVER, oneUnit).runAll(jobs, out::add);
        assertEquals(6, out.size());
        assertEquals(1, most.get(), "eight cores, but the heap holds one unit's AST at a time");
        assertTrue(new HeapRoom(4096 * mb, () -> 300 * mb, 512 * mb).admits(6), "3.7 GB free holds seven units");
        assertFalse(new HeapRoom(4096 * mb, () -> 300 * mb, 512 * mb).admits(7));
    }

    @Test
    void theAnalysisOwnCancelStillCancels() {
        ParseRequest r = request("x.h");
        assertThrows(AnalysisCancelledException.class, () -> new UnitGuard(1, Duration.ofSeconds(30), () -> true)
                .runAll(List.of(new UnitGuard.Job("x", r, signal -> ok(r))), o -> { }));
    }
}
