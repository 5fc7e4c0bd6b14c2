// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.WorkspaceLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units parsed in worker processes: one that exhausts its worker's heap or runs past its deadline is killed with its
 * worker and named with the file and line it was at, the others are measured, and no worker outlives the analysis.
 * Real CDT parses of real files, real processes.
 */
class WorkerIsolationTest {
    /**
     * CDT's template cliff (decision 0015): a value computed from two instantiations of the level below, 131 deep.
     * At 130 CDT instantiates it in a second; at 131 resolving {@code R<131>::value} runs for minutes.
     */
    static final String CLIFF = """
            template<int N> struct R { static const int value = R<N-1>::value + R<N-2>::value; };
            template<> struct R<1> { static const int value = 1; };
            template<> struct R<0> { static const int value = 0; };
            int x[R<131>::value];
            """;

    @TempDir
    Path dir;

    @AfterEach
    void noWorkerOutlivesATest() throws InterruptedException {
        assertEquals(List.of(), workersAfter(Duration.ofSeconds(5)), "parse workers left running");
    }

    private Workspace analyze(Duration limit, long heapMB, BooleanSupplier cancelled) throws Exception {
        AnalysisOptions options = new AnalysisOptions(2, true, dir.resolve("cache"), false, limit,
                UnitIsolation.workers(heapMB * 1024 * 1024));
        return new WorkspaceAnalyzer(options).analyze(WorkspaceLoader.load(List.of(dir.resolve("src")),
                CompileOptions.empty()), AnalysisListener.SILENT, cancelled);
    }

