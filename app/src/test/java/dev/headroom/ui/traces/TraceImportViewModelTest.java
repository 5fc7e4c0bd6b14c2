// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.traces;

import static dev.headroom.ui.ExplorerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.analysis.SizeMetric;
import dev.headroom.model.MeasuredHeaderTime;
import dev.headroom.model.Problem;
import dev.headroom.model.Workspace;
import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.ui.Explorer;
import dev.headroom.ui.Formats;
import dev.headroom.ui.NodeCountCostModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing clang time traces for the workspace on screen, and dropped files sorted into traces and inputs. */
class TraceImportViewModelTest {
    Explorer vm;
    Workspace workspace;

    @BeforeEach
    void showWorkspace() {
        workspace = workspace();
        vm = explorer(workspace);
    }

    @Test
    void importedTraceSizesTilesByClangsSelfTime(@TempDir Path tmp) throws Exception {
        vm.traces().importTimeTraces(List.of(trace(tmp)));

        assertFalse(vm.traces().importingProperty().get());
        assertTrue(vm.treemap().sizeMetrics().contains(SizeMetric.MEASURED_TIME));
        assertEquals(new MeasuredHeaderTime(ENGINE, 150, 1000, 1), vm.state().measuredTimesProperty().get().get(ENGINE));
        assertEquals("Measured: 1 trace · 6 headers, 5 in workspace", vm.traces().measuredTextProperty().get());

        vm.treemap().sizeBy(SizeMetric.MEASURED_TIME);
        HeaderNode root = vm.treemap().treeProperty().get();
        assertEquals(1100, root.weight(), "every header's self time once; main.cpp has none and weighs 0");
        assertEquals(List.of("engine.hpp", "math.h", "cmath"), labels(root.children()));
        HeaderNode engine = child(root, "engine.hpp");
        assertEquals(150, engine.self());
        assertEquals(150 + 500 + 300, engine.weight(), "engine retains vulkan and imgui");
        assertEquals(500, child(engine, "vulkan.h").weight());
        assertEquals(1000, engine.inclusive(), "inclusive in the include graph also counts cmath");
        assertEquals("1.0 ms", Formats.of(SizeMetric.MEASURED_TIME, engine.inclusive()));
        assertEquals("0.15 ms", Formats.of(SizeMetric.MEASURED_TIME, engine.self()));
    }

    @Test
    void unreadableTraceIsAProblemNamingTheFileAndTheOthersStillCount(@TempDir Path tmp) throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"traceEvents\": [\n{\"ph\": \"X\",,}\n]}");

        vm.traces().importTimeTraces(List.of(broken, trace(tmp)));

        Problem problem = vm.state().problems().stream().filter(p -> broken.toString().equals(p.file())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem names " + broken + ": " + vm.state().problems()));
        assertEquals(2, problem.line());
        assertTrue(problem.message().startsWith("not imported: invalid JSON"), problem.message());
        assertEquals(Problem.Source.INPUT, problem.source());
        assertTrue(vm.traces().measuredTextProperty().get().startsWith("1 trace not imported (see Problems) · Measured: 1"),
                vm.traces().measuredTextProperty().get());
        assertEquals(6, vm.state().measuredTimesProperty().get().size(), "the good trace is imported all the same");

        vm.traces().importTimeTraces(List.of(trace(tmp)));
        assertTrue(vm.state().problems().stream().noneMatch(p -> broken.toString().equals(p.file())),
                "the next import replaces the last one's problems");
        assertEquals(150, vm.state().measuredTimesProperty().get().get(ENGINE).selfMicros(),
                "importing the same file again replaces it rather than adding it twice");
    }

    @Test
    void traceThatIsNotATraceIsAProblemToo(@TempDir Path tmp) throws Exception {
        Path project = Files.writeString(tmp.resolve("headroom.json"), "{\"name\": \"sample\"}");

        vm.traces().importTimeTraces(List.of(project));

        assertTrue(vm.state().problems().stream().anyMatch(p -> project.toString().equals(p.file())
                && p.message().contains("no \"traceEvents\" array")), vm.state().problems().toString());
        assertFalse(vm.treemap().sizeMetrics().contains(SizeMetric.MEASURED_TIME));
    }

    @Test
    void showingAnotherWorkspaceClearsImportedTimes(@TempDir Path tmp) throws Exception {
        vm.traces().importTimeTraces(List.of(trace(tmp), Files.writeString(tmp.resolve("bad.json"), "[]")));
        vm.treemap().sizeBy(SizeMetric.MEASURED_TIME);

        vm.session().show(AnalysedWorkspace.of(workspace(), new NodeCountCostModel()));

        assertEquals(Map.of(), vm.state().measuredTimesProperty().get());
        assertEquals(SizeMetric.ESTIMATED_MEMORY, vm.treemap().sizeByProperty().get(), "the metric falls back with its data");
        assertFalse(vm.treemap().sizeMetrics().contains(SizeMetric.MEASURED_TIME));
        assertEquals(880, vm.treemap().treeProperty().get().weight());
        assertEquals("", vm.traces().measuredTextProperty().get());
        assertEquals(List.of("unknown key", "expected ';'"), vm.state().problems().stream().map(Problem::message).toList());
    }

    @Test
    void droppedTraceIsImportedNotOpened(@TempDir Path tmp) throws Exception {
        List<List<Path>> opened = new ArrayList<>();
        vm.traces().drop(List.of(trace(tmp)), opened::add);

        assertEquals(List.of(List.of()), opened, "nothing is opened as a workspace");
        assertSame(workspace, vm.state().analysed().workspace(), "no analysis started");
        assertEquals(6, vm.state().measuredTimesProperty().get().size());
    }

    // ---- JIT what-ifs ----------------------------------------------------------------------------------------

    @Test
    void aDropIsImportingUntilItsFilesAreSortedAndRead(@TempDir Path tmp) throws Exception {
        List<Runnable> queued = new ArrayList<>();
        TraceImportViewModel traces = new TraceImportViewModel(vm.state(), queued::add, Runnable::run);

        traces.drop(List.of(trace(tmp)), inputs -> { });
        assertTrue(traces.importingProperty().get(), "sorting the dropped files is part of the import");
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }

        assertFalse(traces.importingProperty().get());
        assertEquals(6, vm.state().measuredTimesProperty().get().size());
    }
}
