// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running parse worker as its parent sees it: the jobs it is sent, the replies it gives (read by a thread of
 * their own into a queue, so waiting for one heeds deadlines), the tail of what it printed on stderr, and the kill.
 */
final class ParseWorkerProcess {
    /** What {@link #poll} gives once the worker's stdout ended: it exited or was killed. */
    static final WorkerProtocol.Reply GONE = new WorkerProtocol.Reply(WorkerProtocol.Reply.Kind.FAILED, -1, null, null,
            "gone");
    private static final int STDERR_TAIL = 2000;

    private final Process process;
    private final Writer jobs;
    private final BlockingQueue<WorkerProtocol.Reply> replies = new LinkedBlockingQueue<>();
    private final StringBuilder stderr = new StringBuilder();

    private ParseWorkerProcess(Process process) {
        this.process = process;
        this.jobs = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("headroom-worker-replies-" + process.pid(), this::readReplies);
        daemon("headroom-worker-stderr-" + process.pid(), this::readStderr);
    }

    /** Starts a worker; it is ready for jobs once {@link #poll} has given {@link WorkerProtocol.Reply.Kind#READY}. */
    static ParseWorkerProcess start(List<String> command) throws IOException {
        return new ParseWorkerProcess(new ProcessBuilder(command).start());
    }

    long pid() {
        return process.pid();
    }

    /** Whether the worker process is still running. */
    boolean alive() {
        return process.isAlive();
    }

    void send(WorkerProtocol.Job job) throws IOException {
        jobs.write(WorkerProtocol.line(job));
        jobs.write('\n');
        jobs.flush();
    }

    /** The next reply within {@code millis}, {@code null} when none came, or {@link #GONE}. */
    WorkerProtocol.Reply poll(long millis) throws InterruptedException {
        return replies.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Kills the worker and waits (briefly) until it is gone, so no process outlives the analysis. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether the worker ended out of heap: it exits with {@link WorkerProtocol#EXIT_OUT_OF_MEMORY} when it knows, or
     * the JVM said so on stderr (an out-of-memory in a thread the worker does not own prints a trace and ends it).
     */
    boolean outOfMemory() {
        String death = death();
        if (death.contains("OutOfMemoryError")) {
            return true;
        }
        if (process.isAlive()) {
            return false;
        }
        if (process.exitValue() == WorkerProtocol.EXIT_OUT_OF_MEMORY) {
            return true;
        }
        synchronized (stderr) {
            return stderr.indexOf("OutOfMemoryError") >= 0;
        }
    }

    /** Why the worker ended: its exit code and the last line it printed on stderr, if any. */
    String death() {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String code = process.isAlive() ? "still running" : "exit code " + process.exitValue();
        String last;
        synchronized (stderr) {
            String[] lines = stderr.toString().strip().split("\n");
            last = lines[lines.length - 1].strip();
        }
        return last.isEmpty() ? code : code + ": " + last;
    }

    private void readReplies() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("{")) { // a JVM warning on stdout is not a reply
                    replies.add(WorkerProtocol.reply(line));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a killed worker's pipe breaks; either way it has nothing more to say
        } finally {
            replies.add(GONE);
        }
    }

    private void readStderr() {
        try (InputStream in = process.getErrorStream()) {
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (stderr) {
                    stderr.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (stderr.length() > STDERR_TAIL) {
                        stderr.delete(0, stderr.length() - STDERR_TAIL);
                    }
                }
            }
        } catch (IOException e) {
            // the worker is gone
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
