// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.bridge.CancelSignal;
import dev.headroom.bridge.ParseLocator;
import dev.headroom.bridge.ParsePoint;
import dev.headroom.bridge.ParsedUnit;
import dev.headroom.bridge.TranslationUnitParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The worker's side of {@link WorkerProtocol}: parses the jobs read from {@code in} one after the other, each on a
 * thread with the parser's large stack, and writes where each is a few times a second and then its result.
 *
 * <p>The worker ends when its stdin ends (the parent closed it or died), when its parent process is gone (checked
 * every second, for a parent that died with the pipe still held open by someone else), or after it ran out of memory
 * (it says so first, with the point the parse had reached; a heap that overflowed once is not trusted with another
 * unit), which includes a heap still 92% full after three collections in a row (the collector would otherwise
 * thrash for minutes before it gave up). It never stops itself for time: the parent kills it at the unit's
 * deadline.
 */
public final class ParseWorker {
    /** The argument the launcher serves a worker on. */
    public static final String ARGUMENT = WorkerProtocol.WORKER_ARGUMENT;
    private static final long REPORT_MILLIS = 200;
    /** Reports in a row that find the heap full after a collection before the worker says it ran out. */
    private static final int FULL_CHECKS = 3;

    private final Writer out;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final HeapWatch heap = HeapWatch.ofThisJvm();

    private ParseWorker(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** Serves jobs from {@code in} until the worker should end; returns its exit code. */
    public static int serve(InputStream in, OutputStream out) {
        ParseWorker worker = new ParseWorker(out);
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        daemon("headroom-worker-jobs", () -> worker.readJobs(in));
        daemon("headroom-worker-parent", () -> worker.watch(parent));
        worker.send(new WorkerProtocol.Reply(WorkerProtocol.Reply.Kind.READY, -1, null, null, null));
        return worker.exit.join();
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readJobs(InputStream in) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !exit.isDone()) {
                run(WorkerProtocol.job(line));
            }
            exit.complete(0);
        } catch (IOException | UncheckedIOException e) {
            exit.complete(0); // the parent is gone or talks nonsense: nobody is left to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit.complete(0);
        } catch (OutOfMemoryError e) {
            // The heap ran out in this thread rather than the parse's: the parent hears the worker end, reads
            // "OutOfMemoryError" on its stderr and reports the unit out of heap at the point it last heard.
            exit.complete(WorkerProtocol.EXIT_OUT_OF_MEMORY);
            throw e;
        }
    }

    private void watch(ProcessHandle parent) {
        while (!exit.isDone()) {
            if (parent != null && !parent.isAlive()) {
                exit.complete(WorkerProtocol.EXIT_ORPHANED);
                return;
            }
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run(WorkerProtocol.Job job) throws InterruptedException {
        AtomicReference<ParseLocator> locator = new AtomicReference<>(ParseLocator.NOWHERE);
        CancelSignal signal = new CancelSignal() {
            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void locatedBy(ParseLocator l) {
                locator.set(l);
            }
        };
        WorkerProtocol.Reply[] reply = new WorkerProtocol.Reply[1];
        Thread parse = new Thread(null, () -> reply[0] = parse(job, signal, locator), "headroom-parser-" + job.id(),
                UnitGuard.STACK_BYTES);
        parse.setDaemon(true);
        parse.start();
        Optional<ParsePoint> told = Optional.empty();
        int fullChecks = 0;
        while (parse.isAlive()) {
            parse.join(REPORT_MILLIS);
            fullChecks = heap.fullAfterCollection() ? fullChecks + 1 : 0;
            if (fullChecks >= FULL_CHECKS && parse.isAlive()) {
                // A heap still full after collection after collection: the parse would thrash until its deadline
                // before the JVM gave up. Said now, with the point reached; the exit ends the parse.
                send(new WorkerProtocol.Reply(WorkerProtocol.Reply.Kind.OUT_OF_MEMORY, job.id(), null,
                        locator.get().where().orElse(null), null));
                exit.complete(WorkerProtocol.EXIT_OUT_OF_MEMORY);
                return;
            }
            Optional<ParsePoint> at = locator.get().where();
            if (parse.isAlive() && at.isPresent() && !at.equals(told)) {
                send(new WorkerProtocol.Reply(WorkerProtocol.Reply.Kind.AT, job.id(), null, at.get(), null));
                told = at;
            }
        }
        send(reply[0]);
        if (reply[0].kind() == WorkerProtocol.Reply.Kind.OUT_OF_MEMORY) {
            exit.complete(WorkerProtocol.EXIT_OUT_OF_MEMORY);
        }
    }

    private static WorkerProtocol.Reply parse(WorkerProtocol.Job job, CancelSignal signal,
            AtomicReference<ParseLocator> locator) {
        try {
            // A parser of its own per unit: its file texts are the unit's, so nothing grows from unit to unit.
            ParsedUnit unit = new TranslationUnitParser().parse(job.request(), signal);
            return new WorkerProtocol.Reply(WorkerProtocol.Reply.Kind.PARSED, job.id(), unit, null, null);
        } catch (OutOfMemoryError e) {
            return new WorkerProtocol.Reply(WorkerProtocol.Reply.Kind.OUT_OF_MEMORY, job.id(), null,
                    locator.get().where().orElse(null), null);
        } catch (StackOverflowError e) {
            return new WorkerProtocol.Reply(WorkerProtocol.Reply.Kind.FAILED, job.id(), null,
                    locator.get().where().orElse(null), "the parser ran out of stack");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return new WorkerProtocol.Reply(WorkerProtocol.Reply.Kind.FAILED, job.id(), null,
                    locator.get().where().orElse(null), "the parser failed (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private synchronized void send(WorkerProtocol.Reply reply) {
        try {
            out.write(WorkerProtocol.line(reply));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            exit.complete(0); // the parent stopped listening
        }
    }
}
