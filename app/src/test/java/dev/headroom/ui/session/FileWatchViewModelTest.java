// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.session.AnalysisSession;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.refactor.SampleCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * View → Watch files on a copy of the sample, with real folder watches and real parses: a header written several
 * times quickly is analysed again once, changes during an analysis make one more run after it, and a watch that is
 * off does nothing. The "FX thread" is one thread of its own; the waits below wait for events, they time nothing.
 */
class FileWatchViewModelTest {
    static final Duration QUIET = Duration.ofMillis(1500);

    @TempDir
    Path tmp;
    Path copy;
    Path math;
    Path engine;
    ExecutorService fx;
    ExecutorService background;
    Explorer explorer;
    FileWatchViewModel watch;
    final AtomicInteger opens = new AtomicInteger();
    volatile CountDownLatch hold;

    @BeforeEach
    void openACopyOfTheSample() throws Exception {
        SampleCopy.requireHeaders();
        copy = SampleCopy.of(tmp.resolve("vybe-sdf"));
        math = copy.resolve("include/vybe/vybe_sdf_math.h");
        engine = copy.resolve("include/vulkan/sdf_engine.hpp");
        // Work still under way when a test ends (the refactor panel plans each workspace shown) is dropped once the
        // executors are shut down, rather than thrown on a pool thread into the next test's lap.
        fx = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> daemon(r, "test-fx"), new ThreadPoolExecutor.DiscardPolicy());
        background = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> daemon(r, "test-background"), new ThreadPoolExecutor.DiscardPolicy());
        AnalysisSession session = AnalysisSession.bundled();
        Path cache = tmp.resolve("cache");
        WorkspaceOpener real = WorkspaceOpener.through(session, r -> r.withCacheDir(cache).withRun(2, true));
        WorkspaceOpener counted = (inputs, texts, progress, cancelled) -> {
            opens.incrementAndGet();
            CountDownLatch gate = hold;
            if (gate != null) {
                try {
                    gate.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.open(inputs, texts, progress, cancelled);
        };
        explorer = new Explorer(counted, session.costModel().calibration(), background, fx);
        watch = new FileWatchViewModel(explorer.state(), explorer.session(), explorer::reload, background, fx,
                QUIET);
        on(() -> {
            explorer.session().open(List.of(copy));
            return null;
        });
        idle();
    }

    @AfterEach
    void stop() throws Exception {
        on(() -> {
            watch.close();
            return null;
        });
        background.shutdown();
        background.awaitTermination(60, TimeUnit.SECONDS);
        fx.shutdownNow();
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    <T> T on(Callable<T> action) throws Exception {
        return fx.submit(action).get(60, TimeUnit.SECONDS);
    }

    void until(String what, Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (on(condition)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("waited a minute for " + what + "; status: " + on(() -> watch.statusProperty().get()));
    }

    void idle() throws Exception {
        until("the analysis", () -> !explorer.session().runningProperty().get());
        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, on(() -> explorer.session().stateProperty().get()),
                on(() -> explorer.session().progressMessageProperty().get()));
    }

    long mathSelf() throws Exception {
        return on(() -> explorer.state().analysed().costs().self(math.toString()));
    }

    void append(Path header, String line) throws Exception {
        Files.writeString(header, line + "\n", StandardOpenOption.APPEND);
    }

    void watching() throws Exception {
        on(() -> {
            watch.setEnabled(true);
            return null;
        });
        until("the folders to be watched", () -> watch.foldersProperty().get() > 0);
    }

    @Test
    void severalQuickWritesToAHeaderAreAnalysedOnceAndChangeTheFigures() throws Exception {
        watching();
        // headroom.json's folder, src/vybe/sdf with the modules, include/vybe and include/vulkan: not /usr/include
        assertEquals("Watching 4 folders", on(() -> watch.statusProperty().get()));
        long before = mathSelf();
        int opened = opens.get();

        // Apart, as an editor's writes are, but well within the quiet time: without it each would start a run.
        for (int i = 0; i < 3; i++) {
            append(math, "inline int watched" + i + "(int x) { return x * " + i + " + x / 3 - x % 5; }");
            Thread.sleep(QUIET.toMillis() / 6);
        }
        until("an analysis after the writes", () -> watch.reloadsProperty().get() >= 1
                && !explorer.session().runningProperty().get()
                && watch.statusProperty().get().startsWith("Watching"));

        idle();
        assertEquals(1, on(() -> watch.reloadsProperty().get()), "three writes, one analysis");
        assertEquals(opened + 1, opens.get());
        assertTrue(mathSelf() > before, "the edited header costs more: " + before + " -> " + mathSelf());
        assertEquals("Watching 4 folders", on(() -> watch.statusProperty().get()));
    }

    @Test
    void changesWhileAnAnalysisRunsMakeOneMoreRunAfterIt() throws Exception {
        watching();
        int opened = opens.get();
        CountDownLatch gate = new CountDownLatch(1);
        hold = gate;

        append(math, "inline int first(int x) { return x + 1; }");
        until("the analysis the change started", () -> explorer.session().runningProperty().get()
                && watch.statusProperty().get().equals("changed: vybe_sdf_math.h — analysing…"));
        append(engine, "inline int second(int x) { return x + 2; }");
        append(math, "inline int third(int x) { return x + 3; }");
        until("the changes to be kept for later", () -> watch.statusProperty().get().endsWith("after this run…"));
        assertEquals("changed: sdf_engine.hpp, vybe_sdf_math.h — analysing after this run…",
                on(() -> watch.statusProperty().get()));
        hold = null;
        gate.countDown();

        until("the run after it", () -> watch.reloadsProperty().get() == 2
                && !explorer.session().runningProperty().get()
                && watch.statusProperty().get().startsWith("Watching"));
        idle();
        assertEquals(opened + 2, opens.get(), "the changes during the first run made one run more, not two");
    }

    @Test
    void aWatchThatIsOffAnalysesNothing() throws Exception {
        assertFalse(on(() -> watch.enabledProperty().get()), "off at first");
        watching();
        on(() -> {
            watch.setEnabled(false);
            return null;
        });
        assertEquals("", on(() -> watch.statusProperty().get()));
        assertEquals(0, on(() -> watch.foldersProperty().get()));
        int opened = opens.get();
        long before = mathSelf();

        append(math, "inline int unwatched(int x) { return x - 1; }");
        // Nothing is to happen, so there is no event to wait for: give a watch left running ample time to act.
        Thread.sleep(4 * QUIET.toMillis());

        assertEquals(opened, opens.get(), "no analysis");
        assertEquals(0, on(() -> watch.reloadsProperty().get()));
        assertFalse(on(() -> explorer.session().runningProperty().get()));
        assertEquals(before, mathSelf());
    }
}
