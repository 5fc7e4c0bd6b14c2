// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.session;

import static dev.headroom.ui.ExplorerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.model.Problem;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisSession;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.NodeCountCostModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a workspace: totals, and the open, cancel and failure paths without a Stage. */
class SessionViewModelTest {
    Explorer vm;
    Workspace workspace;

    @BeforeEach
    void showWorkspace() {
        workspace = workspace();
        vm = explorer(workspace);
    }

    @Test
    void statusSummarisesTheWorkspace() {
        assertTrue(vm.session().statusTextProperty().get().startsWith("2 units · 7 files · 2 problems · analysed in 1.2 s"),
                vm.session().statusTextProperty().get());
    }

    @Test
    void statusSaysTheFiguresAreBundledEstimatesWhileClangHasMeasuredNothing() {
        assertEquals("Figures: bundled estimates, nothing measured with clang", vm.session().trustTextProperty().get());
        assertEquals("no unit measured with clang yet: every figure is a bundled-model estimate",
                vm.session().trustDetailProperty().get());
        assertFalse(vm.session().beyondModelProperty().get());
    }

    /** A jank project of one module requiring one small header, whose project file sets the JIT limit to 900 MB. */
    static Path projectWithLimit(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src/app"));
        Files.createDirectories(dir.resolve("include"));
        Files.writeString(dir.resolve("include/small.h"), "#pragma once\ninline int twice(int x) { return 2 * x; }\n");
        Files.writeString(dir.resolve("src/app/core.jank"), "(ns app.core (:require [\"small.h\" :as s]))\n(defn f [] 1)\n");
        Files.writeString(dir.resolve("headroom.json"), """
                {"name": "limited", "inputs": ["src"], "includeDirs": ["include"], "std": "c++17",
                 "jit": {"limitMB": 900}}
                """);
        return dir;
    }

    static Explorer opening(Path cache, Executor executor) {
        AnalysisSession session = new AnalysisSession(new NodeCountCostModel());
        return new Explorer(WorkspaceOpener.through(session, r -> r.withCacheDir(cache).withRun(1, false)),
                session.costModel().calibration(), executor, Runnable::run);
    }

    @Test
    void openedProjectsBudgetIsItsOwnLimitAndAnEditIsAnOverride(@TempDir Path tmp) throws Exception {
        Explorer e = opening(tmp.resolve("cache"), Runnable::run);

        e.session().open(List.of(projectWithLimit(tmp.resolve("p"))));

        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, e.session().stateProperty().get(),
                e.session().progressMessageProperty().get());
        assertEquals("limited", e.state().analysed().workspace().name());
        assertEquals(900, e.modules().budgetMegabytesProperty().get(), 1e-9, "the project's limitMB, as check uses it");
        assertEquals("headroom.json", e.modules().budgetSourceProperty().get());
        assertFalse(e.modules().budgetOverriddenProperty().get());
        assertTrue(e.modules().budgetSummaryProperty().get().contains("of 900 MB"), e.modules().budgetSummaryProperty().get());

