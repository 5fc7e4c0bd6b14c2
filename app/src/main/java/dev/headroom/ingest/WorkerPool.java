// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.bridge.CancelSignal;
import dev.headroom.bridge.ParseCancelledException;
import dev.headroom.bridge.ParsePoint;
import dev.headroom.bridge.ParseRequest;
import dev.headroom.bridge.ParsedUnit;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parses units in worker processes, one unit per worker at a time, workers started when a unit needs one and kept
 * for the next unit (a JVM and CDT warmed up once per worker, not per unit), and in a long-lived process kept for the
 * next analysis ({@link IdleWorkers}). A worker that runs out of heap, dies,
 * or is still parsing when its unit's signal says stop (the deadline, the analysis' cancel) is killed, which frees
 * its memory and core at once, and the next unit starts another. {@link #close} kills every worker left.
 *
 * <p>While a worker parses it reports where it is; the pool hands that to the unit's signal through
 * {@link CancelSignal#locatedBy}, so the guard's message names the file and line as it would in-process.
 */
final class WorkerPool implements AutoCloseable {
    private static final long POLL_MILLIS = 50;
    private static final long START_MILLIS = 120_000;

    private final List<String> command;
    private final long heapBytes;
    private final Deque<ParseWorkerProcess> idle = new ArrayDeque<>();
    private final Set<ParseWorkerProcess> running = ConcurrentHashMap.newKeySet();
    /** Job numbers, unique in this process: a kept worker's late report of an earlier pool's job matches no job. */
    private static final AtomicInteger JOBS = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final IdleWorkers shelf;
    private volatile boolean closed;

    /** A pool of workers started with {@code command}, taking and leaving idle ones on {@code shelf} if not null. */
    WorkerPool(List<String> command, long heapBytes, IdleWorkers shelf) {
        this.command = List.copyOf(command);
        this.heapBytes = heapBytes;
        this.shelf = shelf;
    }

    /** A pool of workers of {@code heapBytes} heap each, started as this JVM was. */
    static WorkerPool ofThisJvm(long heapBytes) {
        return new WorkerPool(WorkerCommand.forWorker(heapBytes), heapBytes, IdleWorkers.ofThisProcess());
    }

    /** How many worker processes this pool has started so far. */
    int started() {
        return started.get();
    }

    /**
     * Parses {@code request} in a worker, heeding {@code signal}.
     *
     * @throws ParseCancelledException when the signal says stop before the worker answered; the worker is killed
     */
    ParsedUnit parse(String unit, ParseRequest request, UnitGuard.UnitSignal signal) {
        ParseWorkerProcess worker;
        try {
            worker = borrow(signal);
        } catch (IOException e) {
            return UnitGuard.ParsedUnitFailures.workerUnavailable(unit, request, e.getMessage());
        }
        signal.restartClock();
        AtomicReference<ParsePoint> at = new AtomicReference<>();
        signal.locatedBy(() -> Optional.ofNullable(at.get()));
        int id = JOBS.incrementAndGet();
        try {
            worker.send(new WorkerProtocol.Job(id, request));
            while (true) {
                WorkerProtocol.Reply reply = worker.poll(POLL_MILLIS);
                if (reply == null) {
                    if (signal.cancelled() || closed) {
                        discard(worker);
                        throw new ParseCancelledException();
                    }
                    continue;
                }
                if (reply == ParseWorkerProcess.GONE) {
                    return died(unit, request, worker, Optional.ofNullable(at.get()));
                }
                if (reply.id() != id) {
                    continue;
                }
                switch (reply.kind()) {
                    case AT -> at.set(reply.at());
                    case PARSED -> {
                        release(worker);
                        return reply.unit();
                    }
                    case OUT_OF_MEMORY -> {
                        discard(worker); // it exits by itself; a heap that overflowed is not trusted again
                        return UnitGuard.ParsedUnitFailures.workerOutOfMemory(unit, request,
                                Optional.ofNullable(reply.at()).or(() -> Optional.ofNullable(at.get())), heapBytes);
                    }
                    case FAILED -> {
                        release(worker);
                        return UnitGuard.ParsedUnitFailures.failed(unit, request, null,
                                Optional.ofNullable(reply.at()).or(() -> Optional.ofNullable(at.get())),
                                reply.message());
                    }
                    case READY -> {
                        // only before the first job
                    }
                }
            }
        } catch (IOException e) {
            return died(unit, request, worker, Optional.ofNullable(at.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard(worker);
            throw new ParseCancelledException();
        }
    }

    private ParsedUnit died(String unit, ParseRequest request, ParseWorkerProcess worker, Optional<ParsePoint> at) {
        String death = worker.death();
        boolean outOfMemory = worker.outOfMemory();
        discard(worker);
        if (outOfMemory) {
            return UnitGuard.ParsedUnitFailures.workerOutOfMemory(unit, request, at, heapBytes);
        }
        return UnitGuard.ParsedUnitFailures.failed(unit, request, null, at, "the parse worker died (" + death + ")");
    }

    /** An idle worker, or a new one once it said it is ready. */
    private ParseWorkerProcess borrow(CancelSignal signal) throws IOException {
        synchronized (idle) {
            if (closed) {
                throw new ParseCancelledException();
            }
            ParseWorkerProcess warm = idle.pollFirst();
            if (warm != null) {
                return warm;
            }
        }
        ParseWorkerProcess kept = shelf == null ? null : shelf.take(command);
        if (kept != null) {
            running.add(kept);
            return kept;
        }
        ParseWorkerProcess worker = ParseWorkerProcess.start(command);
        running.add(worker);
        started.incrementAndGet();
        if (closed) { // closed while this one started: close() may not have seen it
            discard(worker);
            throw new ParseCancelledException();
        }
        long deadline = System.nanoTime() + START_MILLIS * 1_000_000;
        try {
            while (System.nanoTime() < deadline) {
                WorkerProtocol.Reply reply = worker.poll(POLL_MILLIS);
                if (reply == ParseWorkerProcess.GONE) {
                    String death = worker.death();
                    discard(worker);
                    throw new IOException("it ended before it was ready, " + death);
                }
                if (reply != null && reply.kind() == WorkerProtocol.Reply.Kind.READY) {
                    return worker;
                }
                if (signal.cancelled() || closed) {
                    discard(worker);
                    throw new ParseCancelledException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard(worker);
            throw new ParseCancelledException();
        }
        discard(worker);
        throw new IOException("it was not ready after " + START_MILLIS / 1000 + " s");
    }

    private void release(ParseWorkerProcess worker) {
        synchronized (idle) {
            if (!closed) {
                idle.addFirst(worker);
                return;
            }
        }
        discard(worker);
    }

    private void discard(ParseWorkerProcess worker) {
        running.remove(worker);
        worker.kill();
    }

    /**
     * Kills every worker of this pool still parsing (a cancel, a deadline) and waits until they are gone; the idle
     * ones go to the shelf when there is one, else are killed too.
     */
    @Override
    public void close() {
        List<ParseWorkerProcess> resting;
        synchronized (idle) {
            closed = true;
            resting = List.copyOf(idle);
            idle.clear();
        }
        for (ParseWorkerProcess worker : resting) {
            running.remove(worker);
            if (shelf != null) {
                shelf.put(command, worker);
            } else {
                worker.kill();
            }
        }
        for (ParseWorkerProcess worker : List.copyOf(running)) {
            discard(worker);
        }
    }
}
