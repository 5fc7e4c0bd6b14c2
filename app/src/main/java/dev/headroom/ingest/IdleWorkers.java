// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Parse workers kept warm between the analyses of a long-lived process (the explorer's reanalysis, a compare, a
 * refactor's verification), so each analysis does not pay every worker's JVM start and CDT warm-up again (~0.5 s of
 * start and a cold JIT per worker). A worker is kept only while idle and alive, for at most {@code keep} after its
 * last unit, and only for a pool of the same command (the same heap and flags); at most one per core. A command
 * line run keeps none: its workers end with its analysis. Workers also end by themselves when this process does.
 */
public final class IdleWorkers {
    /** How long an idle worker is kept: {@code -Dheadroom.workerIdleSeconds=N} (default 120). */
    static final Duration KEEP = Duration.ofSeconds(Long.getLong("headroom.workerIdleSeconds", 120));
    private static final IdleWorkers SHARED = new IdleWorkers(KEEP, Runtime.getRuntime().availableProcessors());
    private static volatile boolean shared;

    private final long keepNanos;
    private final int most;
    private final Map<List<String>, Deque<Kept>> byCommand = new HashMap<>();
    private ScheduledExecutorService sweeper;
    private ScheduledFuture<?> sweeping;

    private record Kept(ParseWorkerProcess worker, long since) {
    }

    IdleWorkers(Duration keep, int most) {
        this.keepNanos = keep.toNanos();
        this.most = Math.max(1, most);
    }

    /** Keeps this process's idle workers between analyses from now on (a long-lived process says so once). */
    public static void keepBetweenAnalyses() {
        shared = true;
    }

    /** The process' shelf of idle workers, or {@code null} while this process keeps none. */
    static IdleWorkers ofThisProcess() {
        return shared ? SHARED : null;
    }

    /** An idle, live worker started with {@code command}, or {@code null}. */
    synchronized ParseWorkerProcess take(List<String> command) {
        Deque<Kept> kept = byCommand.get(command);
        while (kept != null && !kept.isEmpty()) {
            ParseWorkerProcess worker = kept.pollFirst().worker();
            if (worker.alive()) {
                return worker;
            }
        }
        return null;
    }

    /** Keeps {@code worker} for the next pool of {@code command}, or kills it when it is dead or one too many. */
    void put(List<String> command, ParseWorkerProcess worker) {
        boolean keptIt = false;
        synchronized (this) {
            Deque<Kept> kept = byCommand.computeIfAbsent(List.copyOf(command), c -> new ArrayDeque<>());
            if (worker.alive() && kept.size() < most) {
                kept.addFirst(new Kept(worker, System.nanoTime()));
                keptIt = true;
                startSweeping();
            }
        }
        if (!keptIt) {
            worker.kill();
        }
    }

    /** How many workers are kept now. */
    synchronized int size() {
        return byCommand.values().stream().mapToInt(Deque::size).sum();
    }

    /** Kills every kept worker. */
    void killAll() {
        for (ParseWorkerProcess worker : drain(Long.MIN_VALUE)) {
            worker.kill();
        }
    }

    private void sweep() {
        for (ParseWorkerProcess worker : drain(System.nanoTime() - keepNanos)) {
            worker.kill();
        }
    }

    /** Removes the workers idle since before {@code before} (all, for {@link Long#MIN_VALUE}). */
    private synchronized List<ParseWorkerProcess> drain(long before) {
        List<ParseWorkerProcess> out = new ArrayList<>();
        for (Deque<Kept> kept : byCommand.values()) {
            for (Iterator<Kept> it = kept.iterator(); it.hasNext(); ) {
                Kept k = it.next();
                if (before == Long.MIN_VALUE || k.since() - before < 0 || !k.worker().alive()) {
                    it.remove();
                    out.add(k.worker());
                }
            }
        }
        return out;
    }

    private void startSweeping() {
        if (sweeping != null) {
            return;
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "headroom-idle-workers");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(200), keepNanos / 4);
        sweeping = sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.NANOSECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(this::killAll, "headroom-idle-workers-exit"));
    }
}
