// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.bridge.CancelSignal;
import dev.headroom.bridge.ParseCancelledException;
import dev.headroom.bridge.ParseLocator;
import dev.headroom.bridge.ParsePoint;
import dev.headroom.bridge.ParseProblem;
import dev.headroom.bridge.ParseRequest;
import dev.headroom.bridge.ParsedUnit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs unit parses, each on a thread of its own, under a wall-clock limit, and turns whatever goes wrong in one
 * unit into a problem of that unit: the other units are still analysed.
 *
 * <p>Each parser thread has a large stack (CDT recurses once per nesting level; clang accepts 700 nested
 * parentheses). A parse past its deadline is asked to stop through its {@link CancelSignal}, which CDT consults at
 * every {@code #include} and the fact collectors every few thousand nodes; one that does not stop within a grace
 * period (CDT's name resolution can run for minutes without consulting anything) is abandoned: it is reported, the
 * analysis goes on without it, and its daemon thread is left to finish or die with the process. An
 * {@link OutOfMemoryError} or any other failure inside a parse is caught and reported likewise. See
 * {@code docs/decisions/0008-unit-guard-in-process.md} for what this does not cover.
 */
final class UnitGuard {
    /** Wall-clock limit per unit: {@code -Dheadroom.unitSeconds=N}. */
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(Long.getLong("headroom.unitSeconds", 300));
    /** Parser thread stack: {@code -Dheadroom.parserStackMB=N}. */
    static final long STACK_BYTES = Long.getLong("headroom.parserStackMB", 512) * 1024 * 1024;
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final int threads;
    private final Duration limit;
    private final CancelSignal cancel;
    private final HeapRoom heap;

    UnitGuard(int threads, Duration limit, CancelSignal cancel) {
        this(threads, limit, cancel, HeapRoom.ofThisJvm());
    }

    UnitGuard(int threads, Duration limit, CancelSignal cancel, HeapRoom heap) {
        this.threads = Math.max(1, threads);
        this.limit = limit;
        this.cancel = cancel;
        this.heap = heap;
    }

    /** One unit to run: its request (for messages) and the work, given the signal to heed. */
    record Job(String name, ParseRequest request, Function<UnitSignal, ParsedUnit> work) {
    }

    /** The signal a unit's work heeds, whose clock the work may start again once it is ready to parse. */
    interface UnitSignal extends CancelSignal {
        /**
         * The unit's wall clock starts now: what came before (a parse worker's JVM starting, slow on a loaded
         * machine) is not the unit's time.
         */
        void restartClock();
    }

    /** How a job ended. {@code millis} is its wall time. */
    record Outcome(int job, ParsedUnit unit, long millis, boolean abandoned) {
    }

    /** Hears each job's outcome as it ends, in the calling thread. */
    interface Sink {
        void accept(Outcome outcome);
    }

    /**
     * Runs the jobs in the given order, at most {@code threads} at once and no more than the heap has room for
     * ({@link HeapRoom}), and hands each outcome to {@code sink}.
     *
     * @throws AnalysisCancelledException when the analysis' own signal asks to stop
     */
    void runAll(List<Job> jobs, Sink sink) throws AnalysisCancelledException {
        BlockingQueue<Outcome> finished = new LinkedBlockingQueue<>();
        List<Running> running = new ArrayList<>();
        int next = 0;
        try {
            while (next < jobs.size() || !running.isEmpty()) {
                while (running.size() < threads && next < jobs.size() && heap.admits(running.size())) {
                    running.add(start(next, jobs.get(next), finished));
                    next++;
                }
                Outcome done = finished.poll(100, TimeUnit.MILLISECONDS);
                if (cancel.cancelled()) {
                    throw new AnalysisCancelledException();
                }
                if (done != null) {
                    Running r = find(running, done.job());
                    if (r != null) { // an abandoned job's late answer is dropped
                        running.remove(r);
                        if (done.unit() == null) {
                            throw new AnalysisCancelledException();
                        }
                        sink.accept(done);
                    }
                }
                long now = System.nanoTime();
                for (Running r : List.copyOf(running)) {
                    if (now - r.signal.deadline > GRACE_NANOS) {
                        running.remove(r);
                        sink.accept(new Outcome(r.job, ParsedUnitFailures.overTime(r.name, r.request,
                                r.signal.lastFile(), r.signal.point(), limit), (now - r.signal.start) / 1_000_000, true));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisCancelledException();
        } finally {
            running.forEach(r -> r.signal.abandon());
        }
    }

    private static Running find(List<Running> running, int job) {
        for (Running r : running) {
            if (r.job == job) {
                return r;
            }
        }
        return null;
    }

    private Running start(int index, Job job, BlockingQueue<Outcome> finished) {
        Signal signal = new Signal(cancel, System.nanoTime(), limit.toNanos());
        Thread thread = new Thread(null, () -> finished.add(run(index, job, signal)), "headroom-parser-" + index,
                STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return new Running(index, job.name(), job.request(), signal);
    }

    private static Outcome run(int index, Job job, Signal signal) {
        ParsedUnit unit;
        try {
            unit = job.work().apply(signal);
        } catch (ParseCancelledException e) {
            unit = signal.overTime() ? ParsedUnitFailures.overTime(job.name(), job.request(), signal.lastFile(),
                    signal.point(), signal.limit()) : null;
        } catch (OutOfMemoryError e) {
            unit = ParsedUnitFailures.outOfMemory(job.name(), job.request(), signal.lastFile(),
                    signal.pointAfterOutOfMemory());
        } catch (StackOverflowError e) {
            unit = ParsedUnitFailures.failed(job.name(), job.request(), signal.lastFile(), signal.point(),
                    "the parser ran out of stack");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            unit = ParsedUnitFailures.failed(job.name(), job.request(), signal.lastFile(), signal.point(),
                    "the parser failed (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        return new Outcome(index, unit, (System.nanoTime() - signal.start) / 1_000_000, false);
    }

    private record Running(int job, String name, ParseRequest request, Signal signal) {
    }

    /**
     * The signal one parse heeds: the analysis' own, or its deadline passed. Remembers the last file entered and
     * asks the parse's locator where it is when a message needs it.
     */
    private static final class Signal implements UnitSignal {
        private final CancelSignal outer;
        final long start;
        volatile long deadline;
        private final long limitNanos;
        private volatile String lastFile;
        private volatile ParseLocator locator = ParseLocator.NOWHERE;
        private volatile boolean abandoned;

        Signal(CancelSignal outer, long start, long limitNanos) {
            this.outer = outer;
            this.start = start;
            this.limitNanos = limitNanos;
            this.deadline = start + limitNanos;
        }

        @Override
        public boolean cancelled() {
            return abandoned || overTime() || outer.cancelled();
        }

        boolean overTime() {
            return System.nanoTime() - deadline > 0;
        }

        Duration limit() {
            return Duration.ofNanos(limitNanos);
        }

        @Override
        public void restartClock() {
            deadline = System.nanoTime() + limitNanos;
        }

        void abandon() {
            abandoned = true;
        }

        @Override
        public void entering(String path) {
            lastFile = path;
            outer.entering(path);
        }

        @Override
        public void locatedBy(ParseLocator where) {
            locator = where;
            outer.locatedBy(where);
        }

        /** Where the parse is now, when it can tell. */
        Optional<ParsePoint> point() {
            return locator.where();
        }

        /**
         * Where the parse was when the heap ran out, and the parse let go: the locator holds the unit's AST, and
         * a line number may need a line table the full heap has no room for (CDT builds them on demand); then the
         * file alone is said. Before, that second out-of-memory killed the parser thread unreported and the
         * analysis waited for the unit's deadline.
         */
        Optional<ParsePoint> pointAfterOutOfMemory() {
            ParseLocator last = locator;
            locator = ParseLocator.NOWHERE;
            try {
                return last.where();
            } catch (OutOfMemoryError again) {
                return Optional.empty();
            }
        }

        Path lastFile() {
            String f = lastFile;
            try {
                return f == null ? null : Path.of(f);
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }
    }

    /**
     * Problems for units whose parse gave no facts: each names the unit, where the parse was (the file and line when
     * the parse could tell, else the last file it entered) and what to do.
     */
    static final class ParsedUnitFailures {
        private ParsedUnitFailures() {
        }

        static ParsedUnit overTime(String unit, ParseRequest request, Path lastFile, Optional<ParsePoint> point,
                Duration limit) {
            String spelled = limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s";
            return abandoned(request, point, "not measured: unit " + unit + " ran past the " + spelled
                    + " limit for one unit" + where(request, lastFile, point)
                    + "; exclude the unit, or raise the limit with HEADROOM_JAVA_OPTS=-Dheadroom.unitSeconds=N");
        }

        static ParsedUnit outOfMemory(String unit, ParseRequest request, Path lastFile, Optional<ParsePoint> point) {
            return abandoned(request, point, "not measured: the parser ran out of memory in unit " + unit
                    + where(request, lastFile, point)
                    + "; exclude the unit, or give Headroom more heap (HEADROOM_JAVA_OPTS=-Xmx8g)");
        }

        static ParsedUnit workerOutOfMemory(String unit, ParseRequest request, Optional<ParsePoint> point,
                long heapBytes) {
            return abandoned(request, point, "not measured: unit " + unit + " ran out of its parse worker's "
                    + heapBytes / (1024 * 1024) + " MB heap" + where(request, null, point)
                    + "; exclude the unit, or raise the limit with HEADROOM_JAVA_OPTS=-Dheadroom.workerHeapMB=N");
        }

        static ParsedUnit failed(String unit, ParseRequest request, Path lastFile, Optional<ParsePoint> point,
                String why) {
            return abandoned(request, point, "not measured: " + why + " in unit " + unit
                    + where(request, lastFile, point) + "; exclude the unit and report the header that causes this");
        }

        static ParsedUnit workerUnavailable(String unit, ParseRequest request, String why) {
            return abandoned(request, Optional.empty(), "not measured: unit " + unit + " found no parse worker ("
                    + why + "); parse in-process with HEADROOM_JAVA_OPTS=-Dheadroom.unitIsolation=threads");
        }

        private static String where(ParseRequest request, Path lastFile, Optional<ParsePoint> point) {
            if (point.isPresent()) {
                return " while " + point.get().describe();
            }
            return lastFile == null || lastFile.equals(request.mainFile()) ? " in its main file"
                    : " after entering " + lastFile + " (the last file the parser opened; it did not tell the line)";
        }

        private static ParsedUnit abandoned(ParseRequest request, Optional<ParsePoint> point, String message) {
            Path file = point.map(ParsePoint::file).orElse(request.mainFile());
            int line = point.map(ParsePoint::line).orElse(0);
            return new ParsedUnit(request.mainFile(), List.of(), List.of(), List.of(), List.of(),
                    List.of(new ParseProblem(file, line, message, ParseProblem.Kind.SYNTAX)), 0, 0);
        }
    }
}