        e.modules().overrideBudget(400);
        assertTrue(e.modules().budgetOverriddenProperty().get());
        assertEquals(400, e.modules().budgetMegabytesProperty().get(), 1e-9);
        assertTrue(e.modules().budgetSummaryProperty().get().contains("400 MB"), e.modules().budgetSummaryProperty().get());
        e.modules().clearBudgetOverride();
        assertEquals(900, e.modules().budgetMegabytesProperty().get(), 1e-9);
        assertFalse(e.modules().budgetOverriddenProperty().get());
    }

    @Test
    void cancelledOpenKeepsTheWorkspaceOnScreen(@TempDir Path tmp) throws Exception {
        List<Runnable> queued = new ArrayList<>();
        Explorer e = opening(tmp.resolve("cache"), queued::add);
        e.session().show(AnalysedWorkspace.of(workspace, new NodeCountCostModel()));

        e.session().open(List.of(projectWithLimit(tmp.resolve("p"))));
        assertTrue(e.session().runningProperty().get());
        assertEquals(SessionViewModel.AnalysisState.RUNNING, e.session().stateProperty().get());
        e.session().cancel();
        queued.forEach(Runnable::run);

        assertFalse(e.session().runningProperty().get());
        assertEquals(SessionViewModel.AnalysisState.CANCELLED, e.session().stateProperty().get());
        assertEquals("Analysis cancelled", e.session().progressMessageProperty().get());
        assertSame(workspace, e.state().analysed().workspace(), "what was shown before stays");
    }

    @Test
    void failedOpenIsListedAboveTheProblemsOfTheWorkspaceStillShown(@TempDir Path tmp) throws Exception {
        Explorer e = opening(tmp.resolve("cache"), Runnable::run);
        e.session().show(AnalysedWorkspace.of(workspace, new NodeCountCostModel()));
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        e.session().open(List.of(empty));

        assertEquals(SessionViewModel.AnalysisState.FAILED, e.session().stateProperty().get());
        assertSame(workspace, e.state().analysed().workspace());
        List<String> messages = e.state().problems().stream().map(Problem::message).toList();
        assertTrue(messages.get(0).startsWith("nothing to analyse in " + empty), messages.toString());
        assertEquals(List.of("unknown key", "expected ';'"), messages.subList(1, messages.size()),
                "the problems of the workspace on screen stay");
        assertTrue(e.session().progressMessageProperty().get().startsWith("Analysis failed: nothing to analyse"));
    }

    @Test
    void wrongJitSettingFailsTheOpenNamingTheProjectFile(@TempDir Path tmp) throws Exception {
        Path project = projectWithLimit(tmp.resolve("p"));
        Files.writeString(project.resolve("headroom.json"), """
                {"name": "limited", "inputs": ["src"], "includeDirs": ["include"], "jit": {"limitGB": 2}}
                """);
        Explorer e = opening(tmp.resolve("cache"), Runnable::run);

        e.session().open(List.of(project));

        assertEquals(SessionViewModel.AnalysisState.FAILED, e.session().stateProperty().get());
        Problem why = e.state().problems().get(0);
        assertEquals(project.resolve("headroom.json").toString(), why.file());
        assertTrue(why.message().contains("unknown jit setting 'limitGB'"), why.message());
    }

    @Test
    void aNewerOpenDropsTheResultOfTheOneBefore(@TempDir Path tmp) throws Exception {
        List<Runnable> queued = new ArrayList<>();
        Explorer e = opening(tmp.resolve("cache"), queued::add);
        Path first = projectWithLimit(tmp.resolve("first"));
        Path second = projectWithLimit(tmp.resolve("second"));

        e.session().open(List.of(first));
        e.session().open(List.of(second));
        // Drained one by one: a workspace shown queues work of its own (the refactor panel plans its headers).
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }

        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, e.session().stateProperty().get());
        assertTrue(e.state().analysed().workspace().root().startsWith(second.toString()),
                e.state().analysed().workspace().root());
    }

    @Test
    void reloadParsesTheEditAgainAndKeepsTheUnitAndHeaderShown(@TempDir Path tmp) throws Exception {
        Path project = projectWithLimit(tmp.resolve("p"));
        Files.writeString(project.resolve("src/app/other.jank"), "(ns app.other (:require [\"small.h\" :as s]))\n");
        Explorer e = opening(tmp.resolve("cache"), Runnable::run);
        e.session().open(List.of(project));
        String small = project.resolve("include/small.h").toAbsolutePath().normalize().toString();
        e.state().selectUnit("app.other");
        e.treemap().selectPath(small);
        long before = e.state().selectedProperty().get().self();

        Files.writeString(project.resolve("include/small.h"), Files.readString(project.resolve("include/small.h"))
                + "inline int thrice(int x) { return 3 * x + twice(x) - twice(x); }\n");
        e.reload();

        assertEquals(SessionViewModel.AnalysisState.SUCCEEDED, e.session().stateProperty().get(),
                e.session().progressMessageProperty().get());
        assertEquals("app.other", e.state().selectedUnitProperty().get().name(), "the unit shown stays");
        assertEquals(small, e.state().selectedProperty().get().path(), "the header shown stays");
        assertTrue(e.state().selectedProperty().get().self() > before, "the edit is parsed again");
        assertEquals(0, e.state().analysed().workspace().stats().unitsCached(), "both modules enter the edited header");
    }

    @Test
    void unitsFinishingTogetherMakeOnePartialWorkspaceBuiltOffTheFxThread() throws Exception {
        java.util.concurrent.ExecutorService fx = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newCachedThreadPool();
        try {
            Workspace w = workspace();
            Workspace oneUnit = new Workspace(w.name(), w.root(), w.units().subList(0, 1), w.files(), w.functions(),
                    w.dependencies(), w.modules(), w.problems(), w.toolchain(), w.stats());
            AnalysedWorkspace part = AnalysedWorkspace.of(oneUnit, new NodeCountCostModel());
            AnalysedWorkspace whole = AnalysedWorkspace.of(w, new NodeCountCostModel());
            java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
            List<Thread> builtOn = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
            WorkspaceOpener opener = (inputs, texts, progress, cancelled) -> {
                for (int done = 1; done < 50; done++) {
                    progress.unitsSoFar(() -> {
                        builds.incrementAndGet();
                        builtOn.add(Thread.currentThread());
                        return part;
                    }, done, 50);
                }
                try {
                    shown.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return whole;
            };
            Explorer e = new Explorer(opener, new NodeCountCostModel().calibration(), background, fx);
            Thread fxThread = fx.submit(Thread::currentThread).get();
            fx.submit(() -> {
                e.state().partialProperty().addListener((o, was, now) -> {
                    if (now) {
                        shown.countDown();
                    }
                });
                e.session().open(List.of(Path.of("w")));
            }).get();

            assertTrue(shown.await(30, java.util.concurrent.TimeUnit.SECONDS), "a partial workspace is shown");
            for (int i = 0; i < 300 && fx.submit(() -> e.session().stateProperty().get()).get()
                    == SessionViewModel.AnalysisState.RUNNING; i++) {
                Thread.sleep(100);
            }
            assertSame(whole, fx.submit(() -> e.state().analysed()).get(), "then the whole");
            assertFalse(fx.submit(() -> e.state().partialProperty().get()).get());
            assertTrue(builds.get() <= 2, "49 units at once are built once, at most twice: " + builds.get());
            assertFalse(builtOn.contains(fxThread), "never built on the FX thread");
        } finally {
            fx.shutdownNow();
            background.shutdownNow();
        }
    }
}