    private Path src(String name, String text) throws Exception {
        Path file = Files.createDirectories(dir.resolve("src")).resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static TranslationUnit unit(Workspace ws, String fileName) {
        return ws.units().stream().filter(u -> u.path().endsWith("/" + fileName)).findFirst().orElseThrow();
    }

    /** This JVM's parse workers still alive, waiting up to {@code patience} for them to go. */
    static List<ProcessHandle> workersAfter(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<ProcessHandle> left;
        do {
            left = ProcessHandle.current().descendants().filter(WorkerIsolationTest::isWorker).toList();
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return left;
    }

    /**
     * A JVM this test JVM started: only parse workers are (the compiler probes are clang). Not told by the worker's
     * argument: the JDK reads a command line up to a page only, and a worker's class path is longer.
     */
    private static boolean isWorker(ProcessHandle p) {
        return p.isAlive() && p.info().command().map(c -> c.endsWith("/java") || c.endsWith("\\java.exe"))
                .orElse(false);
    }

    @Test
    void unitsAnalysedInWorkersAreTheUnitsAnalysedInProcess() throws Exception {
        src("shapes.h", """
                #pragma once
                #include <cstdint>
                namespace geo {
                struct Point { std::int32_t x, y; };
                template <typename T> struct Box { T lo, hi; T size() const { return hi - lo; } };
                inline int area(const Box<int>& b) { return b.size() * b.size(); }
                class Shape { public: virtual ~Shape() = default; virtual double area() const = 0; };
                }
                """);
        src("circle.cpp", """
                #include "shapes.h"
                #include "missing.h"
                namespace geo { struct Circle : Shape { double r; double area() const override { return 3 * r * r; } }; }
                int use() { geo::Box<int> b{1, 4}; return geo::area(b); }
                """);
        src("point.cpp", "#include \"shapes.h\"\ngeo::Point origin() { return {0, 0}; }\n");
        AnalysisOptions threads = new AnalysisOptions(2, true, dir.resolve("cache"), false, UnitGuard.DEFAULT_LIMIT,
                UnitIsolation.threads());
        Workspace inProcess = new WorkspaceAnalyzer(threads).analyze(WorkspaceLoader.load(List.of(dir.resolve("src")),
                CompileOptions.empty()), AnalysisListener.SILENT, () -> false);
        Workspace inWorkers = analyze(UnitGuard.DEFAULT_LIMIT, 256, () -> false);

        assertEquals(inProcess.units().size(), inWorkers.units().size());
        for (int i = 0; i < inProcess.units().size(); i++) {
            TranslationUnit a = inProcess.units().get(i);
            TranslationUnit b = inWorkers.units().get(i);
            assertTrue(b.measured(), b.name() + ": " + b.notMeasured());
            assertEquals(a.files(), b.files(), a.name());
            assertEquals(a.includes(), b.includes(), a.name());
            assertEquals(a.problems(), b.problems(), a.name());
        }
        assertEquals(inProcess.files(), inWorkers.files());
        assertEquals(inProcess.functions(), inWorkers.functions());
        assertEquals(inProcess.dependencies(), inWorkers.dependencies());
        assertTrue(inWorkers.dependencies().size() > 0, "names were resolved in the workers");
    }

    @Test
    void anIdleWorkerKeptAfterOneAnalysisParsesTheNextAndEndsWhenIdleTooLong() throws Exception {
        IdleWorkers shelf = new IdleWorkers(Duration.ofSeconds(2), 2);
        long heap = 256L * 1024 * 1024;
        java.util.List<String> command = WorkerCommand.forWorker(heap);
        dev.headroom.bridge.ParseRequest request = new dev.headroom.bridge.ParseRequest(dir.resolve("shape.h"),
                "struct Shape { int sides; };\n", dev.headroom.bridge.SourceLanguage.CXX, List.of(), List.of(),
                List.of(), java.util.Map.of(), List.of(), false);
        try (WorkerPool first = new WorkerPool(command, heap, shelf)) {
            assertFalse(parseIn(first, request).files().isEmpty());
            assertEquals(1, first.started());
        }
        assertEquals(1, shelf.size(), "kept, not killed, when the analysis ended");
        try (WorkerPool second = new WorkerPool(command, heap, shelf)) {
            assertFalse(parseIn(second, request).files().isEmpty());
            assertEquals(0, second.started(), "the kept worker parsed it; no JVM started");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (shelf.size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, shelf.size(), "idle past its time");
        assertEquals(List.of(), workersAfter(Duration.ofSeconds(5)), "and killed");
    }

    private static dev.headroom.bridge.ParsedUnit parseIn(WorkerPool pool, dev.headroom.bridge.ParseRequest request)
            throws Exception {
        List<UnitGuard.Outcome> out = new java.util.ArrayList<>();
        new UnitGuard(1, Duration.ofMinutes(2), dev.headroom.bridge.CancelSignal.NEVER, HeapRoom.unbounded())
                .runAll(List.of(new UnitGuard.Job("shape", request, signal -> pool.parse("shape", request, signal))),
                        out::add);
        return out.get(0).unit();
    }

    @Test
    void aTreeHeldInMemoryIsParsedInThisProcessWhichAloneSeesIt() throws Exception {
        try (java.nio.file.FileSystem memory = com.google.common.jimfs.Jimfs.newFileSystem(
                com.google.common.jimfs.Configuration.unix())) {
            Path root = memory.getPath("/headroom-test-workers/0/app");
            Files.createDirectories(root);
            Files.writeString(root.resolve("shape.h"), "#pragma once\nstruct Shape { int sides; };\n");
            Files.writeString(root.resolve("main.cpp"), "#include \"shape.h\"\nint sides(Shape s) { return s.sides; }\n");
            Workspace ws;
            try (dev.headroom.bridge.FileMounts.Mount mount = dev.headroom.bridge.FileMounts.mount(root)) {
                AnalysisOptions options = new AnalysisOptions(2, true, dir.resolve("cache"), false,
                        UnitGuard.DEFAULT_LIMIT, UnitIsolation.workers(256L * 1024 * 1024));
                ws = new WorkspaceAnalyzer(options).analyze(WorkspaceLoader.load(List.of(Path.of(mount.root())),
                        CompileOptions.empty()), AnalysisListener.SILENT, () -> false);
            }
            TranslationUnit main = unit(ws, "main.cpp");
            assertTrue(main.measured(), main.notMeasured());
            assertTrue(main.files().stream().anyMatch(f -> f.path().endsWith("/shape.h")), main.files().toString());
        }
    }

    @Test
    void aUnitThatExhaustsItsWorkersHeapIsNotMeasuredAtItsLineAndTheOthersAre() throws Exception {
        src("small.cpp", "struct Small { int a; };\nint small(Small s) { return s.a; }\n");
        src("other.cpp", "#include <cstdint>\nstd::int64_t other = 1;\n");
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 60_000; i++) { // its text fits 64 MB, its AST does not
            huge.append("struct S").append(i).append(" { int a; double b; int f(int x) { return a * x + (int) b; } };\n");
        }
        Path hugeFile = src("huge.cpp", huge.toString());

        Workspace ws = analyze(Duration.ofMinutes(2), 64, () -> false);

        TranslationUnit tripped = unit(ws, "huge.cpp");
        assertNotNull(tripped.notMeasured());
        assertTrue(tripped.notMeasured().contains("ran out of its parse worker's 64 MB heap while parsing at "
                + hugeFile + ":"), tripped.notMeasured());
        assertTrue(tripped.notMeasured().contains("-Dheadroom.workerHeapMB"), tripped.notMeasured());
        int line = tripped.problems().get(0).line();
        assertTrue(line > 1 && line <= 60_000, "the line it was parsing: " + line);
        assertTrue(unit(ws, "small.cpp").measured(), "a small unit beside it is measured");
        assertTrue(unit(ws, "other.cpp").measured());
    }

    @Test
    void aUnitPastItsDeadlineIsKilledWithItsWorkerAndNamedAtTheNameItWasResolving() throws Exception {
        Path cliff = src("cliff.cpp", CLIFF);
        src("fine.cpp", "int fine() { return 1; }\n");
        long t0 = System.nanoTime();

        Workspace ws = analyze(Duration.ofSeconds(4), 512, () -> false);

        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos(), "the deadline stopped it");
        TranslationUnit tripped = unit(ws, "cliff.cpp");
        assertTrue(tripped.notMeasured().contains("unit cliff.cpp ran past the 4 s limit for one unit while resolving"
                + " the name at " + cliff + ":4"), tripped.notMeasured());
        assertEquals(4, tripped.problems().get(0).line());
        assertTrue(unit(ws, "fine.cpp").measured());
    }

    @Test
    void theAnalysisCancelKillsItsWorkers() throws Exception {
        src("cliff.cpp", CLIFF);
        AtomicBoolean cancel = new AtomicBoolean();
        CompletableFuture<Workspace> run = CompletableFuture.supplyAsync(() -> {
            try {
                return analyze(Duration.ofMinutes(5), 512, cancel::get);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ProcessHandle.current().descendants().noneMatch(WorkerIsolationTest::isWorker)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1000); // into the cliff
        cancel.set(true);

        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> run.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof AnalysisCancelledException
                || e.getCause().getCause() instanceof AnalysisCancelledException, e.toString());
        assertEquals(List.of(), workersAfter(Duration.ofSeconds(5)), "a cancelled analysis leaves no worker");
    }

    @Test
    void aWorkerEndsWhenItsStdinEnds() throws Exception {
        Process worker = new ProcessBuilder(WorkerCommand.forWorker(64L * 1024 * 1024))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals(WorkerProtocol.Reply.Kind.READY, WorkerProtocol.reply(out.readLine()).kind());
            worker.getOutputStream().close();
            assertTrue(worker.waitFor(10, TimeUnit.SECONDS), "the worker ended with its stdin");
            assertEquals(0, worker.exitValue());
        } finally {
            worker.destroyForcibly();
        }
    }

    @Test
    void aWorkerEndsWhenItsParentDiesHoldingItsStdinOpen() throws Exception {
        // The parent is a shell that starts the worker, waits until it is ready, and exits. The worker's stdin is a
        // pipe from a sleep that outlives the shell, so no end of input tells it; only the parent check can end it.
        List<String> command = new ArrayList<>(List.of("sh", "-c", "sleep 20 | \"$@\" & echo $!; read ready", "sh"));
        command.addAll(WorkerCommand.forWorker(64L * 1024 * 1024));
        Process shell = new ProcessBuilder(command).redirectError(dir.resolve("shell.err").toFile()).start();
        long pid = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(shell.getInputStream(),
                StandardCharsets.UTF_8))) {
            pid = Long.parseLong(out.readLine().strip());
            assertEquals(WorkerProtocol.Reply.Kind.READY, WorkerProtocol.reply(out.readLine()).kind());
            shell.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            shell.getOutputStream().flush();
            assertTrue(shell.waitFor(10, TimeUnit.SECONDS), "the parent exits");
            ProcessHandle orphan = ProcessHandle.of(pid).orElse(null);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (orphan != null && orphan.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(orphan == null || !orphan.isAlive(), "the orphaned worker ended");
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }
}
